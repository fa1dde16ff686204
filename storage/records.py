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
    # An editor settled it with /skip; stored as 'failed' with skipped_at set.
    SKIPPED = "skipped"


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

    @property
    def display_name(self) -> str:
        """The feed's title, or its URL when it has none yet."""
        return self.title or self.url


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
    # Near-duplicate matching: the lead text and its LSH band keys (empty: no text match).
    lead: str = ""
    band_keys: tuple[int, ...] = ()


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
    title: str | None = None
    text_format: str = "html"  # "html" | "plain"
    retryable_errors: int = 0
    updated_at: float | None = None
    last_attempt_at: float | None = None
    sent_at: float | None = None


@dataclass(frozen=True)
class StoppedTarget:
    """A channel newsbot stopped sending to (lost access); its posts wait as `pending`."""

    channel_id: str
    reason: str
    stopped_at: float


@dataclass(frozen=True)
class ServiceCounts:
    """Numbers for /status."""

    feeds: int
    feeds_paused: int
    entries: int
    stories: int
    posts: dict[str, int]
    last_poll_at: float | None
    oldest_pending_at: float | None = None
