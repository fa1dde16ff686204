"""One feed's check against a real feed server: unchanged detection, schedule, failures."""

from __future__ import annotations

from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from email.utils import formatdate
from pathlib import Path
from typing import Any

import pytest

from bot.checker import FeedChecker
from bot.compose.baseline import Baseline
from bot.config import Settings
from bot.fetching.http import FetchResult, create_session
from bot.parsing.models import ParsedFeed
from bot.parts import SharedParts
from bot.workers import off_loop_in
from storage.records import Feed
from storage.store import Storage
from tests.support.clock import HandClock
from tests.support.feedserver import FeedServer
from tests.support.rss import Item, rss

NOW = 1_800_000_000.0


def feed_text(*titles: str, ttl: int | None = None) -> str:
    items = [Item(t, f"https://site.example/{t}", f"<p>{t}.</p>", guid=t) for t in titles]
    return rss("Site", "https://site.example", items, ttl=ttl)


class CountingChecker(FeedChecker):
    """A FeedChecker that counts its parses."""

    parses = 0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.post_details: list[bool] = []

    async def parse(self, fetched: FetchResult, *, post_details: bool = True) -> ParsedFeed:
        self.parses += 1
        self.post_details.append(post_details)
        return await super().parse(fetched, post_details=post_details)

    async def parse_baseline(self, feed: Feed, fetched: FetchResult, *, now: float) -> Baseline:
        # A first check that can post nothing parses in the same call as it fingerprints.
        self.parses += 1
        self.post_details.append(False)
        return await super().parse_baseline(feed, fetched, now=now)


@dataclass
class World:
    """A checker wired to a feed server, a database, a hand clock and a notice recorder."""

    checker: CountingChecker
    storage: Storage
    server: FeedServer
    clock: HandClock
    notices: list[str] = field(default_factory=list)

    async def add(self, path: str) -> Feed:
        return await self.storage.feeds.add(self.server.url(path), now=self.clock.now)

    async def feed(self, feed_id: int) -> Feed:
        feed = await self.storage.feeds.get(feed_id)
        assert feed is not None
        return feed

    async def check(self, feed_id: int) -> str:
        outcome = await self.checker.check(await self.feed(feed_id))
        return outcome.status


@pytest.fixture
async def world(feed_server: FeedServer, tmp_path: Path) -> AsyncIterator[World]:
    settings = Settings(
        _env_file=None,
        database=str(tmp_path / "db.sqlite"),
        poll_interval=300,
        allow_private_addresses=True,
        max_failures=3,
        fetch_timeout=5,
        site_name_days=0,
    )
    storage = await Storage.open(settings.database)
    clock = HandClock(NOW)
    notices: list[str] = []

    async def notify(text: str) -> None:
        notices.append(text)

    executor = ThreadPoolExecutor(1)
    async with create_session(allow_private=True, connect_timeout=2, total_timeout=5) as session:
        shared = SharedParts(
            settings, storage, session, off_loop_in(executor), channel_id="-100", clock=clock
        )
        checker = CountingChecker(shared, notify=notify, rng=lambda: 0.0)
        yield World(checker, storage, feed_server, clock, notices)
    executor.shutdown()
    await storage.close()


async def test_a_304_is_unchanged_and_not_parsed(world: World) -> None:
    world.server.set_feed("feed.xml", feed_text("a"))
    feed = await world.add("feed.xml")
    assert await world.check(feed.id) == "updated"
    assert await world.check(feed.id) == "unchanged"
    assert world.checker.parses == 1
    last = world.server.hits("feed.xml")[-1]
    assert last.status == 304 and last.headers["If-None-Match"] == (await world.feed(feed.id)).etag


async def test_a_200_with_the_same_etag_is_unchanged_and_not_parsed(world: World) -> None:
    # This server ignores If-None-Match but labels the body with the same ETag.
    world.server.set_feed("feed.xml", feed_text("a"), etag=False, headers={"ETag": '"v1"'})
    feed = await world.add("feed.xml")
    assert await world.check(feed.id) == "updated"
    world.server.set_feed("feed.xml", feed_text("a", "b"), etag=False, headers={"ETag": '"v1"'})
    assert await world.check(feed.id) == "unchanged"
    assert world.checker.parses == 1
    assert [r.status for r in world.server.hits("feed.xml")] == [200, 200]


