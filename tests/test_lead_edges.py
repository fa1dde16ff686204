"""How a lead begins and ends: a whole one-line standfirst is published, ended as a sub-editor
would; a line its feed cut without a mark is not; the reader's own script's full stop counts.
A lead does not open with a dateline, a kicker label or a byline, nor with a prompt to
subscribe.

Real entries of carried corpus feeds, composed as on the feed's first check (as in
tests/test_leads.py); the cut lines are the forms found in `../shared/eval/feeds`, which is not
carried (see tests/data/SOURCES.md), written here as short sentences of the same form.
"""

from __future__ import annotations

import pytest

from bot.compose.entry import learn_boilerplate
from bot.parsing.feeds import parse_feed
from bot.text.blocks import to_blocks
from bot.text.boilerplate import FeedBoilerplate, unit_key
from bot.text.cleaning import clean_article_text
from bot.text.openings import cut_lead_byline, cut_opening_label
from bot.text.summaries import is_complete, standfirst, summarize
from tests.conftest import carried
from tests.test_leads import TIME_TECH, posts_of, summary_of

ECONOMIST_ASIA = ("fastfeedparser", "benchmark_data", "960551eca5b5db81")
AP_WORLD = ("fastfeedparser", "benchmark_data", "f9c17f360c71def1")
BBC_URDU = ("miniflux-v2", "internal", "reader", "parser", "testdata", "urdu_UTF8.xml")
DER_STANDARD = ("FeedReader", "FeedReader.Tests", "Feeds", "Rss20DaStandardAt.xml")
ORENBURG = ("node-feedparser", "test", "feeds", "iconv.xml")
DAWN_WORLD = ("fastfeedparser", "benchmark_data", "ce5f942d1cd40fc0")
LE_FIGARO = ("FeedReader", "FeedReader.Tests", "Feeds", "Rss20LeFigaro.xml")
ROMA_NEWS = ("FeedReader", "FeedReader.Tests", "Feeds", "Rss20RomaNews.xml")
REUTERS = ("FeedReader", "FeedReader.Tests", "Feeds", "Rss20Reuters.xml")
MIRROR = ("FeedReader", "FeedReader.Tests", "Feeds", "Rss20TheMirror.xml")


# Class 7: a whole standfirst is a summary, ended with a full stop.


def test_the_economists_standfirst_is_the_summary_with_its_full_stop() -> None:
    assert summary_of(ECONOMIST_ASIA, "The flaws in India’s AI plans") == (
        "Despite hosting a global summit, it is a bystander in the race to develop frontier models."
    )


def test_an_ap_one_sentence_description_gets_its_full_stop() -> None:
    assert summary_of(AP_WORLD, "Kenya's main airport resumes operations") == (
        "Kenya’s main airport in Nairobi is restarting normal operations after workers agreed "
        "to end a two-day strike."
    )


@pytest.mark.parametrize("feed", [ECONOMIST_ASIA, AP_WORLD, DER_STANDARD, ORENBURG])
def test_every_one_line_description_of_these_feeds_ends_as_a_sentence(
    feed: tuple[str, ...],
) -> None:
    summaries = [c.summary for c in posts_of(*feed).values() if c.summary]
    assert len(summaries) >= 10
    assert all(is_complete(s) for s in summaries), [s for s in summaries if not is_complete(s)]


def test_a_closing_quote_or_bracket_keeps_its_place_before_the_stop() -> None:
    assert summary_of(ORENBURG, "ЧОПовцы в Оренбурге избили") == (
        "Из-за чего теперь на них возбуждено уголовное дело (видео)."
    )


# Other scripts: Urdu's full stop "۔" ends a sentence, and is the stop a standfirst gets.


def test_urdu_sentences_end_on_the_urdu_full_stop() -> None:
    summaries = [c.summary for c in posts_of(*BBC_URDU).values()]
    assert len(summaries) >= 20 and all(s.endswith(("۔", "؟")) for s in summaries)
    # Two sentences, the second a question: both complete, so both are the lead.
    [two] = [s for s in summaries if s.startswith("امریکی وزیر خارجہ ریکس ٹلرسن")]
    assert two.count("۔") == 1 and two.endswith("ہیں؟")


