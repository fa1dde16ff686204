"""Pure pipeline steps between a parsed feed and outbox rows: select, summarise, render."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from bot.attribution import Attribution, attribute
from bot.cleaning import clean_article_text
from bot.models import FeedEntry, ParsedFeed
from bot.render import PostContent, render_post
from bot.similarity import band_keys, lead_words
from bot.summarize import summarize
from bot.urls import canonical_url, url_key
from storage.records import EntryToStore


@dataclass(frozen=True)
class Selection:
    """New entries of one check, and which of them may be posted."""

    entries: tuple[FeedEntry, ...]
    postable: frozenset[str]
    baseline: bool


@dataclass(frozen=True)
class PreparedEntry:
    """One new entry after extraction: who published it, how to match it, and maybe a post."""

    entry_key: str
    url_keys: tuple[str, ...]
    lead: str
    band_keys: tuple[int, ...]
    attribution: Attribution
    summary: str | None = None
    html: str | None = None


@dataclass(frozen=True)
class FeedContext:
    """What the pipeline needs to know about the feed an entry came from."""

    source: str
    source_url: str | None
    language: str | None
    summary_chars: int


def select_new_entries(
    parsed: ParsedFeed, known_keys: Collection[str], *, baselined: bool, backfill: int
) -> Selection:
    """Entries not recorded yet; on a feed's first check only the newest `backfill` may post.

    Entries come back oldest first, so posting order follows publication time.
    """
    fresh = [e for e in parsed.entries if e.key not in known_keys]
    # Feeds list newest first as a rule; sort by date when there is one, keep order otherwise.
    indexed = list(enumerate(fresh))
    indexed.sort(key=lambda pair: (pair[1].published_at or 0.0, -pair[0]))
    ordered = tuple(entry for _, entry in indexed)
    if baselined:
        return Selection(ordered, frozenset(e.key for e in ordered), baseline=False)
    newest = ordered[len(ordered) - backfill :] if backfill > 0 else ()
    return Selection(ordered, frozenset(e.key for e in newest), baseline=True)


def source_name(parsed_title: str | None, feed_url: str) -> str:
    """How a feed is named in posts: its title, else its host."""
    if parsed_title:
        return parsed_title
    return urlsplit(feed_url).hostname or feed_url


def story_url_keys(entry: FeedEntry, original_url: str | None = None) -> tuple[str, ...]:
    """The URL keys by which this entry's story can be recognised: its link, the original's."""
    keys: list[str] = []
    for url in (entry.canonical_url, canonical_url(original_url) if original_url else None):
        if url and url_key(url) not in keys:
            keys.append(url_key(url))
    return tuple(keys)


def prepare_entry(entry: FeedEntry, feed: FeedContext, *, render: bool) -> PreparedEntry:
    """Clean, attribute and fingerprint one entry; render its post when `render`."""
    attribution = attribute(entry.content_html, site_name=feed.source, site_url=feed.source_url)
    text = clean_article_text(entry.content_html, title=entry.title)
    lead = " ".join(lead_words(text))
    prepared = PreparedEntry(
        entry_key=entry.key,
        url_keys=story_url_keys(entry, attribution.original_url),
        lead=lead,
        band_keys=band_keys(entry.title, text),
        attribution=attribution,
    )
    if not render:
        return prepared
    summary = summarize(
        text, title=entry.title, max_chars=feed.summary_chars, language=feed.language
    )
    html = render_post(
        PostContent(
            title=entry.title,
            summary=summary,
            link=entry.canonical_url or entry.link,
            source_name=feed.source,
            source_url=feed.source_url,
            original_publisher=attribution.original_publisher if attribution.is_reprint else None,
            original_url=attribution.original_url if attribution.is_reprint else None,
        )
    )
    return replace(prepared, summary=summary, html=html)


def prepare_entries(
    entries: Sequence[FeedEntry], feed: FeedContext, postable: Collection[str]
) -> list[PreparedEntry]:
    """`prepare_entry` for a check's new entries (one call to a worker process)."""
    return [prepare_entry(e, feed, render=e.key in postable) for e in entries]


def entries_to_store(selection: Selection, prepared: Sequence[PreparedEntry]) -> list[EntryToStore]:
    """Storage records for the selected entries; only postable ones carry a message."""
    by_key = {p.entry_key: p for p in prepared}
    records = []
    for e in selection.entries:
        ready = by_key[e.key]
        records.append(
            EntryToStore(
                entry_key=e.key,
                title=e.title,
                link=e.link,
                canonical_url=e.canonical_url,
                url_keys=ready.url_keys,
                published_at=e.published_at,
                post_text=ready.html if e.key in selection.postable else None,
                lead=ready.lead,
                band_keys=ready.band_keys,
            )
        )
    return records
