"""The poll loop: due feeds from SQL, checked with a global and a per-host concurrency limit."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections import deque
from collections.abc import Callable
from dataclasses import replace
from urllib.parse import urlsplit

from bot.checker import CheckOutcome, FeedChecker
from bot.parts import SharedParts
from storage.records import Feed, UnchangedCheck

log = logging.getLogger(__name__)

# Unchanged feeds are stored in groups of this many, one transaction each.
UNCHANGED_BATCH = 200


class HostLimits:
    """One semaphore per host, created on demand and dropped when nobody uses it."""

    def __init__(self, per_host: int) -> None:
        self.per_host = per_host
        self._slots: dict[str, asyncio.Semaphore] = {}
        self._users: dict[str, int] = {}

    def slot(self, url: str) -> _HostSlot:
        """`async with limits.slot(url)`: hold one of the URL's host's slots."""
        return _HostSlot(self, _host(url))


@functools.lru_cache(maxsize=16384)
def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


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


class _Dispatch:
    """Hands a batch's feeds to the checkers, at most `per_host` of one host at a time."""

    def __init__(self, feeds: list[Feed], per_host: int) -> None:
        self.per_host = per_host
        self.waiting: dict[str, deque[Feed]] = {}
        for feed in feeds:
            self.waiting.setdefault(_host(feed.url), deque()).append(feed)
        self.busy = dict.fromkeys(self.waiting, 0)
        self.ready = deque(self.waiting)  # hosts with a feed waiting and a slot free
        self.left = len(feeds)
        self.freed = asyncio.Event()

    def take(self) -> tuple[str, Feed] | None:
        """The next feed whose host has a free slot, and that host; None if there is none."""
        if not self.ready:
            return None
        host = self.ready.popleft()
        feed = self.waiting[host].popleft()
        self.busy[host] += 1
        self.left -= 1
        if self.waiting[host] and self.busy[host] < self.per_host:
            self.ready.append(host)
        return host, feed

    def release(self, host: str) -> None:
        """A check on `host` is over: its slot is free again."""
        self.busy[host] -= 1
        if self.waiting[host] and self.busy[host] == self.per_host - 1:
            self.ready.append(host)  # it was full, so it was not among the ready hosts
        self.freed.set()


class FeedScheduler:
    """Checks due feeds, then sleeps until the next one is due (or it is woken)."""

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
        outcome = await self.checker.check(feed, unchanged=self._unchanged)
        if len(self._unchanged) >= UNCHANGED_BATCH:
            await self._flush_unchanged()
        # New posts, or stories that another site joined (an "Also carried by" edit).
        if outcome.result and (outcome.result.queued_posts or outcome.result.joined_stories):
            self.on_new_posts()
        # The parsed feed stays behind: a cycle keeps its outcomes, and thousands of parsed
        # feeds held together cost memory and make garbage collection pause the loop.
        return outcome if outcome.parsed is None else replace(outcome, parsed=None)

    async def _checker(
        self, dispatch: _Dispatch, generation: int, outcomes: list[CheckOutcome]
    ) -> None:
        # One of `concurrency` checkers: takes feeds whose host has room until none are left.
        while dispatch.left:
            taken = dispatch.take()
            if taken is None:
                # Every host with feeds left is at its limit: wait for a slot to free up.
                dispatch.freed.clear()
                await dispatch.freed.wait()
                continue
            host, feed = taken
            try:
                outcome = await self._check(feed, generation)
            finally:
                dispatch.release(host)
            if outcome is not None:
                outcomes.append(outcome)

    async def _flush_unchanged(self) -> None:
        pending, self._unchanged = self._unchanged, []
        await self.storage.feeds.record_unchanged(pending)

    async def poll_once(self) -> list[CheckOutcome]:
        """Check every feed due now, once, a batch at a time."""
        now = self.clock()
        outcomes: list[CheckOutcome] = []
        attempted: set[int] = set()
        try:
            while True:
                generation = self.storage.feeds.generation
                due = [
                    f
                    for f in await self.storage.feeds.due(now, self.batch)
                    if f.id not in attempted
                ]
                if not due:
                    break
                attempted.update(f.id for f in due)
                dispatch = _Dispatch(due, self.per_host)
                # A task group: should a check raise (a database error, say), the others are
                # cancelled and awaited, not left running against a closing service.
                async with asyncio.TaskGroup() as group:
                    for _ in range(min(self.concurrency, len(due))):
                        group.create_task(self._checker(dispatch, generation, outcomes))
        finally:
            await self._flush_unchanged()
        await self.storage.set_meta("last_poll_at", repr(now))
        return outcomes

    async def run(self, stop: asyncio.Event) -> None:
        """Poll until `stop`; a failing cycle is logged and retried, never fatal."""
        while not stop.is_set():
            try:
                await self.poll_once()
            except Exception:
                log.exception("poll cycle failed")
            next_due = await self.storage.feeds.next_due_at()
            now = self.clock()
            interval = self.poll_interval
            delay = interval if next_due is None else min(max(next_due - now, 0.05), interval)
            self.wake.clear()
            waiters = [asyncio.create_task(self.wake.wait()), asyncio.create_task(stop.wait())]
            _, pending = await asyncio.wait(
                waiters, timeout=delay, return_when=asyncio.FIRST_COMPLETED
            )
            for task in pending:
                task.cancel()
