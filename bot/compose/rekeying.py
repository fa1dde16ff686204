"""The re-keyed feed guard: after an upgrade that changed how entry keys are made, the items a
feed held before come back under new keys; they are recorded as seen, never posted again."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Collection, Sequence
from typing import Protocol

from bot.parsing.identity import KEY_SCHEME
from bot.parsing.models import FeedEntry, ParsedFeed
from bot.parsing.urls import url_key
from storage.records import Feed, KnownEntry

log = logging.getLogger(__name__)

# How many of a feed's recorded entries are compared: its current items were recorded last,
# and no feed shows more than a few hundred at once.
RECENT_ENTRIES = 2_000


class RecordedEntries(Protocol):
    """Where a feed's recorded entries are read (storage.stories.StoryStore)."""

    async def recent_entries(self, feed_id: int, limit: int) -> list[KnownEntry]: ...


def _page(url: str | None) -> str | None:
    """The story key of an item's own page (its anchor left out); None for a front page."""
    if not url:
        return None
    key = url_key(url).partition("#")[0]
    return key if key.partition("/")[2] else None


def _dated_title(title: str, published: float | None) -> tuple[str, float] | None:
    return (" ".join(title.casefold().split()), published) if published is not None else None


def rekeyed_keys(
    fresh: Sequence[FeedEntry],
    recorded: Sequence[KnownEntry],
    current_keys: Collection[str],
    *,
    last_checked_at: float | None,
) -> frozenset[str]:
    """Keys of the `fresh` (unrecorded) entries that are recorded items under a new key."""
    # A recorded item was re-keyed when its key is gone from the feed while an unrecorded
    # entry is that item by what else identifies it: its page (anchors aside: items that
    # once shared a page's key keep their anchors now) where no other recorded item has that
    # page (a show's episodes all linking its page are told apart by their guids), or its
    # title and date. An entry dated after the feed's last check is new whatever it resembles.
    gone = [known for known in recorded if known.entry_key not in current_keys]
    shared = Counter(_page(known.canonical_url) for known in recorded)
    pages = {page for k in gone if (page := _page(k.canonical_url)) and shared[page] == 1}
    titles = {dated for k in gone if (dated := _dated_title(k.title, k.published_at))}
    if not pages and not titles:
        return frozenset()
    found = set()
    for entry in fresh:
        if last_checked_at is not None and (entry.published_at or 0.0) > last_checked_at:
            continue
        if _page(entry.canonical_url) in pages or (
            _dated_title(entry.title, entry.published_at) in titles
        ):
            found.add(entry.key)
    return frozenset(found)


async def rekeyed_entries(
    entries: RecordedEntries, feed: Feed, parsed: ParsedFeed, known: Collection[str]
) -> frozenset[str]:
    """The keys of `parsed`'s entries an upgrade re-keyed, on the first check keying the
    feed by the current scheme; none on any other check (`known`: keys recorded already)."""
    if not feed.baselined or feed.key_scheme >= KEY_SCHEME:
        return frozenset()
    fresh = [e for e in parsed.entries if e.key not in known]
    if not fresh:
        return frozenset()
    recorded = await entries.recent_entries(feed.id, RECENT_ENTRIES)
    current = {e.key for e in parsed.entries}
    found = rekeyed_keys(fresh, recorded, current, last_checked_at=feed.last_checked_at)
    if found:
        log.info(
            "feed #%d: %d of %d new entry keys are items recorded before under keys an older "
            "newsbot made (key scheme %d → %d): recorded as seen, not posted",
            feed.id,
            len(found),
            len(fresh),
            feed.key_scheme,
            KEY_SCHEME,
        )
    return found