@pytest.mark.parametrize(
    ("line", "language", "ended"),
    [
        ("امریکہ اور پاکستان کے 70 سالہ تعلقات میں کشیدگی", "ur", "۔"),
        ("東京電力は処理水の放出を始めると発表した", "ja", "。"),
        ("Im Zuge der Debatte wird die arabische Sprache immer unpopulärer", "de", "."),
        ("ข่าววันนี้ รัฐบาล ประกาศ มาตรการ ใหม่", "th", ""),
    ],
)
def test_the_stop_is_the_scripts_own(line: str, language: str, ended: str) -> None:
    assert standfirst(line, language) == line + ended


# Class 7: a line its feed cut without a mark is no summary (the post is headline and link).


@pytest.mark.parametrize(
    "cut",
    [
        # Ends on a title ("the Dr. [name] building"), an article, a relative clause's verb.
        "The university prepares to launch two food vendors within the Dr.",
        "The fire destroyed most of the market, and officials said that the",
        "I was plagued by the loss of my father’s second wife, a woman who had",
        # An opened quotation that never closes.
        "Learning about grief: “Although we may want to flee from what makes us afraid",
        # A bare link at the end.
        "Old problem, renewed focus https://example.org/who-controls-the-cables/",
        # The feed's own cut marks.
        "The committee met on Tuesday to discuss the new budget…",
    ],
)
def test_a_line_cut_by_its_feed_is_not_a_summary(cut: str) -> None:
    assert standfirst(cut) is None
    assert summarize(cut) == ""


@pytest.mark.parametrize(
    "whole",
    [
        "And why Shanghai and Tokyo are not",  # a standfirst may end on "not", "is", "to"
        "This is a surprisingly important question that nobody has an exact answer to",
        "Why MAGA wants children to get sick and die",  # "die" is English too
        "Paid subscribers gather tonight at 7pm ET",  # "ET" is not French "et"
    ],
)
def test_a_whole_line_may_end_on_words_a_cut_never_leaves(whole: str) -> None:
    assert standfirst(whole) == whole + "."


# Class 8: no dateline, kicker label or byline opens the lead; a notice to the reader does.


@pytest.mark.parametrize(
    ("feed", "title", "lead"),
    [
        # Dawn: "ISLAMABAD: Pakistan’s trade deficit …", under bulleted highlights.
        (DAWN_WORLD, "Trade gap with Mideast", "Pakistan’s trade deficit with the Middle East"),
        (DAWN_WORLD, "UN calls on Israel", "As Pakistan denounced the latest Israeli move"),
        # Reuters: "MOSUL, Iraq/BAGHDAD (Reuters) - Iraqi …": the places go with the credit.
        (REUTERS, "Iraqi forces close in", "Iraqi special forces closed in on the Tigris"),
        # Le Figaro's kickers: "DOSSIER - ", "DISPARITION - ", "CANAL+/21H00 - ".
        (LE_FIGARO, "Daniel Pennac ressuscite", "Trente ans après la parution du Bonheur"),
        (LE_FIGARO, "Om Puri", "L'acteur indien qui avait notamment joué"),
        (LE_FIGARO, "Le film à voir ce soir: Legend", "Tom Hardy se dédouble"),
        # RomaNews: "PRIMAVERA – ", "CALCIOMERCATO ROMA – ".
        (ROMA_NEWS, "Primavera Inter. Vecchi", "Stefano Vecchi, allenatore dell’Inter"),
        (ROMA_NEWS, "Calciomercato. Gyomber", "Gyomber sembra in procinto di lasciare"),
    ],
)
def test_the_lead_opens_without_dateline_or_label(
    feed: tuple[str, ...], title: str, lead: str
) -> None:
    assert summary_of(feed, title).startswith(lead)


def test_no_dawn_lead_opens_with_a_dateline_or_a_highlight() -> None:
    summaries = [c.summary for c in posts_of(*DAWN_WORLD).values() if c.summary]
    assert len(summaries) >= 20
    assert not [s for s in summaries if s.startswith("•") or s.split(":")[0].isupper()]


def test_a_content_warning_stays_where_the_site_put_it() -> None:
    assert summary_of(MIRROR, "Sickening video shows crocodile").startswith(
        "WARNING GRAPHIC FOOTAGE: The stricken animal"
    )


