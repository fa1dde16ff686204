"""Pure pipeline steps between a parsed feed and outbox rows: select, summarise, render."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.cleaning import clean_article_text
from bot.models import FeedEntry, ParsedFeed
from bot.render import PostContent, render_post
from bot.summarize import summarize
from bot.urls import url_key
from storage.records import EntryToStore


@dataclass(frozen=True)
class Selection:
    """New entries of one check, and which of them may be posted."""

    entries: tuple[FeedEntry, ...]
    postable: frozenset[str]
    baseline: bool


@dataclass(frozen=True)
class PreparedPost:
    """One entry's summary and rendered message."""

    entry_key: str
    summary: str
    html: str


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


def prepare_post(
    entry: FeedEntry,
    *,
    source: str,
    source_url: str | None,
    language: str | None,
    summary_chars: int,
) -> PreparedPost:
    """Clean the entry's text, summarise it and render the Telegram message."""
    text = clean_article_text(entry.content_html, title=entry.title)
    summary = summarize(text, title=entry.title, max_chars=summary_chars, language=language)
    html = render_post(
        PostContent(
            title=entry.title,
            summary=summary,
            link=entry.link,
            source_name=source,
            source_url=source_url,
        )
    )
    return PreparedPost(entry_key=entry.key, summary=summary, html=html)


def prepare_posts(
    entries: Sequence[FeedEntry],
    *,
    source: str,
    source_url: str | None,
    language: str | None,
    summary_chars: int,
) -> list[PreparedPost]:
    """`prepare_post` for several entries (one call to a worker process)."""
    return [
        prepare_post(
            e,
            source=source,
            source_url=source_url,
            language=language,
            summary_chars=summary_chars,
        )
        for e in entries
    ]


def story_url_keys(entry: FeedEntry) -> tuple[str, ...]:
    """The URL keys by which this entry's story can be recognised."""
    return (url_key(entry.canonical_url),) if entry.canonical_url else ()


def entries_to_store(selection: Selection, posts: Sequence[PreparedPost]) -> list[EntryToStore]:
    """Storage records for the selected entries; only postable ones carry a message."""
    html_by_key = {p.entry_key: p.html for p in posts}
    return [
        EntryToStore(
            entry_key=e.key,
            title=e.title,
            link=e.link,
            canonical_url=e.canonical_url,
            url_keys=story_url_keys(e),
            published_at=e.published_at,
            post_text=html_by_key.get(e.key) if e.key in selection.postable else None,
        )
        for e in selection.entries
    ]
