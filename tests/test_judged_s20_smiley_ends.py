"""Leads whose last sentence ends on a smiley, from held-out sample 18: Blogger's video caption
"… who lived in Canada... Mucho Gusto :)" (feed--102933359, siliconventure.blogspot, entry 1)
went out as a bare headline. A smiley typed after a word ends a sentence as a stop does. Text
quoted from kalv ruby-feed-parser-benchmark's 2008 crawl (no licence)."""

from __future__ import annotations

from bot.text.smiley_ends import before_smiley_sentence
from bot.text.summaries import is_complete, summarize

CAPTION = (
    "We where in the bus when we met this group of really nice tourists from All Latin America "
    "(Argentina, Chile, Colombia etc...) who lived in Canada... Mucho Gusto :)"
)


def test_a_caption_ending_on_a_smiley_is_the_lead() -> None:
    title = "Buena Suerte a MeetmyPlanet.com y viva Argentina!"
    assert summarize(CAPTION, title=title, max_chars=400) == CAPTION


def test_a_smiley_after_a_word_or_a_stop_ends_a_sentence() -> None:
    assert is_complete("Mucho Gusto :)")
    assert is_complete("Enjoy the weekend! ;-)")
    assert is_complete("See you there ^^")
    # Glued to a word or in code it is no smiley; a cut teaser stays cut.
    assert not is_complete("Call f(x);)")
    assert not is_complete("Note:P")
    assert not is_complete("We met them in Canada...")


def test_a_smiley_closed_sentence_does_not_turn_a_picture_post_into_text() -> None:
    # jtemporal.com (fastfeedparser benchmark 6d28cf55da15a12d), "Comandos Docker": the
    # cheat sheet is the picture; the aside "aqui vai uma colinha pra ajudar ;)" says no more.
    lead = "Se você lida com Docker diariamente é necessário saber alguns comandos."
    aside = "Se você for feito eu que esquece essas coisas, aqui vai uma colinha pra ajudar ;)"
    assert before_smiley_sentence(f"{lead} {aside} Vamos lá!") == lead
    assert before_smiley_sentence(lead) == lead
