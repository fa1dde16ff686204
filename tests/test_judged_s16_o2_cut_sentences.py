"""Cut sentences the editors rejected in held-out samples 11-13 (/work/judge16 leftovers): a
first sentence longer than the summary budget is posted whole up to a hard cap, not cut with
"…". The crawl these came from states no licence, so its strings are quoted inline."""

from __future__ import annotations

from bot.text.summaries import summarize

# Gorel's news item (s13 feed-32393163, entry 5): one 813-character sentence opens the post.
_GOREL = (
    "Un importante convenio marco de cooperación interinstitucional, fue firmado el pasado "
    "miércoles 10 del presente en la ciudad de Lima, entre el Gobierno Regional de Loreto, "
    "representado por su presidente Iván Vásquez Valera y la asociación civil Instituto "
    "Tangarana, representada por su directora María del Carmen Alegría Fernández, cuyo objetivo "
    "es lograr una propuesta técnica conjunta para la elaboración de los estudios respectivos "
    "orientados a la protección de la cuenca del Bajo Nanay, para ser presentada a la "
    "Convocatoria 2008 del Fondo Ítalo Peruano – FIP, con la finalidad de conseguir "
    "financiamiento para la ejecución de estrategias que permitan la puesta en valor de la "
    "cuenca del Bajo Nanay, con fines turísticos y productivos, mejorando las condiciones de "
    "vida de las poblaciones de esa jurisdicción."
)


def test_one_long_first_sentence_is_posted_whole_not_cut() -> None:
    text = _GOREL + " El convenio tendrá una vigencia de dos años."
    summary = summarize(text, title="Gorel firma convenio con asociación civil Tangarana")
    assert summary == _GOREL
    assert 600 < len(summary) <= 900


def test_a_first_sentence_far_over_the_budget_is_still_cut() -> None:
    # Past the hard cap (half over the budget) the sentence would crowd a photo caption out.
    text = _GOREL[:-1] + ", " + _GOREL[:200].lower() + "."
    summary = summarize(text, title="Gorel firma convenio")
    assert summary.endswith("…")
    assert len(summary) <= 600


def test_a_lead_does_not_end_on_a_short_question_whose_answer_is_left_out() -> None:
    # esseclive (s15 feed-561257829, entry 0): the answer is the feed's cut sentence, so the
    # summary closed on the bare question "Les Golden Globes ?".
    text = (
        "Le 11 janvier prochain se tiendra à Hollywood la 66ème cérémonie des Golden Globes. "
        "Les Golden Globes ? Mais si, c'est la répétition des Oscars, en somme…"
    )
    assert summarize(text, title="Les nominés des Golden Globes") == (
        "Le 11 janvier prochain se tiendra à Hollywood la 66ème cérémonie des Golden Globes."
    )


def test_a_question_that_says_something_of_its_own_may_close_the_lead() -> None:
    text = (
        "Microsoft shipped a new browser engine this week. Is Chrome the new Internet Explorer "
        "for web developers? Many of them think so, and the numbers say the same…"
    )
    assert summarize(text, title="A new engine").endswith("for web developers?")


def test_a_short_question_that_doubts_the_sentence_before_stays() -> None:
    # A podcast's episode description (pod-central-rss undisclosed-feed.xml): the doubt is the
    # hook, and without it the summary asserts what the episode questions.
    text = (
        "The ballistics evidence in the Isaac Dawkins case provides us with clear answers about "
        "what happened, according to the prosecutors. But does it? In this episode we go back "
        "to the firing range with two experts who"
    )
    assert summarize(text, title="Episode 7").endswith("But does it?")


def test_a_short_question_closing_what_the_feed_gives_stays() -> None:
    # dkg's blog (corpus fastfeedparser 1cc034d2831f54bb): the post asks its readers for help.
    text = (
        "Someone recently pointed me to some economic models that were designed for eviews. "
        "I'm afraid i'm an economics dunce, and i have no experience with this stuff. "
        "Any pointers?"
    )
    assert summarize(text, title="converting eviews models to gretl?").endswith("Any pointers?")
