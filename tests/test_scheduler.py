"""The poll loop: a global limit, a per-host limit, and feeds changed while they wait."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bot import scheduler as scheduler_module
from bot.checker import CheckOutcome, FeedChecker
from bot.config import Settings
from bot.fetching.http import create_session
from bot.parts import SharedParts
from bot.scheduler import DueQueue, FeedScheduler
from bot.workers import off_loop_in
from storage.records import Feed, UnchangedCheck
from storage.store import Storage
from tests.conftest import wait_until
from tests.support.dns import StaticResolver
from tests.support.feedserver import FeedServer
from tests.support.loop_stalls import watch_loop_stalls
from tests.support.rss import Item, rss

FEED = rss("Site", "https://site.example", [Item("One", "https://site.example/1", "Text.")])


def _settings(tmp_path: Path) -> Settings:
    """A service on a SQLite file in `tmp_path`, checking the local feed server, naming no site."""
    return Settings(
        _env_file=None,
        database=str(tmp_path / "db"),
        allow_private_addresses=True,
        site_name_days=0,
    )


async def test_one_slow_publisher_cannot_hold_every_slot(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    gate = asyncio.Event()
    for n in range(5):
        feed_server.set_feed(f"slow{n}.xml", FEED)
        feed_server.routes[f"/slow{n}.xml"].gate = gate  # answers only once the test says so
    for n in range(2):
        feed_server.set_feed(f"fast{n}.xml", FEED)
    settings = _settings(tmp_path)
    storage = await Storage.open(settings.database)
    resolver = StaticResolver({"slow.example": "127.0.0.1", "fast.example": "127.0.0.1"})
    try:
        async with create_session(
            allow_private=True, connect_timeout=2, total_timeout=10, resolver=resolver
        ) as session:
            off_loop = off_loop_in(ThreadPoolExecutor(1))
            shared = SharedParts(settings, storage, session, off_loop, channel_id="-1")
            checker = FeedChecker(shared)
            for n in range(5):
                await storage.feeds.add(feed_server.url(f"slow{n}.xml", "slow.example"), now=0)
            for n in range(2):
                await storage.feeds.add(feed_server.url(f"fast{n}.xml", "fast.example"), now=0)
            scheduler = FeedScheduler(shared, checker, concurrency=3, per_host=2)
            cycle = asyncio.create_task(scheduler.poll_once())
            # Without a per-host limit the five slow feeds would take all three global slots
            # and the fast publisher would wait for the gate: this would time out.
            await wait_until(
                lambda: all(feed_server.hits(f"fast{n}.xml") for n in range(2)),
                what="the fast publisher's feeds fetched while the slow one hangs",
            )
            slow_host = f"slow.example:{feed_server.port}"
            assert feed_server.active[slow_host] == 2
            gate.set()
            outcomes = await asyncio.wait_for(cycle, 10)
    finally:
        await storage.close()
    assert sorted(o.status for o in outcomes) == ["updated"] * 7
    assert feed_server.most_active[slow_host] == 2


async def test_a_feed_paused_while_it_waits_is_not_checked(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    gate = asyncio.Event()
    feed_server.set_feed("first.xml", FEED)
    feed_server.routes["/first.xml"].gate = gate
    feed_server.set_feed("second.xml", FEED)
    settings = _settings(tmp_path)
    storage = await Storage.open(settings.database)
    try:
        async with create_session(allow_private=True, connect_timeout=2, total_timeout=10) as s:
            off_loop = off_loop_in(ThreadPoolExecutor(1))
            shared = SharedParts(settings, storage, s, off_loop, channel_id="-1")
            checker = FeedChecker(shared)
            await storage.feeds.add(feed_server.url("first.xml"), now=0)
            second = await storage.feeds.add(feed_server.url("second.xml"), now=1)
            scheduler = FeedScheduler(shared, checker, concurrency=1, per_host=1)
            cycle = asyncio.create_task(scheduler.poll_once())
            await wait_until(lambda: bool(feed_server.active), what="the first fetch under way")
            await storage.feeds.set_paused(second.id, True, now=2)
            gate.set()
            outcomes = await asyncio.wait_for(cycle, 10)
    finally:
        await storage.close()
    assert [o.feed_id for o in outcomes] == [1]
    assert feed_server.hits("second.xml") == []


async def test_a_round_checks_every_due_feed_once_over_many_pages_and_ends(
    feed_server: FeedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small pages (read while checks run), and one busy host left at the end: the workers
    # waiting for its slot must be woken when the round is over, or poll_once never returns.
    monkeypatch.setattr(scheduler_module, "UNCHANGED_BATCH", 2)
    names = ["busy.example"] * 9 + ["a.example", "b.example", "c.example"]
    for n, _ in enumerate(names):
        feed_server.set_feed(f"f{n}.xml", FEED)
        feed_server.routes[f"/f{n}.xml"].delay = 0.02
    settings = _settings(tmp_path)
    storage = await Storage.open(settings.database)
    resolver = StaticResolver({name: "127.0.0.1" for name in names})
    try:
        async with create_session(
            allow_private=True, connect_timeout=2, total_timeout=10, resolver=resolver
        ) as session:
            shared = SharedParts(
                settings, storage, session, off_loop_in(ThreadPoolExecutor(2)), "-1"
            )
            for n, name in enumerate(names):
                await storage.feeds.add(feed_server.url(f"f{n}.xml", name), now=0)
            scheduler = FeedScheduler(
                shared, FeedChecker(shared), concurrency=3, per_host=1, batch=2
            )
            looks = 0
            due = storage.feeds.due

            async def counted_due(now: float, limit: int) -> list[Feed]:
                nonlocal looks
                looks += 1
                return await due(now, limit)

            monkeypatch.setattr(storage.feeds, "due", counted_due)
            outcomes = await asyncio.wait_for(scheduler.poll_once(), 20)
            pages = looks
            again = await asyncio.wait_for(scheduler.poll_once(), 20)
    finally:
        await storage.close()
    assert pages >= 2  # the round read more than one page
    assert sorted(o.feed_id for o in outcomes) == list(range(1, len(names) + 1))
    assert all(o.status == "updated" for o in outcomes)
    assert [len(feed_server.hits(f"f{n}.xml")) for n in range(len(names))] == [1] * len(names)
    assert feed_server.most_active[f"busy.example:{feed_server.port}"] == 1
    assert again == []  # every feed's next check is in the future now


class _BrokenStorageChecker(FeedChecker):
    """A checker whose first feed's check raises, as a database error would."""

    async def check(
        self, feed: Feed, *, unchanged: list[UnchangedCheck] | None = None
    ) -> CheckOutcome:
        if feed.id == 1:
            await asyncio.sleep(0.1)  # while the other feed's fetch hangs
            raise RuntimeError("database is locked")
        return await super().check(feed, unchanged=unchanged)