async def test_a_200_with_the_same_body_is_unchanged_and_a_new_body_is_parsed(
    world: World,
) -> None:
    world.server.set_feed("feed.xml", feed_text("a"), etag=False)
    feed = await world.add("feed.xml")
    assert await world.check(feed.id) == "updated"
    assert await world.check(feed.id) == "unchanged"
    assert world.checker.parses == 1
    world.server.set_feed("feed.xml", feed_text("a", "b"), etag=False)
    assert await world.check(feed.id) == "updated"
    assert world.checker.parses == 2


async def test_the_next_check_follows_interval_ttl_and_cache_headers(world: World) -> None:
    world.server.set_feed("plain.xml", feed_text("a"))
    world.server.set_feed("ttl.xml", feed_text("a", ttl=60))
    world.server.set_feed("cached.xml", feed_text("a"), headers={"Cache-Control": "max-age=7200"})
    world.server.set_feed(
        "expires.xml",
        feed_text("a"),
        headers={
            "Date": formatdate(NOW, usegmt=True),
            "Expires": formatdate(NOW + 900, usegmt=True),
        },
    )
    waits = {}
    for path in ("plain.xml", "ttl.xml", "cached.xml", "expires.xml"):
        feed = await world.add(path)
        await world.check(feed.id)
        waits[path] = (await world.feed(feed.id)).next_check_at - NOW
    assert waits == {"plain.xml": 300, "ttl.xml": 3600, "cached.xml": 7200, "expires.xml": 900}


async def test_a_304s_cache_hint_sets_the_next_check_whatever_the_case_of_its_name(
    world: World,
) -> None:
    world.server.set_feed("feed.xml", feed_text("a"))
    feed = await world.add("feed.xml")
    await world.check(feed.id)
    # The feed is unchanged, and the answer says so with a caching hint of its own.
    world.server.set_response("feed.xml", 304, headers={"cache-control": "max-age=5400"})
    assert await world.check(feed.id) == "unchanged"
    assert (await world.feed(feed.id)).next_check_at == NOW + 5400


async def test_a_feeds_own_interval_is_used_even_below_the_operators(world: World) -> None:
    world.server.set_feed("feed.xml", feed_text("a"))
    feed = await world.add("feed.xml")
    assert await world.storage.feeds.set_interval(feed.id, 60, now=NOW)
    await world.check(feed.id)
    assert (await world.feed(feed.id)).next_check_at == NOW + 60
    await world.check(feed.id)  # unchanged (304): the same interval
    assert (await world.feed(feed.id)).next_check_at == NOW + 60


async def test_failures_back_off_then_pause_the_feed_and_tell_the_admins(world: World) -> None:
    world.server.set_response("broken.xml", 500, b"oops")
    feed = await world.add("broken.xml")
    waits = []
    for _ in range(3):
        assert await world.check(feed.id) == "error"
        state = await world.feed(feed.id)
        waits.append(state.next_check_at - NOW)
    assert waits == [300, 600, 1200]
    assert state.paused and state.paused_reason == "3 checks in a row failed"
    assert state.last_error == "HTTP 500 Internal Server Error" and state.error_count == 3
    assert await world.storage.feeds.due(NOW + 10**9, 10) == []  # not checked while paused
    assert len(world.notices) == 1
    notice = world.notices[0]
    assert f"Feed #{feed.id}" in notice and "paused: 3 checks in a row failed" in notice
    assert "HTTP 500" in notice and f"/resume {feed.id}" in notice

    # Resuming starts afresh: one more failure does not pause it again.
    await world.storage.feeds.set_paused(feed.id, False, now=NOW)
    assert (await world.feed(feed.id)).error_count == 0
    assert await world.check(feed.id) == "error"
    assert not (await world.feed(feed.id)).paused and len(world.notices) == 1


async def test_a_success_clears_the_failure_count(world: World) -> None:
    world.server.set_response("flaky.xml", 502, b"")
    feed = await world.add("flaky.xml")
    await world.check(feed.id)
    await world.check(feed.id)
    world.server.set_feed("flaky.xml", feed_text("a"))
    assert await world.check(feed.id) == "updated"
    state = await world.feed(feed.id)
    assert state.error_count == 0 and state.last_error is None and not state.paused


@pytest.mark.parametrize(
    ("status", "retry_after", "wait"),
    [
        (429, "3600", 3600),
        (503, formatdate(NOW + 7200, usegmt=True), 7200),
        (429, "5", 300),  # never sooner than the feed's interval
        (503, "9999999", 24 * 3600),  # clamped to a day
    ],
)
async def test_retry_after_is_honoured_and_is_not_a_failure(
    world: World, status: int, retry_after: str, wait: float
) -> None:
    world.server.set_response("busy.xml", status, headers={"Retry-After": retry_after})
    feed = await world.add("busy.xml")
    for _ in range(5):  # more than max_failures
        assert await world.check(feed.id) == "deferred"
    state = await world.feed(feed.id)
    assert state.error_count == 0 and not state.paused and world.notices == []
    assert state.next_check_at - NOW == pytest.approx(wait, abs=2)


