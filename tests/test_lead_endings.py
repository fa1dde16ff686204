"""How a lead begins and ends: a whole one-line standfirst is published, ended as a sub-editor
would; a line its feed cut without a mark is not; the reader's own script's full stop counts.

Real entries of carried corpus feeds, composed as on the feed's first check (as in
tests/test_leads.py); the cut lines are the forms found in `../shared/eval/feeds`, which is not
carried (see tests/data/SOURCES.md), written here as short sentences of the same form.
"""

from __future__ import annotations

import pytest

from bot.text.summaries import is_complete, standfirst, summarize
from tests.test_leads import posts_of, summary_of

ECONOMIST_ASIA = ("fastfeedparser", "benchmark_data", "960551eca5b5db81")
AP_WORLD = ("fastfeedparser", "benchmark_data", "f9c17f360c71def1")
BBC_URDU = ("miniflux-v2", "internal", "reader", "parser", "testdata", "urdu_UTF8.xml")
DER_STANDARD = ("FeedReader", "FeedReader.Tests", "Feeds", "Rss20DaStandardAt.xml")
ORENBURG = ("node-feedparser", "test", "feeds", "iconv.xml")


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