async def test_a_check_that_raises_ends_the_round_and_cancels_the_others(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    feed_server.set_feed("broken.xml", FEED)
    feed_server.set_feed("hanging.xml", FEED)
    feed_server.routes["/hanging.xml"].gate = asyncio.Event()  # never opened
    settings = _settings(tmp_path)
    storage = await Storage.open(settings.database)
    try:
        async with create_session(allow_private=True, connect_timeout=2, total_timeout=60) as s:
            shared = SharedParts(settings, storage, s, off_loop_in(ThreadPoolExecutor(1)), "-1")
            await storage.feeds.add(feed_server.url("broken.xml"), now=0)
            await storage.feeds.add(feed_server.url("hanging.xml"), now=0)
            scheduler = FeedScheduler(shared, _BrokenStorageChecker(shared), concurrency=2)
            # The other check's fetch never gets an answer: the round ends because it is
            # cancelled, not because it finished.
            with pytest.raises(ExceptionGroup) as raised:
                await asyncio.wait_for(scheduler.poll_once(), 10)
            hanging = await storage.feeds.get(2)
    finally:
        await storage.close()
    assert [str(e) for e in raised.value.exceptions] == ["database is locked"]
    assert hanging is not None and hanging.last_checked_at is None
    assert feed_server.hits("hanging.xml") == []


async def test_a_stuck_feed_delays_no_other_and_is_cut_off_by_the_check_timeout(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    # The stuck server answers after 30 s; the fetch deadline (60 s) would wait for it, the
    # check's backstop (2 s) does not. Meanwhile a feed due every second keeps being checked.
    feed_server.set_feed("stuck.xml", FEED)
    feed_server.routes["/stuck.xml"].delay = 30.0
    feed_server.set_feed("fast.xml", FEED)
    settings = Settings(
        _env_file=None,
        database=str(tmp_path / "db"),
        allow_private_addresses=True,
        poll_interval=1.0,
        fetch_timeout=60.0,
        check_timeout=2.0,
    )
    storage = await Storage.open(settings.database)
    resolver = StaticResolver({"stuck.example": "127.0.0.1", "fast.example": "127.0.0.1"})
    stop = asyncio.Event()
    loop: asyncio.Task[None] | None = None
    try:
        async with create_session(
            allow_private=True, connect_timeout=2, total_timeout=60, resolver=resolver
        ) as session:
            shared = SharedParts(
                settings, storage, session, off_loop_in(ThreadPoolExecutor(2)), channel_id="-1"
            )
            stuck = await storage.feeds.add(feed_server.url("stuck.xml", "stuck.example"), now=0)
            await storage.feeds.add(feed_server.url("fast.xml", "fast.example"), now=0)
            scheduler = FeedScheduler(shared, FeedChecker(shared), concurrency=2, per_host=1)
            loop = asyncio.create_task(scheduler.run(stop))
            stuck_host = f"stuck.example:{feed_server.port}"
            async with watch_loop_stalls() as stalls:
                await wait_until(lambda: feed_server.active[stuck_host] == 1, what="stuck fetch")
                started = asyncio.get_running_loop().time()
                await wait_until(
                    lambda: len(feed_server.hits("fast.xml")) >= 4,
                    what="the fast feed checked again and again while the other hangs",
                )
                hanging_for = asyncio.get_running_loop().time() - started
                # The first check was cut off after 2 s, though the server still holds it.
                stored = await storage.feeds.get(stuck.id)
                stop.set()
                await asyncio.wait_for(loop, 10)
    finally:
        stop.set()
        if loop is not None:
            await asyncio.wait_for(loop, 10)
        await storage.close()
    # Four checks of the fast feed (due every second) took less than the stuck answer's 30 s:
    # no cycle waited for the stuck check.
    assert hanging_for < 10
    assert stored is not None and stored.last_error == "the check took more than 2 s"
    assert stored.error_count >= 1
    assert stalls.worst_ms < 100, f"the event loop stalled for {stalls.worst_ms:.0f} ms"


def queued_feed(feed_id: int, host: str) -> Feed:
    return Feed(
        id=feed_id,
        url=f"https://{host}/feed{feed_id}.xml",
        title=None,
        site_url=None,
        etag=None,
        last_modified=None,
        added_at=0,
        last_checked_at=None,
        next_check_at=0,
        last_error=None,
        error_count=0,
        paused=False,
        baselined=True,
        backfill=0,
    )


def test_the_due_queue_hands_out_at_most_per_host_and_takes_turns_between_hosts() -> None:
    queue = DueQueue(per_host=2)
    busy = [queued_feed(n, "busy.example") for n in range(1, 5)]
    other = queued_feed(9, "other.example")
    for feed in [*busy, other]:
        assert queue.add(feed)
    assert not queue.add(busy[0])  # already waiting: queued once
    taken = [queue.take(), queue.take(), queue.take()]
    assert [f.id for f in taken if f] == [1, 9, 2]
    assert queue.take() is None  # busy.example has two under way; other.example none waiting
    queue.done(busy[0])
    freed = queue.take()
    assert freed is not None and freed.id == 3
    assert queue.size == 1 and queue.known == {2, 3, 4, 9}


async def test_the_running_loop_skips_a_feed_paused_while_it_waits_for_a_slot(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    gate = asyncio.Event()
    feed_server.set_feed("first.xml", FEED)
    feed_server.routes["/first.xml"].gate = gate
    feed_server.set_feed("second.xml", FEED)
    feed_server.set_feed("third.xml", FEED)
    settings = Settings(_env_file=None, database=str(tmp_path / "db"), allow_private_addresses=True)
    storage = await Storage.open(settings.database)
    stop = asyncio.Event()
    try:
        async with create_session(allow_private=True, connect_timeout=2, total_timeout=10) as s:
            shared = SharedParts(settings, storage, s, off_loop_in(ThreadPoolExecutor(1)), "-1")
            await storage.feeds.add(feed_server.url("first.xml"), now=0)
            second = await storage.feeds.add(feed_server.url("second.xml"), now=1)
            await storage.feeds.add(feed_server.url("third.xml"), now=2)
            scheduler = FeedScheduler(shared, FeedChecker(shared), concurrency=1, per_host=1)
            loop = asyncio.create_task(scheduler.run(stop))
            await wait_until(lambda: bool(feed_server.active), what="the first fetch under way")
            await storage.feeds.set_paused(second.id, True, now=3)
            gate.set()
            await wait_until(lambda: bool(feed_server.hits("third.xml")), what="the third feed")
            stop.set()
            await asyncio.wait_for(loop, 10)
    finally:
        stop.set()
        await storage.close()
    assert feed_server.hits("second.xml") == []
