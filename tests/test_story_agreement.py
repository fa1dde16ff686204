"""Texts that share an opening are one story only when they agree past it.

Numbers and names must not be substituted (templated items stay apart), the texts must not
part for good (newsletters that open every issue alike), and a feed's own items need agreeing
headlines; reprints, copy-edited, trimmed, credited or with a promo line on top, still join.
Entries go through what the service runs: `compose_entry`, then StoryIndex with StoryRule.
"""

from __future__ import annotations

from bot.compose.entry import compose_entry
from bot.matching.agreement import leads_agree
from bot.matching.index import StoryIndex
from bot.matching.rule import Arrival, StoryRule
from bot.matching.similarity import (
    MIN_LEAD_WORDS,
    compare_leads,
    headlines_agree,
    lead_words,
    story_lead,
)
from bot.parsing.feeds import parse_feed
from bot.parsing.models import FeedEntry
from bot.parsing.urls import canonical_url
from bot.text.cleaning import plain_text
from tests.conftest import carried

NOW = 1_800_000_000.0

QUARTER = (
    "Northwind Traders said on Thursday that quarterly revenue rose {0}% to ${1}bn, "
    "ahead of analysts' forecasts, as demand for its cloud storage services in Europe "
    "and Asia kept growing. The company expects revenue of ${2}bn in the next quarter."
)
FIGURES = [("5", "3.2", "3.4"), ("7", "4.1", "4.3"), ("2", "1.8", "1.9"), ("9", "6.0", "6.2")]
FIGURES.append(("11", "2.5", "2.7"))
VISIT = (
    "The prime minister of {0} will travel to {1} next week for two days of talks on trade, "
    "energy and security, the foreign ministry said, the first such visit since the two "
    "governments signed a new partnership agreement last spring."
)
PLACES = [("Norway", "Chile"), ("Portugal", "Kenya"), ("Estonia", "Vietnam")]
PLACES += [("Ireland", "Ghana"), ("Austria", "Peru")]

HARBOUR = (
    "<p>The harbour master said on Tuesday that the northern breakwater would be closed for "
    "repairs until the end of March, and that the ferries would use the southern berth in "
    "the meantime, adding about 10 minutes to each of the 1,200 crossings a year.</p>"
    "<p>Work on the breakwater, damaged by the January storms, is expected to cost $4.5 "
    "million, according to the port authority, which said contractors would start on "
    "Monday and work through weekends to finish before the summer season.</p>"
    "<p>Fishing boats will keep their moorings inside the harbour throughout the works.</p>"
)
# A newsletter's fixed opening, longer than the 60 words the shingles are measured on.
OPENING = (
    "<p>Welcome back to The Tuesday Letter, our weekly newsletter about cities and the "
    "people who run them. We publish each edition both as a story on our site and as an "
    "email. If you are reading this in your browser, why not subscribe to have the next "
    "one delivered straight to your inbox? As a reminder, you can change which letters you "
    "receive at any time in your account settings, and every past edition stays free to "
    "read in the archive.</p>"
)
ISSUES = [
    "<p>What to know: Lisbon's trams. The city council voted on Monday to restore four "
    "historic tram lines closed in the 1990s, betting that visitors and commuters alike will "
    "pay a premium for the slower ride through the old town's steepest streets.</p>",
    "<p>What to know: Rotterdam's roofs. A decade after the port city began paying owners to "
    "turn flat roofs into gardens, officials say the programme has cut storm-water flooding "
    "in three districts and cooled the hottest blocks by as much as two degrees.</p>",
]


def entry(key: str, html: str, title: str = "A story", link: str | None = None) -> FeedEntry:
    link = link or f"https://site-{key}.example/{key}"
    return FeedEntry(key, title, link, canonical_url(link), NOW, html)


def stories(*items: tuple[str, FeedEntry]) -> list[int]:
    """Each (feed, entry) matched in order, as the service and `inspect` match them."""
    index = StoryIndex(StoryRule())
    found = []
    for feed, item in items:
        ready = compose_entry(item, source=feed, source_url=None, language="en", summary_chars=600)
        arrival = Arrival(ready.url_keys, ready.lead, ready.band_keys, True, False, item.title)
        found.append(index.record(arrival, now=NOW, feed=feed)[0])
    return found


def test_five_templated_items_that_differ_only_in_numbers_are_five_stories() -> None:
    items = [entry(str(i), f"<p>{QUARTER.format(*f)}</p>") for i, f in enumerate(FIGURES)]
    assert len(set(stories(*((f"feed{i}", e) for i, e in enumerate(items))))) == 5


