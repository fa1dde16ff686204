"""Checking one feed: fetch, parse and prepare off the event loop, then one storage transaction."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Collection
from concurrent.futures import Executor
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

import aiohttp

from bot.compose import prepare_entries
from bot.config import Settings
from bot.fetch import FetchError, FetchResult, fetch_feed, read_local_source
from bot.filters import FilterRule
from bot.models import FeedEntry, ParsedFeed
from bot.parse import NotAFeed, parse_feed
from bot.pipeline import (
    PreparedPost,
    RoutingPlan,
    TargetPlan,
    entries_to_store,
    select_new_entries,
    source_name,
)
from bot.similarity import story_similarity
from bot.voice import Voice
from storage.records import Feed, IngestResult, StoredFilter
from storage.store import Storage
from storage.stories import FeedCheck

log = logging.getLogger(__name__)

T = TypeVar("T")
# Errors back off exponentially from the poll interval, up to a day.
MAX_BACKOFF = 24 * 3600.0
# Prefix of a recorded error that is newsbot's fault, not the feed's.
INTERNAL_ERROR = "internal error"


@dataclass(frozen=True)
class CheckOutcome:
    """What one check of one feed did."""

    feed_id: int
    status: str  # "updated" | "unchanged" | "error"
    result: IngestResult | None = None
    error: str | None = None
    parsed: ParsedFeed | None = None


class FeedChecker:
    """Runs the pipeline for one feed at a time; shared by the scheduler, /add and the CLI."""

    def __init__(
        self,
        settings: Settings,
        storage: Storage,
        session: aiohttp.ClientSession,
        executor: Executor | None,
        *,
        channel_id: str,
        allow_local_files: bool = False,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.settings = settings
        self.storage = storage
        self.session = session
        self.executor = executor
        self.channel_id = channel_id
        self.allow_local_files = allow_local_files
        self.clock = clock

    async def _off_loop(self, func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, partial(func, *args, **kwargs))

    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """Fetch a feed URL (or, for the operator's CLI, a local file)."""
        if self.allow_local_files and url.startswith("file:"):
            return read_local_source(url, max_bytes=self.settings.max_feed_bytes)
        return await fetch_feed(
            self.session,
            url,
            etag=etag,
            last_modified=last_modified,
            max_bytes=self.settings.max_feed_bytes,
            allow_private=self.settings.allow_private_addresses,
        )

    async def parse(self, fetched: FetchResult) -> ParsedFeed:
        """Parse fetched bytes in the worker pool."""
        return await self._off_loop(
            parse_feed, fetched.body, url=fetched.url, headers=dict(fetched.headers)
        )

    def _backoff(self, feed: Feed, now: float) -> float:
        delay = self.settings.poll_interval * (2 ** min(feed.error_count, 16))
        return now + max(float(self.settings.poll_interval), min(float(delay), MAX_BACKOFF))

    async def check(self, feed: Feed) -> CheckOutcome:
        """Fetch, parse and store one feed; errors are recorded on the feed, never raised."""
        now = self.clock()
        try:
            fetched = await self.fetch(feed.url, etag=feed.etag, last_modified=feed.last_modified)
            if fetched.not_modified:
                await self.storage.feeds.record_unchanged(
                    feed.id, now=now, next_check_at=now + self.settings.poll_interval
                )
                return CheckOutcome(feed.id, "unchanged")
            parsed = await self.parse(fetched)
        except (FetchError, NotAFeed) as exc:
            return await self._record_error(feed, str(exc), now)
        except Exception as exc:  # a parser bug must not stop the scheduler
            log.exception("feed #%d: unexpected error", feed.id)
            return await self._record_error(
                feed, f"{INTERNAL_ERROR}: {type(exc).__name__}: {exc}", now
            )
        result = await self.ingest(feed, fetched, parsed, now=now)
        return CheckOutcome(feed.id, "updated", result=result, parsed=parsed)

    async def _record_error(self, feed: Feed, error: str, now: float) -> CheckOutcome:
        log.warning("feed #%d %s: %s", feed.id, feed.url, error)
        await self.storage.feeds.record_error(
            feed.id, error, now=now, next_check_at=self._backoff(feed, now)
        )
        return CheckOutcome(feed.id, "error", error=error)

    async def ingest(
        self, feed: Feed, fetched: FetchResult, parsed: ParsedFeed, *, now: float
    ) -> IngestResult:
        """Record what a changed feed holds; new stories get outbox rows."""
        keys = [e.key for e in parsed.entries]
        known = await self.storage.stories.known_entry_keys(feed.id, keys)
        selection = select_new_entries(
            parsed, known, baselined=feed.baselined, backfill=feed.backfill
        )
        # Every new entry is fingerprinted (story matching); only postable ones are rendered.
        prepared = (
            await self.prepare(feed, parsed, list(selection.entries), selection.postable)
            if selection.entries
            else []
        )
        check = FeedCheck(
            feed_id=feed.id,
            title=parsed.title,
            site_url=parsed.site_url,
            etag=fetched.etag,
            last_modified=fetched.last_modified,
            checked_at=now,
            next_check_at=now + self.settings.poll_interval,
        )
        result = await self.storage.stories.ingest(
            check,
            entries_to_store(selection, prepared),
            channel_id=self.channel_id,
            baseline=selection.baseline,
            similarity=story_similarity,
            window_start=now - self.settings.story_window_days * 86400,
            record_carriers=self.settings.edit_also_carried,
        )
        if result.new_entries:
            log.info(
                "feed #%d: %d new entries, %d new stories, %d queued, %d joined known stories",
                feed.id,
                result.new_entries,
                result.new_stories,
                result.queued_posts,
                result.joined_stories,
            )
        return result

    async def routing_plan(self, feed_id: int) -> RoutingPlan:
        """The feed's targets in their current voice, and the filters of both, read now."""
        storage = self.storage
        targets = await storage.targets.for_feed(
            feed_id, default_chat=self.channel_id, now=self.clock()
        )
        feed_rules, target_rules = await storage.filters.for_feed(feed_id, [t.id for t in targets])
        return RoutingPlan(
            targets=tuple(
                TargetPlan(
                    target_id=t.id,
                    chat_id=t.chat_id,
                    thread_id=t.thread_id,
                    voice=Voice(t.template, t.footer, t.link_preview, t.button),
                    rules=_rules(target_rules[t.id]),
                )
                for t in targets
            ),
            feed_rules=_rules(feed_rules),
            article_mode=await storage.targets.article_mode(feed_id),
        )

    async def prepare(
        self,
        feed: Feed,
        parsed: ParsedFeed,
        entries: list[FeedEntry],
        postable: Collection[str] | None = None,
    ) -> list[PreparedPost]:
        """Fingerprints, summaries and posts per target, off the loop; teasers are completed
        from the page."""
        plan = await self.routing_plan(feed.id)
        return await prepare_entries(
            self._off_loop,
            self.session,
            self.settings,
            entries,
            source=source_name(parsed.title, feed.url),
            source_url=parsed.site_url,
            language=parsed.language,
            plan=plan,
            article_mode=plan.article_mode,
            postable=postable,
        )


def _rules(stored: list[StoredFilter]) -> tuple[FilterRule, ...]:
    return tuple(FilterRule(f.kind, f.pattern, f.scope, f.id) for f in stored)
