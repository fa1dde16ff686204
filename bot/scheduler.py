"""The poll loop: each feed checked when due, within a global and a per-host concurrency limit.

There is no cycle: a check starts as soon as its feed is due and a slot is free, so one slow
or stuck check holds one slot and delays nobody else's.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections import deque
from collections.abc import Callable, Collection
from dataclasses import replace
from urllib.parse import urlsplit

from bot.checker import CheckOutcome, FeedChecker
from bot.fetching.deadlines import deadline
from bot.parts import SharedParts
from storage.records import Feed, UnchangedCheck

log = logging.getLogger(__name__)

# Unchanged feeds are stored in groups of up to this many, one transaction each.
UNCHANGED_BATCH = 200
# The loop looks for newly due feeds at most this often (unless woken), so a steady trickle
# of due feeds costs a few queries a second, not one per feed.
LOOK_GAP = 0.2
# How often the time of the latest look is stored (one small write; /status shows it).
RECORD_LOOK_EVERY = 5.0
# A feed whose check raised (a database error, say) is not tried again before this.
HOLD_AFTER_FAILURE = 60.0


@functools.lru_cache(maxsize=16384)
def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


class HostLimits:
    """One semaphore per host, created on demand and dropped when nobody uses it."""

    def __init__(self, per_host: int) -> None:
        self.per_host = per_host
        self._slots: dict[str, asyncio.Semaphore] = {}
        self._users: dict[str, int] = {}

    def slot(self, url: str) -> _HostSlot:
        """`async with limits.slot(url)`: hold one of the URL's host's slots."""
        return _HostSlot(self, _host(url))


class _HostSlot:
    # A plain class rather than @asynccontextmanager: it is entered for every check.
    def __init__(self, limits: HostLimits, host: str) -> None:
        self.limits = limits
        self.host = host

    async def __aenter__(self) -> None:
        limits, host = self.limits, self.host
        semaphore = limits._slots.get(host)
        if semaphore is None:
            semaphore = limits._slots[host] = asyncio.Semaphore(limits.per_host)
        limits._users[host] = limits._users.get(host, 0) + 1
        try:
            await semaphore.acquire()
        except BaseException:
            self._leave()
            raise

    async def __aexit__(self, *exc: object) -> None:
        self.limits._slots[self.host].release()
        self._leave()

    def _leave(self) -> None:
        users = self.limits._users
        users[self.host] -= 1
        if not users[self.host]:
            del users[self.host], self.limits._slots[self.host]


class DueQueue:
    """Due feeds waiting for a slot, by host; at most `per_host` of one host are handed out."""

    def __init__(self, per_host: int) -> None:
        self.per_host = per_host
        self.waiting: dict[str, deque[Feed]] = {}
        self.busy: dict[str, int] = {}
        self.ready: deque[str] = deque()  # hosts with a feed waiting and a slot free
        self.known: set[int] = set()  # feeds waiting or handed out
        self.size = 0
        self.added = 0  # feeds ever queued

    def add(self, feed: Feed) -> bool:
        """Queue a feed unless it is already waiting or being checked."""
        if feed.id in self.known:
            return False
        host = _host(feed.url)
        if host not in self.waiting:
            self.waiting[host] = deque()
            if self.busy.get(host, 0) < self.per_host:
                self.ready.append(host)
        self.waiting[host].append(feed)
        self.known.add(feed.id)
        self.size += 1
        self.added += 1
        return True

    def take(self) -> Feed | None:
        """The next feed whose host has a free slot, or None."""
        if not self.ready:
            return None
        host = self.ready.popleft()
        waiting = self.waiting[host]
        feed = waiting.popleft()
        self.size -= 1
        self.busy[host] = self.busy.get(host, 0) + 1
        if not waiting:
            del self.waiting[host]
        elif self.busy[host] < self.per_host:
            self.ready.append(host)
        return feed

    def done(self, feed: Feed) -> None:
        """A check handed out by take() is over: its host's slot is free again."""
        host = _host(feed.url)
        self.known.discard(feed.id)
        self.busy[host] -= 1
        if host in self.waiting and self.busy[host] == self.per_host - 1:
            self.ready.append(host)  # it was full, so it was not among the ready hosts
        if not self.busy[host]:
            del self.busy[host]


