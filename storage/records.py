"""Plain records passed between storage and the rest of the service."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

# The values of these enums are what SQLite stores, so databases written before them read as
# they are. Python 3.11's `in` refuses a plain str on an enum class: test membership against
# the tuples beside them.


class PostState(StrEnum):
    """Outbox states: pending → sending → sent | failed | unconfirmed, or an editor's skipped."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    UNCONFIRMED = "unconfirmed"
    # An editor settled it with /skip (a state of its own since migration 0007).
    SKIPPED = "skipped"


class TextFormat(StrEnum):
    """How a post's text is sent: Telegram HTML, or plain once its HTML was refused."""

    HTML = "html"
    PLAIN = "plain"


class PreviewMode(StrEnum):
    """A target's link preview: Telegram's choice (auto), none, small, large, large above."""

    AUTO = "auto"
    OFF = "off"
    SMALL = "small"
    LARGE = "large"
    ABOVE = "above"


class ArticleMode(StrEnum):
    """When a feed's article pages are fetched: for teasers (auto), always, never."""

    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


class FilterKind(StrEnum):
    """What a filter rule does with the entries it matches: keeps only them, or keeps them out."""

    INCLUDE = "include"
    EXCLUDE = "exclude"


FILTER_KINDS: tuple[FilterKind, ...] = tuple(FilterKind)
PREVIEW_MODES: tuple[PreviewMode, ...] = tuple(PreviewMode)
ARTICLE_MODES: tuple[ArticleMode, ...] = tuple(ArticleMode)


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
    # The name posts credit the site by, where it came from (see bot.attribution.site_names
    # NameSource) and when the home page was last read for it.
    site_name: str | None = None
    site_name_source: str | None = None
    site_name_read_at: float | None = None
    # The scheme its stored entries were keyed by (bot.parsing.identity.KEY_SCHEME); 0: older.
    key_scheme: int = 0

    @property
    def display_name(self) -> str:
        """The feed's title, or its URL when it has none yet."""
        return self.title or self.url

    @property
    def credited_name(self) -> str:
        """The site's name as posts credit it; the title or URL before the first check."""
        return self.site_name or self.display_name


@dataclass(frozen=True)
class PostToQueue:
    """One rendered post of an entry, for one target (a chat, or a topic in it)."""

    channel_id: str
    thread_id: int | None
    text: str
    media_url: str | None = None
    # Sending options and the post's content, as JSON the storage does not read.
    options: str | None = None
    content: str | None = None


@dataclass(frozen=True)
class FilteredBy:
    """A filter kept the entry from a target (target_id None: from every target)."""

    target_id: int | None
    rule: str


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
    # Appeared after its feed's baseline (or was backfilled): its `posts` may be queued.
    postable: bool = False
    posts: tuple[PostToQueue, ...] = ()
    filtered: tuple[FilteredBy, ...] = ()
    # Near-duplicate matching: the lead text and its LSH band keys (empty: no text match).
    lead: str = ""
    band_keys: tuple[int, ...] = ()
    # An item the feed held before under a key an older newsbot made: recorded as seen.
    rekeyed: bool = False


@dataclass(frozen=True)
class KnownEntry:
    """A recorded entry of a feed, as far as telling it again under another key needs."""

    entry_key: str
    title: str
    link: str | None
    canonical_url: str | None
    published_at: float | None


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
    text_format: TextFormat = TextFormat.HTML
    retryable_errors: int = 0
    updated_at: float | None = None
    last_attempt_at: float | None = None
    sent_at: float | None = None
    # The forum topic, a photo to post with the text as caption, sending options (JSON).
    thread_id: int | None = None
    media_url: str | None = None
    options: str | None = None
    # Other sites that carried the story; the message shows them up to `carriers_shown`.
    also_carried: tuple[str, ...] = ()
    carriers_version: int = 0
    carriers_shown: int = 0


@dataclass(frozen=True)
class StoppedTarget:
    """A channel newsbot stopped sending to (lost access); its posts wait as `pending`."""

    channel_id: str
    reason: str
    stopped_at: float


@dataclass(frozen=True)
class Target:
    """Where posts go: a chat, or a forum topic in it, with its own voice."""

    id: int
    chat_id: str
    thread_id: int | None
    name: str | None
    template: str | None
    footer: str | None
    link_preview: PreviewMode
    button: bool

    @property
    def address(self) -> str:
        """`chat` or `chat:topic`, as editors type it."""
        return self.chat_id if self.thread_id is None else f"{self.chat_id}:{self.thread_id}"

    @property
    def label(self) -> str:
        """`#id name (address)` for replies."""
        return (
            f"#{self.id} {self.name} ({self.address})"
            if self.name
            else f"#{self.id} {self.address}"
        )


@dataclass(frozen=True)
class StoredFilter:
    """A filter rule of a feed or of a target."""

    id: int
    feed_id: int | None
    target_id: int | None
    kind: FilterKind
    pattern: str

    @property
    def scope(self) -> str:
        """`feed #3` or `target #1`."""
        return f"feed #{self.feed_id}" if self.feed_id is not None else f"target #{self.target_id}"


@dataclass(frozen=True)
class ServiceCounts:
    """Numbers for /status."""

    feeds: int
    feeds_paused: int
    entries: int
    stories: int
    posts: dict[PostState, int]
    last_poll_at: float | None
    oldest_pending_at: float | None = None
    filtered: int = 0


@dataclass(frozen=True)
class FeedRouting:
    """Where a feed's posts go, read in one trip: targets, filter rules, article mode."""

    targets: list[Target]
    feed_rules: list[StoredFilter]
    target_rules: dict[int, list[StoredFilter]]
    article_mode: ArticleMode


@dataclass(frozen=True)
class FeedCheck:
    """What a successful (changed) check learnt about the feed itself."""

    feed_id: int
    title: str | None
    site_url: str | None
    etag: str | None
    last_modified: str | None
    checked_at: float
    next_check_at: float
    body_hash: str | None = None
    ttl_seconds: float | None = None
    # The site's name as decided for this check (None: unchanged), where it came from, and
    # when the home page was read for it (None: not read this time). An editor's name stays.
    site_name: str | None = None
    site_name_source: str | None = None
    site_name_read_at: float | None = None
    # The feed's learned boilerplate (bot.text.boilerplate) as JSON, when this check changed it.
    boilerplate_state: str | None = None
    # The scheme the check keyed the feed's entries by (None: leave the stored one).
    key_scheme: int | None = None