async def test_a_429_without_retry_after_is_a_failure(world: World) -> None:
    world.server.set_response("busy.xml", 429)
    feed = await world.add("busy.xml")
    assert await world.check(feed.id) == "error"
    assert (await world.feed(feed.id)).error_count == 1


async def test_410_gone_pauses_at_once_and_tells_the_admins(world: World) -> None:
    world.server.set_response("gone.xml", 410, b"gone")
    feed = await world.add("gone.xml")
    assert await world.check(feed.id) == "error"
    state = await world.feed(feed.id)
    assert state.paused and state.paused_reason == "the feed is gone (HTTP 410)"
    assert len(world.notices) == 1 and "gone (HTTP 410)" in world.notices[0]
    assert await world.storage.feeds.get(feed.id) is not None  # paused, never dropped


async def test_a_permanent_redirect_moves_the_feed_after_three_checks(world: World) -> None:
    world.server.set_feed("new.xml", feed_text("a"))
    world.server.set_response("old.xml", 301, headers={"Location": "/hop.xml"})
    world.server.set_response("hop.xml", 308, headers={"Location": "/new.xml"})
    feed = await world.add("old.xml")
    for expected_count in (1, 2):
        await world.check(feed.id)
        state = await world.feed(feed.id)
        assert (state.url, state.redirect_count) == (world.server.url("old.xml"), expected_count)
    await world.check(feed.id)
    state = await world.feed(feed.id)
    assert state.url == world.server.url("new.xml") and state.redirect_url is None
    before = len(world.server.hits("old.xml"))
    await world.check(feed.id)
    assert len(world.server.hits("old.xml")) == before  # the old URL is not asked again


async def test_a_temporary_redirect_anywhere_in_the_chain_keeps_the_url(world: World) -> None:
    world.server.set_feed("new.xml", feed_text("a"))
    world.server.set_response("old.xml", 301, headers={"Location": "/hop.xml"})
    world.server.set_response("hop.xml", 302, headers={"Location": "/new.xml"})
    feed = await world.add("old.xml")
    for _ in range(4):
        await world.check(feed.id)
    state = await world.feed(feed.id)
    assert state.url == world.server.url("old.xml") and state.redirect_count == 0


def pictured_story(guid: str, title: str) -> Item:
    text = f"<p>{title}: the council approved the plan after a long debate on Tuesday.</p>"
    return Item(
        title,
        f"https://site.example/{guid}",
        text,
        guid=guid,
        image=f"https://site.example/{guid}.jpg",
        # The headline's first word: a tag is shown only where the item names it.
        categories=(title.split()[0],),
    )


async def test_only_a_check_that_can_post_parses_the_details_posts_show(world: World) -> None:
    # A new feed's first check stores its entries as seen and posts none of them: pictures
    # and categories are left unread. A later check's new entry is posted with both.
    first = [pictured_story("a", "Harbour plan approved")]
    world.server.set_feed("feed.xml", rss("Site", "https://site.example", first))
    feed = await world.add("feed.xml")
    assert await world.check(feed.id) == "updated"
    assert await world.storage.outbox.next_pending() is None
    later = [pictured_story("b", "Ferry to the islands"), *first]
    world.server.set_feed("feed.xml", rss("Site", "https://site.example", later))
    assert await world.check(feed.id) == "updated"
    assert world.checker.post_details == [False, True]
    post = await world.storage.outbox.next_pending()
    assert post is not None and post.title == "Ferry to the islands"
    assert post.media_url == "https://site.example/b.jpg" and "#Ferry" in post.text


async def test_a_first_check_that_backfills_parses_the_details_posts_show(world: World) -> None:
    items = [pictured_story("a", "Harbour plan approved")]
    world.server.set_feed("feed.xml", rss("Site", "https://site.example", items))
    url = world.server.url("feed.xml")
    feed = await world.storage.feeds.add(url, now=world.clock.now, backfill=1)
    assert await world.check(feed.id) == "updated"
    assert world.checker.post_details == [True]
    post = await world.storage.outbox.next_pending()
    assert post is not None and post.media_url == "https://site.example/a.jpg"
    assert "#Harbour" in post.text