class FeedScheduler:
    """Starts each feed's check when it is due; `poll_once` checks the feeds due now, once."""

    def __init__(
        self,
        shared: SharedParts,
        checker: FeedChecker,
        *,
        concurrency: int,
        per_host: int = 2,
        on_new_posts: Callable[[], None] = lambda: None,
        batch: int = 500,
    ) -> None:
        self.checker = checker
        self.storage = shared.storage
        self.clock = shared.clock
        self.poll_interval = shared.settings.poll_interval
        # A backstop over the check's own bounds (fetch deadline, parse CPU time, pages).
        self.check_timeout = shared.settings.check_timeout
        self.concurrency = concurrency
        self.per_host = per_host
        self.on_new_posts = on_new_posts
        self.batch = batch
        self.wake = asyncio.Event()
        self._unchanged: list[UnchangedCheck] = []

    async def _check(self, feed: Feed, generation: int) -> CheckOutcome | None:
        if self.storage.feeds.generation != generation:
            # An admin changed feeds while this one waited: it may be paused or gone.
            fresh = await self.storage.feeds.get(feed.id)
            if fresh is None or fresh.paused:
                return None
            feed = fresh
        # Its own list: self._unchanged may be swapped for a fresh one while this check runs.
        unchanged: list[UnchangedCheck] = []
        try:
            async with deadline(self.check_timeout):  # shared timer: fetching/deadlines.py
                outcome = await self.checker.check(feed, unchanged=unchanged)
        except TimeoutError:
            outcome = await self.checker.record_overrun(feed, self.check_timeout)
        self._unchanged.extend(unchanged)
        if len(self._unchanged) >= UNCHANGED_BATCH:
            await self._flush_unchanged()
        # New posts, or stories that another site joined (an "Also carried by" edit).
        if outcome.result and (outcome.result.queued_posts or outcome.result.joined_stories):
            self.on_new_posts()
        # The parsed feed stays behind: thousands of parsed feeds held together cost memory
        # and make garbage collection pause the loop.
        return outcome if outcome.parsed is None else replace(outcome, parsed=None)

    async def _flush_unchanged(self) -> None:
        pending, self._unchanged = self._unchanged, []
        await self.storage.feeds.record_unchanged(pending)

    async def _look(
        self, queue: DueQueue, now: float, skip: Collection[int] = (), page: int | None = None
    ) -> bool:
        """Queue up to `page` (default `batch`) feeds due at `now`; True when there may be
        more than one query returned."""
        # Unchanged checks not yet stored still look due in SQL: store them first (and skip
        # those that end while this runs).
        await self._flush_unchanged()
        limit = (page or self.batch) + len(queue.known) + len(skip) + UNCHANGED_BATCH
        due = await self.storage.feeds.due(now, limit)
        unstored = {u.feed_id for u in self._unchanged}
        for feed in due:
            if feed.id not in skip and feed.id not in unstored:
                queue.add(feed)
        return len(due) == limit

    def _start(
        self,
        queue: DueQueue,
        running: dict[asyncio.Task[CheckOutcome | None], Feed],
        start: Callable[[Feed], asyncio.Task[CheckOutcome | None]],
    ) -> None:
        while len(running) < self.concurrency and (feed := queue.take()) is not None:
            running[start(feed)] = feed

    async def poll_once(self) -> list[CheckOutcome]:
        """Check every feed due now, once (`run --once`, tests, bench); their outcomes."""
        once = _Once(self)
        try:
            await once.run()
        finally:
            await self._flush_unchanged()
        await self.storage.set_meta("last_poll_at", repr(once.now))
        return once.outcomes

    async def run(self, stop: asyncio.Event) -> None:
        """Check feeds as they fall due until `stop`; a failing check is logged, never fatal."""
        flow = _Flow(self, stop)
        try:
            await flow.run()
        finally:
            await flow.close()
            await self._flush_unchanged()


class _Once:
    """The state of `FeedScheduler.poll_once`: the queue, its workers, the next page."""

    # `concurrency` workers take feeds from the queue, rather than a task a check started
    # and awaited by one loop: fewer tasks and wake-ups over thousands of unchanged feeds.
    def __init__(self, scheduler: FeedScheduler) -> None:
        self.scheduler = scheduler
        self.now = scheduler.clock()
        self.queue = DueQueue(scheduler.per_host)
        self.outcomes: list[CheckOutcome] = []
        self.attempted: set[int] = set()  # every feed queued in this round
        self.more = True  # the last look filled its page: more feeds may be due
        self.looking = False
        self.changed = asyncio.Event()  # feeds queued or a host's slot freed
        self.waiting = 0  # workers waiting for `changed`
        self.generation = scheduler.storage.feeds.generation

    async def run(self) -> None:
        # A task group: should a check raise (a database error, say), the other workers are
        # cancelled and awaited, not left running against a closing service.
        async with asyncio.TaskGroup() as self.group:
            self._look_when_low()
            for _ in range(self.scheduler.concurrency):
                self.group.create_task(self._work())

    def _look_when_low(self) -> None:
        # The next page is read while the queued checks run, not between them.
        if self.more and not self.looking and self.queue.size < self.scheduler.batch // 2:
            self.looking = True
            self.group.create_task(self._look())

    async def _look(self) -> None:
        queue, added = self.queue, self.queue.added
        # The first page is small, so checks start as soon as a few feeds are read.
        page = self.scheduler.concurrency if not self.attempted else None
        try:
            filled = await self.scheduler._look(queue, self.now, skip=self.attempted, page=page)
        finally:
            self.looking = False
        self.attempted.update(queue.known)
        # Another look may find more when this one filled its page and added some.
        self.more = filled and queue.added > added
        self.changed.set()
        self._look_when_low()

    async def _work(self) -> None:
        queue = self.queue
        while True:
            feed = queue.take()
            self._look_when_low()
            if feed is None:
                if not queue.size and not self.looking:
                    return  # nothing queued, and nothing more will be
                # A look is under way, or every waiting host's slots are busy.
                self.waiting += 1
                self.changed.clear()
                try:
                    await self.changed.wait()
                finally:
                    self.waiting -= 1
                continue
            try:
                outcome = await self.scheduler._check(feed, self.generation)
            finally:
                queue.done(feed)
            if outcome is not None:
                self.outcomes.append(outcome)
            if self.waiting:
                self.changed.set()  # this host's slot is free, or the round is over


