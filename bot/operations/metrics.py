"""Prometheus metrics of one service: counted where checks and sends happen, the rest read from
storage at each scrape."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.core import CounterMetricFamily
from prometheus_client.registry import Collector

from bot.checker import CheckOutcome, FeedChecker
from bot.compose.baseline import Baseline
from bot.delivery.errors import (
    AmbiguousSendError,
    CannotParseEntities,
    FloodWait,
    MessageTooLong,
    PermanentSendError,
    SendError,
    TargetUnavailable,
)
from bot.delivery.notices import Notify, log_only
from bot.delivery.publishers import OutgoingPost, Publisher
from bot.fetching.http import FetchError, FetchResult
from bot.parsing.feeds import NotAFeed, ParseLimitExceeded
from bot.parsing.models import ParsedFeed
from bot.parts import SharedParts
from storage.records import Feed, PostState, UnchangedCheck
from storage.store import Storage

if TYPE_CHECKING:
    from bot.workers import WorkerPool

# Send latency buckets (seconds): a healthy Bot API answers in tens of milliseconds; a send
# cut off by NEWSBOT_SEND_TIMEOUT lands in the last ones.
SEND_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
LAG_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0)
# Most specific first: the label of the first class an error is an instance of.
_SEND_ERRORS: tuple[tuple[type[SendError], str], ...] = (
    (FloodWait, "flood_wait_429"),
    (TargetUnavailable, "target_unavailable"),
    (CannotParseEntities, "cannot_parse_entities"),
    (MessageTooLong, "message_too_long"),
    (PermanentSendError, "bad_request"),
    (AmbiguousSendError, "no_answer"),
    (SendError, "server_or_network"),
)
# Every label fetch_error_class gives, shown at 0 from the first scrape: FetchError's kinds
# (set where bot/fetching raises them) and the parse's failures.
_FETCH_KINDS = (
    "timeout",
    "connect",
    "network",
    "http_4xx",
    "http_5xx",
    "redirect",
    "too_large",
    "bad_encoding",
    "bad_url",
    "file",
    "gone",
    "retry_later",
    "address_refused",
    "not_a_feed",
    "parse_limit",
    "check_timeout",
    "other",
)


def fetch_error_class(error: Exception) -> str:
    """A short label for why fetching or parsing a feed failed."""
    if isinstance(error, FetchError):
        return error.kind
    if isinstance(error, NotAFeed):
        return "not_a_feed"
    if isinstance(error, ParseLimitExceeded):
        return "parse_limit"
    return "other"


def send_error_class(error: SendError) -> str:
    """A short label for a refusal from Telegram (429s are `flood_wait_429`)."""
    return next(label for kind, label in _SEND_ERRORS if isinstance(error, kind))


class ServiceMetrics:
    """One service's metrics, in a registry of its own (tests run many services in a process)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.feed_checks = Counter(
            "newsbot_feed_checks", "Feed checks by outcome", ["outcome"], registry=r
        )
        self.fetch_errors = Counter(
            "newsbot_fetch_errors", "Failed fetches and parses by class", ["error"], registry=r
        )
        self.entries = Counter("newsbot_entries_recorded", "New entries recorded", registry=r)
        self.stories = Counter("newsbot_stories_recorded", "New stories recorded", registry=r)
        self.queued = Counter("newsbot_posts_queued", "Posts put in the outbox", registry=r)
        self.sends = Counter("newsbot_sends", "Send requests by result", ["result"], registry=r)
        self.telegram_errors = Counter(
            "newsbot_telegram_errors", "Refusals from Telegram by class", ["error"], registry=r
        )
        self.send_seconds = Histogram(
            "newsbot_send_seconds",
            "Time Telegram took to answer a send",
            buckets=SEND_BUCKETS,
            registry=r,
        )
        self.posts = Gauge("newsbot_posts", "Posts in the outbox by state", ["state"], registry=r)
        self.oldest_pending = Gauge(
            "newsbot_outbox_oldest_pending_seconds",
            "Age of the oldest post waiting to be sent (0: none)",
            registry=r,
        )
        self.feeds = Gauge("newsbot_feeds", "Feeds by state", ["state"], registry=r)
        self.loop_lag = Gauge(
            "newsbot_event_loop_lag_seconds", "Last measured event-loop lag", registry=r
        )
        self.loop_lag_seconds = Histogram(
            "newsbot_event_loop_lag", "Event-loop lag", buckets=LAG_BUCKETS, registry=r
        )
        # Every label shown from the start at 0, so rates work from the first scrape. The
        # outcomes' children are kept: labels() looks one up under a lock on every check.
        self._checks_by_outcome = {
            outcome: self.feed_checks.labels(outcome)
            for outcome in ("updated", "unchanged", "deferred", "error")
        }
        for label in _FETCH_KINDS:
            self.fetch_errors.labels(label)
        for result in ("sent", "refused"):
            self.sends.labels(result)
        for _, label in _SEND_ERRORS:
            self.telegram_errors.labels(label)
        # For /healthz (monotonic clock): the last check started and finished, the send in
        # flight and the last one started.
        self.last_check_started = self.last_check_done = time.monotonic()
        self.send_started: float | None = None
        self.last_send_started = time.monotonic()

    def watch_pool(self, pool: WorkerPool) -> None:
        """Export the parse pool's restarts."""
        self.registry.register(_PoolRestarts(pool))

    def count_check(self, outcome: CheckOutcome) -> None:
        """One finished feed check."""
        self.last_check_done = time.monotonic()
        self._checks_by_outcome[outcome.status].inc()
        if outcome.result is not None:
            self.entries.inc(outcome.result.new_entries)
            self.stories.inc(outcome.result.new_stories)
            self.queued.inc(outcome.result.queued_posts)

    async def refresh(self, storage: Storage, now: float) -> None:
        """Read the outbox and the feeds' states, before a scrape."""
        counts = await storage.operating_counts()
        for state in PostState:
            self.posts.labels(state.value).set(counts.posts.get(state, 0))
        oldest = counts.oldest_pending_at
        self.oldest_pending.set(max(0.0, now - oldest) if oldest else 0.0)
        self.feeds.labels("active").set(counts.feeds - counts.feeds_paused)
        self.feeds.labels("paused").set(counts.feeds_paused)