@pytest.mark.parametrize(
    ("opening", "lead"),
    [
        ("WASHINGTON — The White House", "The White House"),
        ("TAIPEI, TAIWAN – Torrential rainfall", "Torrential rainfall"),
        ("HONIARA, 17 AUG 2026 – Sixteen vessels", "Sixteen vessels"),
        ("KOROR, Palau (August 13, 2026) — About 40", "About 40"),
        ("PALIKIR, Pohnpei—August 13, 2026—His Excellency", "His Excellency"),
        ("EXCLUSIVE: Broadway’s Beetlejuice actor", "Broadway’s Beetlejuice actor"),
        # Not labels: a subject in capitals, a sentence, a shouted line, interview lines.
        ("NVIDIA—the chipmaker", "NVIDIA—the chipmaker"),
        ("GLP-1 weight loss can mean muscle loss.", "GLP-1 weight loss can mean muscle loss."),
        ("US – China talks stalled", "US – China talks stalled"),
        ("THE END: ALL CAPS", "THE END: ALL CAPS"),
        ("Q: What is it?", "Q: What is it?"),
        # Notices to the reader stay.
        ("SPOILER ALERT: The following reveals", "SPOILER ALERT: The following reveals"),
        ("CORRECTION: A previous version", "CORRECTION: A previous version"),
        ("EDIT: This was originally titled", "EDIT: This was originally titled"),
        ("UPDATE: I'm no longer writing this.", "UPDATE: I'm no longer writing this."),
    ],
)
def test_datelines_and_kickers_in_capitals_are_cut(opening: str, lead: str) -> None:
    assert cut_opening_label(opening) == lead


@pytest.mark.parametrize(
    ("opening", "lead"),
    [
        # Santa Clarita's columns: the name ends where a sentence visibly starts.
        ("By City Manager Ken Striplin One of the City’s", "One of the City’s"),
        ("By Mayor Pro Tem Patsy Ayala As a mother of two", "As a mother of two"),
        ("By Councilmember Bill Miranda “The real voyage", "“The real voyage"),
        ("By Laurel Marewibuel KOROR, Palau — President", "President"),
        # Nothing shows where the name ends: it stays.
        ("By Ron Rocky Coloma Coral reefs are", "By Ron Rocky Coloma Coral reefs are"),
        ("By Tuesday the company had", "By Tuesday the company had"),
    ],
)
def test_a_byline_run_into_the_lead_is_cut_where_its_end_shows(opening: str, lead: str) -> None:
    assert cut_opening_label(cut_lead_byline(opening)) == lead


# Class 6: prompts to subscribe are not lead text, learned or not.


def test_times_newsletter_prompts_are_learned_from_the_feed() -> None:
    file = carried("corpus", *TIME_TECH)
    parsed = parse_feed(file.read_bytes(), url=file.as_uri(), headers={})
    learned = learn_boilerplate(FeedBoilerplate(), parsed.entries, now=1.8e9).phrases
    prompt = (
        "If you’re reading this in your browser, why not subscribe to have the next one "
        "delivered straight to your inbox?"
    )
    assert unit_key(prompt) in learned
    summaries = [c.summary for c in posts_of(*TIME_TECH).values()]
    assert not [s for s in summaries if "subscribe" in s or "as emails" in s]


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        # Seen once: no learning, the family is known.
        ("Exclusive: AI Could Double", "By how much, if at all, will AI boost the U.S. economy?"),
        (
            "What Happens When Your Favorite Chatbot",
            # The bold run-in head "A farm upstate—" is a subhead, not the lead's opening.
            "What happens to large language",
        ),
    ],
)
def test_a_prompt_seen_once_is_cut_by_its_family(title: str, lead: str) -> None:
    assert summary_of(TIME_TECH, title).startswith(lead)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("You can subscribe here, for free, to get regular scoops like this. It rained.", False),
        ("This first appeared in Lit Hub’s newsletter—sign up here. It rained.", False),
        ("If you subscribe to Netflix, you will pay more from July. It rained.", True),
        ("Readers who sign up before the end of the year get a free trial. It rained.", True),
    ],
)
def test_subscribe_prompts_are_told_from_sentences_about_subscribing(text: str, kept: bool) -> None:
    lead = clean_article_text(to_blocks(f"<p>{text}</p>"), cuts=())
    assert (lead != "It rained.") is kept
