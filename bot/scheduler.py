"""The poll loop: due feeds from SQL, checked with bounded concurrency."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from bot.checker import CheckOutcome, FeedChecker

log = logging.getLogger(__name__)


class FeedScheduler:
    """Checks due feeds, then sleeps until the next one is due (or it is woken)."""

    def __init__(
        self,
        checker: FeedChecker,
        *,
        concurrency: int,
        on_new_posts: Callable[[], None] = lambda: None,
        batch: int = 500,
    ) -> None:
        self.checker = checker
        self.storage = checker.storage
        self.semaphore = asyncio.Semaphore(concurrency)
        self.on_new_posts = on_new_posts
        self.batch = batch
        self.wake = asyncio.Event()

    async def _check(self, feed_id: int) -> CheckOutcome | None:
        async with self.semaphore:
            # Re-read: the feed may have been paused or removed while waiting.
            feed = await self.storage.feeds.get(feed_id)
            if feed is None or feed.paused:
                return None
            outcome = await self.checker.check(feed)
        # New posts, or stories that another site joined (an "Also carried by" edit).
        if outcome.result and (outcome.result.queued_posts or outcome.result.joined_stories):
            self.on_new_posts()
        return outcome

    async def poll_once(self) -> list[CheckOutcome]:
        """Check every feed due now, once."""
        now = self.checker.clock()
        due = await self.storage.feeds.due(now, self.batch)
        results = await asyncio.gather(*(self._check(f.id) for f in due))
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
