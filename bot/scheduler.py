"""The poll loop: due feeds from SQL, checked with a global and a per-host concurrency limit."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable
from dataclasses import replace
from urllib.parse import urlsplit

from bot.checker import CheckOutcome, FeedChecker
from storage.records import Feed, UnchangedCheck

log = logging.getLogger(__name__)

# Unchanged feeds are stored in groups of this many, one transaction each.
UNCHANGED_BATCH = 200
# Starting a check's task costs the loop a little; thousands at once would stall it.
TASKS_PER_STEP = 50


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


class FeedScheduler:
    """Checks due feeds, then sleeps until the next one is due (or it is woken)."""

    def __init__(
        self,
        checker: FeedChecker,
        *,
        concurrency: int,
        per_host: int = 2,
        on_new_posts: Callable[[], None] = lambda: None,
        batch: int = 500,
    ) -> None:
        self.checker = checker
        self.storage = checker.storage
        self.semaphore = asyncio.Semaphore(concurrency)
        self.hosts = HostLimits(per_host)
        self.on_new_posts = on_new_posts
        self.batch = batch
        self.wake = asyncio.Event()
        self._unchanged: list[UnchangedCheck] = []

    async def _check(self, feed: Feed, generation: int) -> CheckOutcome | None:
        # The host's slot is taken before a global one, so feeds of one slow publisher wait
        # among themselves instead of holding the slots every other feed needs.
        async with self.hosts.slot(feed.url), self.semaphore:
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

    async def _flush_unchanged(self) -> None:
        pending, self._unchanged = self._unchanged, []
        await self.storage.feeds.record_unchanged(pending)

    async def poll_once(self) -> list[CheckOutcome]:
        """Check every feed due now, once, a batch at a time."""
        now = self.checker.clock()
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
                tasks = []
                # A task group: should a check raise (a database error, say), the others are
                # cancelled and awaited, not left running against a closing service.
                async with asyncio.TaskGroup() as group:
                    for n, feed in enumerate(due, 1):
                        tasks.append(group.create_task(self._check(feed, generation)))
                        if n % TASKS_PER_STEP == 0:
                            await asyncio.sleep(0)  # let the loop breathe between task starts
                outcomes += [o for o in (t.result() for t in tasks) if o is not None]
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
            now = self.checker.clock()
            interval = self.checker.settings.poll_interval
            delay = interval if next_due is None else min(max(next_due - now, 0.05), interval)
            self.wake.clear()
            waiters = [asyncio.create_task(self.wake.wait()), asyncio.create_task(stop.wait())]
            _, pending = await asyncio.wait(
                waiters, timeout=delay, return_when=asyncio.FIRST_COMPLETED
            )
            for task in pending:
                task.cancel()
