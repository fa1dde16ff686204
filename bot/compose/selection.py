"""Which of a check's entries are new and may be posted, and their records for storage."""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from bot.compose.entry import ComposedEntry
from bot.compose.install_posts import is_install_post
from bot.matching.keys import story_url_keys
from bot.parsing.models import FeedEntry, ParsedFeed
from storage.records import EntryToStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Selection:
    """New entries of one check, and which of them may be posted."""

    entries: tuple[FeedEntry, ...]
    postable: frozenset[str]
    baseline: bool
    # Items recorded before under keys an older newsbot made (compose.rekeying): seen.
    rekeyed: frozenset[str] = frozenset()


def select_new_entries(
    parsed: ParsedFeed,
    known_keys: Collection[str],
    *,
    baselined: bool,
    backfill: int,
    rekeyed: frozenset[str] = frozenset(),
) -> Selection:
    """Entries not recorded yet; on a feed's first check only the newest `backfill` may post,
    and re-keyed items (`rekeyed`) and a fresh install's placeholder posts never."""
    # Entries come back oldest first, so posting order follows publication time.
    fresh = [e for e in parsed.entries if e.key not in known_keys]
    # Recorded unposted, so each placeholder is counted once, on the check that first sees it.
    placeholders = frozenset(e.key for e in fresh if is_install_post(e))
    if placeholders:
        log.info(
            "not posted: %d install placeholder post(s) of %s", len(placeholders), parsed.site_url
        )
    # Feeds list newest first as a rule; sort by date when there is one, keep order otherwise.
    indexed = list(enumerate(fresh))
    indexed.sort(key=lambda pair: (pair[1].published_at or 0.0, -pair[0]))
    ordered = tuple(entry for _, entry in indexed)
    if baselined:
        unposted = rekeyed | placeholders
        postable = frozenset(e.key for e in ordered if e.key not in unposted)
        return Selection(ordered, postable, baseline=False, rekeyed=rekeyed)
    newest = ordered[len(ordered) - backfill :] if backfill > 0 else ()
    postable = frozenset(e.key for e in newest if e.key not in placeholders)
    return Selection(ordered, postable, baseline=True)


def entries_to_store(selection: Selection, composed: Sequence[ComposedEntry]) -> list[EntryToStore]:
    """Storage records for the selected entries; postable ones carry their posts per target."""
    by_key = {c.entry_key: c for c in composed}
    records: list[EntryToStore] = []
    for e in selection.entries:
        ready = by_key.get(e.key)
        post = ready if ready is not None and ready.rendered else None
        postable = post is not None and e.key in selection.postable
        records.append(
            EntryToStore(
                entry_key=e.key,
                title=e.title,
                link=e.link,
                canonical_url=e.canonical_url,
                url_keys=ready.url_keys if ready else story_url_keys(e.canonical_url),
                published_at=e.published_at,
                lead=ready.lead if ready else "",
                band_keys=ready.band_keys if ready else (),
                postable=postable,
                posts=post.posts if post and postable else (),
                filtered=post.filtered if post and postable else (),
                rekeyed=e.key in selection.rekeyed,
            )
        )
    return records
