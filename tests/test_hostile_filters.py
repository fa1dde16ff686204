"""Editors' patterns, tried as a careless editor and an attacker would: none can stall the bot."""

from __future__ import annotations

import logging
import sqlite3
import time

import pytest

from bot.compose.filters import FilterError, FilterRule, blocking_rule, compile_pattern
from bot.parsing.feeds import ParseLimitExceeded
from bot.workers import WorkerPool, bounded, off_loop_in
from storage.records import FilterKind
from tests.conftest import CHANNEL_ID, ServiceFactory, SettingsFactory
from tests.support.botapi import FakeBotApi
from tests.support.feedserver import FeedServer
from tests.support.loop_stalls import watch_loop_stalls
from tests.support.rss import Item, rss
from tests.test_posts_end_to_end import SITE, ask, item, reply, start_with_feed

# In Python's `re`, `(a+)+$` against 34 a's and a "!" backtracks through 2^34 ways: ~20 minutes
# (28 a's took ~20 s). The answers below are allowed 60 s, so a loaded machine (a preview took 10 s
# under a load average of 17) still passes, while a backtracking engine cannot.
CATASTROPHIC = "/(a+)+$/"
EVIL_TITLE = "a" * 34 + "!"
ANSWER_WITHIN_S = 60


def catastrophic_feed(*more: Item) -> str:
    return rss("Harbour Gazette", SITE, [item(1, EVIL_TITLE, "<p>" + EVIL_TITLE + "</p>"), *more])


async def test_a_catastrophic_pattern_answers_at_once_in_preview_and_in_checks(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    service_factory: ServiceFactory,
    make_settings: SettingsFactory,
) -> None:
    await start_with_feed(feed_server, bot_api, service_factory, make_settings())
    assert f"#1 {CHANNEL_ID}" in await reply(bot_api, "/targets")  # where the editor finds "1"
    async with watch_loop_stalls() as stalls:
        added = await reply(bot_api, f"/filter add target 1 exclude {CATASTROPHIC}")
        assert added == f"Added filter 1: target #1 exclude {CATASTROPHIC}"
        # The same family as a feed filter, and one that does match, so filters still work.
        await reply(bot_api, "/filter add feed 1 exclude /(x+x+)+y/")
        await reply(bot_api, "/filter add feed 1 exclude /(s+i+)+rens/i")
        feed_server.set_feed("evil.xml", catastrophic_feed())
        started = time.monotonic()
        note, post = await ask(bot_api, f"/preview {feed_server.url('evil.xml')}", replies=2)
        assert time.monotonic() - started < ANSWER_WITHIN_S
        assert (post.text or "").startswith(EVIL_TITLE)
        feed_server.set_feed(
            "h.xml", catastrophic_feed(item(2, "Sirens sound over the bay", "<p>Sirens.</p>"))
        )
        started = time.monotonic()
        await bot_api.wait_for_messages(CHANNEL_ID, 1, timeout=ANSWER_WITHIN_S)
        assert time.monotonic() - started < ANSWER_WITHIN_S
        listing = await reply(bot_api, "/filter list")
    assert [m.text.split("\n")[0] for m in bot_api.messages(CHANNEL_ID) if m.text] == [EVIL_TITLE]
    assert "“Sirens sound over the bay” — feed #1 exclude /(s+i+)+rens/i" in listing
    assert stalls.worst_ms < 100, f"the event loop stalled for {stalls.worst_ms:.0f} ms"


@pytest.mark.parametrize(
    ("pattern", "said"),
    [
        ("/(?<=a)b/", "lookbehind (?<=…)"),
        ("/(?<!un)rest/", "negative lookbehind (?<!…)"),
        ("/war(?! games)/i", "negative lookahead (?!…)"),
        ("/(\\w)\\1/", "a backreference (\\1)"),
        ("/(?P<w>x)(?P=w)/", "a backreference (?P=name)"),
        ("/a{1001}/", "a repetition count over 1000"),
        ("/\\pL{1000}/", "too large to run safely"),
        ("/(unclosed/", "not a valid regular expression (RE2 syntax): missing )"),
    ],
)
def test_a_pattern_re2_refuses_is_explained(pattern: str, said: str) -> None:
    with pytest.raises(FilterError) as refused:
        compile_pattern(pattern)
    assert said in str(refused.value)


async def test_refused_patterns_get_a_clear_reply_and_old_ones_are_disabled_not_fatal(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    service_factory: ServiceFactory,
    make_settings: SettingsFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = make_settings()
    await start_with_feed(feed_server, bot_api, service_factory, settings)
    await reply(bot_api, "/targets")
    answer = await reply(bot_api, "/filter add target 1 exclude /(?<!un)rest/")
    assert answer.startswith("Not added: the pattern uses negative lookbehind (?<!…)")
    assert "RE2" in answer
    answer = await reply(bot_api, "/filter add feed 1 include /(ferry)\\s+\\1/")
    assert answer.startswith("Not added: the pattern uses a backreference (\\1)")
    answer = await reply(bot_api, "/filter add feed 1 include /\\bferry\\b/")
    assert answer.startswith("Added filter 1") and "ASCII only" in answer
    # A rule stored before patterns ran on RE2 (written straight into the database, as an
    # older version would have): it is skipped with a logged error, and the feed still posts.
    with sqlite3.connect(settings.database) as conn:
        conn.execute(
            "INSERT INTO filters (feed_id, target_id, kind, pattern, created_at) "
            "VALUES (NULL, 1, 'exclude', '/(?<=island )ferry/', 0)"
        )
    feed_server.set_feed("h.xml", rss("Harbour Gazette", SITE, [item(1, "Island ferry back")]))
    with caplog.at_level(logging.ERROR, logger="bot.compose.filters"):
        await bot_api.wait_for_messages(CHANNEL_ID, 1, timeout=ANSWER_WITHIN_S)
    assert [m.text.split("\n")[0] for m in bot_api.messages(CHANNEL_ID) if m.text] == [
        "Island ferry back"
    ]
    assert any("is disabled: the pattern uses lookbehind" in r.message for r in caplog.records)
    listing = await reply(bot_api, "/filter list")
    assert listing.startswith("Filters (1 disabled, skipped):\n1: feed #1 include")
    assert "2: target #1 exclude /(?<=island )ferry/ (disabled: the pattern uses lookbehind" in (
        listing
    )


def burn_cpu(seconds: float) -> int:
    """Busy Python code, as a slow filter or summary would be."""
    end, spins = time.process_time() + seconds, 0
    while time.process_time() < end:
        spins += 1
    return spins


async def test_filtering_off_the_loop_is_held_to_the_parse_bounds() -> None:
    pool = WorkerPool(1, memory_bytes=256 << 20)
    try:
        off_loop = bounded(off_loop_in(pool), 0.3, "filtering and summarising")
        with pytest.raises(ParseLimitExceeded, match="filtering and summarising took more than"):
            await off_loop(burn_cpu, 30.0)
        rules = (FilterRule(FilterKind.EXCLUDE, CATASTROPHIC, "target #1"),)
        assert await off_loop(blocking_rule, rules, EVIL_TITLE, EVIL_TITLE) is None
    finally:
        pool.shutdown()


def test_whole_words_hold_in_any_script() -> None:
    assert compile_pattern("война").search("Новая ВОЙНА началась")
    assert not compile_pattern("война").search("между войнами")
    assert compile_pattern("C++").search("Learning C++, again")
    assert compile_pattern("winter olympics").search("the Winter\u00a0Olympics open")
