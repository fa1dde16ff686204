"""The poll loop: due feeds from SQL, checked with a global and a per-host concurrency limit."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from urllib.parse import urlsplit

from bot.checker import CheckOutcome, FeedChecker
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

    @asynccontextmanager
    async def slot(self, url: str) -> AsyncIterator[None]:
        """Hold one of the host's slots."""
        host = (urlsplit(url).hostname or "").lower()
        semaphore = self._slots.setdefault(host, asyncio.Semaphore(self.per_host))
        self._users[host] = self._users.get(host, 0) + 1
        try:
            async with semaphore:
                yield
        finally:
            self._users[host] -= 1
            if not self._users[host]:
                del self._users[host], self._slots[host]


class FeedScheduler:
    """Checks due feeds, then sleeps until the next one is due (or it is woken)."""

    def __init__(
        self,
        checker: FeedChecker,
        *,
        concurrency: int,
        per_host: int = 2,
        on_new_posts: Callable[[], None] = lambda: None,
        batch: int = 5000,
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
        if outcome.result and outcome.result.queued_posts:
            self.on_new_posts()
        return outcome

    async def _flush_unchanged(self) -> None:
        pending, self._unchanged = self._unchanged, []
        await self.storage.feeds.record_unchanged(pending)

    async def poll_once(self) -> list[CheckOutcome]:
        """Check every feed due now, once."""
        now = self.checker.clock()
        generation = self.storage.feeds.generation
        due = await self.storage.feeds.due(now, self.batch)
        try:
            results = await asyncio.gather(*(self._check(f, generation) for f in due))
        finally:
            await self._flush_unchanged()
        await self.storage.set_meta("last_poll_at", repr(now))
        return [r for r in results if r is not None]

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
