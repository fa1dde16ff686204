"""Plain records passed between storage and the rest of the service."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class PostState(StrEnum):
    """Outbox states; see DESIGN.md (Guarantees)."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    UNCONFIRMED = "unconfirmed"


@dataclass(frozen=True)
class Feed:
    """A subscribed feed and its check state."""

    id: int
    url: str
    title: str | None
    site_url: str | None
    etag: str | None
    last_modified: str | None
    added_at: float
    last_checked_at: float | None
    next_check_at: float
    last_error: str | None
    error_count: int
    paused: bool
    baselined: bool
    backfill: int
    # Seconds between checks set with /interval; None: the operator's NEWSBOT_POLL_INTERVAL.
    interval_seconds: float | None = None
    ttl_seconds: float | None = None
    body_hash: str | None = None
    # Why newsbot paused the feed itself; None when it is active or an admin paused it.
    paused_reason: str | None = None
    redirect_url: str | None = None
    redirect_count: int = 0

    @property
    def display_name(self) -> str:
        """The feed's title, or its URL when it has none yet."""
        return self.title or self.url


@dataclass(frozen=True)
class UnchangedCheck:
    """A check that found the feed as it was (304, same ETag or same body): only state moves."""

    feed_id: int
    checked_at: float
    next_check_at: float
    etag: str | None
    last_modified: str | None


@dataclass(frozen=True)
class EntryToStore:
    """One feed entry not seen before, ready to be recorded (and maybe posted)."""

    entry_key: str
    title: str
    link: str | None
    canonical_url: str | None
    # Every URL key that identifies the story (canonical link first).
    url_keys: tuple[str, ...]
    published_at: float | None
    # Rendered message, or None when this entry must not be posted (baseline).
    post_text: str | None


@dataclass(frozen=True)
class IngestResult:
    """What one ingest transaction did."""

    new_entries: int = 0
    new_stories: int = 0
    queued_posts: int = 0
    # Entries that joined an existing story (the same article through another feed or link).
    joined_stories: int = 0
    queued_post_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class OutboxPost:
    """A post waiting in (or done with) the outbox."""

    id: int
    story_id: int
    entry_id: int | None
    channel_id: str
    state: PostState
    text: str
    message_id: int | None
    attempts: int
    last_error: str | None
    created_at: float


@dataclass(frozen=True)
class ServiceCounts:
    """Numbers for /status."""

    feeds: int
    feeds_paused: int
    entries: int
    stories: int
    posts: dict[str, int]
    last_poll_at: float | None