class _Flow:
    """The state of `FeedScheduler.run`: the queue, the checks under way, the next look."""

    def __init__(self, scheduler: FeedScheduler, stop: asyncio.Event) -> None:
        self.scheduler = scheduler
        self.stop = stop
        self.queue = DueQueue(scheduler.per_host)
        self.running: dict[asyncio.Task[CheckOutcome | None], Feed] = {}
        self.held: dict[int, float] = {}  # feed id → when its check may be tried again
        self.looked: dict[int, int] = {}  # queued feed id → feeds' generation when read
        self.more = False  # the last look filled its page: more feeds may be due
        self.next_look = 0.0
        self.last_look = self.recorded_look = float("-inf")
        self.finished = asyncio.Event()  # a check ended (set by the tasks' done callback)

    async def run(self) -> None:
        scheduler, clock = self.scheduler, self.scheduler.clock
        stopping = asyncio.create_task(self.stop.wait())
        try:
            while not self.stop.is_set():
                now = clock()
                woken = scheduler.wake.is_set()
                if woken or self._time_to_look(now):
                    scheduler.wake.clear()
                    await self._look(now)
                scheduler._start(self.queue, self.running, self._spawn)
                await self._wait(stopping, self._timeout(clock()))
        finally:
            stopping.cancel()

    def _time_to_look(self, now: float) -> bool:
        if self.more and self.queue.size < self.scheduler.batch // 2:
            return True
        return now >= self.next_look and now - self.last_look >= LOOK_GAP

    async def _look(self, now: float) -> None:
        scheduler = self.scheduler
        self.held = {i: t for i, t in self.held.items() if t > now}
        generation = scheduler.storage.feeds.generation
        try:
            known = set(self.queue.known)
            self.more = await scheduler._look(self.queue, now, skip=self.held)
            self.looked.update(dict.fromkeys(self.queue.known - known, generation))
            later = await scheduler.storage.feeds.next_due_after(now)
            if now - self.recorded_look >= RECORD_LOOK_EVERY:  # /status: "Last poll"
                await scheduler.storage.set_meta("last_poll_at", repr(now))
                self.recorded_look = now
        except Exception:
            log.exception("could not read which feeds are due")
            self.more, later = False, now + LOOK_GAP * 10
        interval = scheduler.poll_interval
        self.next_look = now + interval if later is None else min(later, now + interval)
        self.last_look = now

    def _timeout(self, now: float) -> float:
        if self.more and self.queue.size < self.scheduler.batch // 2:
            return 0.0
        return max(self.next_look - now, self.last_look + LOOK_GAP - now, 0.0)

    def _spawn(self, feed: Feed) -> asyncio.Task[CheckOutcome | None]:
        # The generation when the feed was read: a change since makes _check read it again.
        generation = self.looked.pop(feed.id, -1)
        task = asyncio.create_task(self.scheduler._check(feed, generation), name=f"check-{feed.id}")
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[CheckOutcome | None]) -> None:
        feed = self.running.pop(task)
        self.queue.done(feed)
        if not task.cancelled() and (error := task.exception()) is not None:
            log.error("check of feed #%d failed", feed.id, exc_info=error)
            self.held[feed.id] = self.scheduler.clock() + HOLD_AFTER_FAILURE
        self.finished.set()

    async def _wait(self, stopping: asyncio.Task[bool], seconds: float) -> None:
        # Until a check ends, an admin wakes the scheduler, it is stopped, or the next look.
        if self.finished.is_set():
            self.finished.clear()
            return
        waiters = [
            asyncio.create_task(self.finished.wait()),
            asyncio.create_task(self.scheduler.wake.wait()),
        ]
        try:
            await asyncio.wait([stopping, *waiters], timeout=seconds, return_when="FIRST_COMPLETED")
        finally:
            for waiter in waiters:
                waiter.cancel()
        self.finished.clear()

    async def close(self) -> None:
        """Cancel the checks under way (each rolls its transaction back) and wait for them."""
        tasks = list(self.running)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