def test_five_templated_items_that_differ_only_in_names_are_five_stories() -> None:
    items = [entry(str(i), f"<p>{VISIT.format(*p)}</p>") for i, p in enumerate(PLACES)]
    assert len(set(stories(*((f"feed{i}", e) for i, e in enumerate(items))))) == 5


def test_a_trimmed_reprint_with_a_credit_line_joins_the_original() -> None:
    first_paragraph = HARBOUR.split("</p>")[0] + "</p>"
    reprint = first_paragraph + "<p>This article first appeared on Port News.</p>"
    assert len(set(stories(("port", entry("a", HARBOUR)), ("other", entry("b", reprint))))) == 1


def test_a_copy_edited_reprint_joins_even_with_numbers_written_otherwise() -> None:
    edited = (
        HARBOUR.replace("1,200", "1200")
        .replace("$4.5 million", "$4.5m")
        .replace(" said on Tuesday that", " said Tuesday")
        .replace("January", "Jan.")
    )
    promo = "<p>Join our Telegram channel for the latest local news!</p>" + edited
    found = stories(
        ("port", entry("a", HARBOUR)), ("b", entry("b", edited)), ("c", entry("c", promo))
    )
    assert len(set(found)) == 1


def test_a_changed_figure_inside_the_shared_text_is_another_story() -> None:
    other = HARBOUR.replace("$4.5 million", "$7.2 million")
    assert not leads_agree(HARBOUR, other).agree
    assert len(set(stories(("a", entry("a", HARBOUR)), ("b", entry("b", other))))) == 2


def test_newsletter_issues_that_share_a_long_opening_are_different_stories() -> None:
    first, second = (entry(str(i), OPENING + issue) for i, issue in enumerate(ISSUES))
    assert len(set(stories(("letters-a", first), ("letters-b", second)))) == 2


def test_a_feeds_own_items_with_one_text_join_only_under_agreeing_headlines() -> None:
    text = OPENING + ISSUES[0]
    series = stories(
        ("blog", entry("1", text, title="BondiBlock")),
        ("blog", entry("2", text, title="PhonoBlock")),
        ("blog", entry("3", text, title="BondiBlock, updated with photos")),
        ("elsewhere", entry("4", text, title="A totally new headline")),
    )
    assert series[0] != series[1]
    assert series[2] == series[0] and series[3] == series[0]
    assert headlines_agree("Week 32 report", "Week 32 report (corrected)")
    assert not headlines_agree("Week 32 report", "Week 33 report")


# Chinese is shingled by clause (a run of characters between punctuation is one word).
EARNINGS_ZH = (
    "<p>{0}公司周四表示，第三季度营收增长{1}%，达到{2}亿元，高于分析师预期，"
    "主要受到欧洲市场需求的推动，亚洲市场同样表现强劲，云存储服务继续扩张，"
    "公司预计下一季度营收将达到{3}亿元，董事会同时批准了新的回购计划，"
    "首席执行官在电话会议上表示，公司将继续投资数据中心，并在明年招聘更多工程师，"
    "分析师认为，这一结果显示公司转型初见成效，但仍需关注成本上升，"
    "公司股价在盘后交易中上涨，市场对其前景保持乐观。</p>"
)


def test_numbers_in_text_without_spaces_must_agree_too() -> None:
    first = entry("1", EARNINGS_ZH.format("北风", "5", "32", "34"), title="北风公司营收增长")
    second = entry("2", EARNINGS_ZH.format("北风", "7", "41", "43"), title="北风公司营收增长")
    copy = entry("3", EARNINGS_ZH.format("北风", "5", "32", "34"), title="北风营收大增")
    found = stories(("a", first), ("b", second), ("c", copy))
    assert found[0] != found[1] and found[2] == found[0]


def test_a_word_for_word_copy_compares_as_the_long_way_finds() -> None:
    # compare_leads answers identical leads at once; a trailing space sends the same words
    # the long way (shingles, alignment, word anchors), which must agree on every real lead.
    leads = [
        story_lead(plain_text(entry.content_html))
        for name in ("guardian.rss", "heraldsun.rss", "heise.atom")
        for entry in parse_feed(
            carried("corpus", "rss-parser", "test", "input", name).read_bytes(),
            url="https://site.example/feed",
        ).entries
    ]
    long_enough = [lead for lead in leads if len(lead_words(lead)) >= MIN_LEAD_WORDS]
    assert len(long_enough) > 20
    for lead in long_enough:
        assert compare_leads(lead, lead) == compare_leads(lead, lead + " ")
        assert compare_leads(lead, lead).same_story