class _PoolRestarts(Collector):
    def __init__(self, pool: WorkerPool) -> None:
        self.pool = pool

    def collect(self) -> Iterator[CounterMetricFamily]:
        yield CounterMetricFamily(
            "newsbot_parse_worker_restarts",
            "Times the parse pool was replaced after a worker was killed",
            value=self.pool.restarts,
        )


class MeasuredChecker(FeedChecker):
    """The feed checker, counting outcomes and fetch and parse errors."""

    def __init__(
        self,
        metrics: ServiceMetrics,
        shared: SharedParts,
        *,
        allow_local_files: bool = False,
        notify: Notify = log_only,
    ) -> None:
        super().__init__(shared, allow_local_files=allow_local_files, notify=notify)
        self.metrics = metrics

    async def check(
        self, feed: Feed, *, unchanged: list[UnchangedCheck] | None = None
    ) -> CheckOutcome:
        """Check one feed (see FeedChecker.check) and count what happened."""
        self.metrics.last_check_started = time.monotonic()
        outcome = await super().check(feed, unchanged=unchanged)
        self.metrics.count_check(outcome)
        return outcome

    async def record_overrun(self, feed: Feed, seconds: float) -> CheckOutcome:
        """A check the scheduler cut off (see FeedChecker.record_overrun), counted."""
        outcome = await super().record_overrun(feed, seconds)
        self.metrics.fetch_errors.labels("check_timeout").inc()
        self.metrics.count_check(outcome)
        return outcome

    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """Fetch (see FeedChecker.fetch), counting failures by class."""
        try:
            return await super().fetch(url, etag=etag, last_modified=last_modified)
        except FetchError as exc:
            self.metrics.fetch_errors.labels(fetch_error_class(exc)).inc()
            raise

    async def parse(self, fetched: FetchResult, *, post_details: bool = True) -> ParsedFeed:
        """Parse (see FeedChecker.parse), counting failures by class."""
        try:
            return await super().parse(fetched, post_details=post_details)
        except (NotAFeed, ParseLimitExceeded) as exc:
            self.metrics.fetch_errors.labels(fetch_error_class(exc)).inc()
            raise

    async def parse_baseline(self, feed: Feed, fetched: FetchResult, *, now: float) -> Baseline:
        """A first check's parse (see FeedChecker.parse_baseline), counting failures by class."""
        try:
            return await super().parse_baseline(feed, fetched, now=now)
        except (NotAFeed, ParseLimitExceeded) as exc:
            self.metrics.fetch_errors.labels(fetch_error_class(exc)).inc()
            raise


class MeasuredPublisher:
    """A publisher that times each request and counts Telegram's refusals."""

    def __init__(self, inner: Publisher, metrics: ServiceMetrics) -> None:
        self.inner = inner
        self.metrics = metrics

    async def send(self, post: OutgoingPost, *, plain: bool = False) -> int:
        """Send through the inner publisher, measured."""
        metrics = self.metrics
        started = metrics.send_started = metrics.last_send_started = time.monotonic()
        try:
            message_id = await self.inner.send(post, plain=plain)
        except SendError as exc:
            metrics.sends.labels("refused").inc()
            metrics.telegram_errors.labels(send_error_class(exc)).inc()
            raise
        finally:
            metrics.send_seconds.observe(time.monotonic() - started)
            metrics.send_started = None
        metrics.sends.labels("sent").inc()
        return message_id

    async def amend_sent_message(
        self, post: OutgoingPost, message_id: int, *, plain: bool = False
    ) -> None:
        """Edit through the inner publisher, counting refusals."""
        try:
            await self.inner.amend_sent_message(post, message_id, plain=plain)
        except SendError as exc:
            self.metrics.telegram_errors.labels(send_error_class(exc)).inc()
            raise

    def ready_in(self, chat_id: str) -> float:
        """As the inner publisher's pacing says."""
        return self.inner.ready_in(chat_id)


async def watch_loop_lag(metrics: ServiceMetrics, stop: asyncio.Event, every: float = 0.5) -> None:
    """Measure how late the event loop wakes a sleeper: its lag, until `stop`."""
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        asked = loop.time()
        await asyncio.sleep(every)
        lag = max(0.0, loop.time() - asked - every)
        metrics.loop_lag.set(lag)
        metrics.loop_lag_seconds.observe(lag)
