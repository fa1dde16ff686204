"""Entries and stories: recording what a feed check found, in one transaction with the outbox."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import aiosqlite

from storage.database import Database
from storage.records import EntryToStore, IngestResult


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


async def _story_for_keys(conn: aiosqlite.Connection, url_keys: Sequence[str]) -> int | None:
    if not url_keys:
        return None
    marks = ",".join("?" for _ in url_keys)
    async with conn.execute(
        f"SELECT story_id FROM story_urls WHERE url_key IN ({marks}) LIMIT 1", tuple(url_keys)
    ) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else None


class StoryStore:
    """Entries, the stories they belong to, and the outbox rows new stories create."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def known_entry_keys(self, feed_id: int, keys: Sequence[str]) -> set[str]:
        """Which of `keys` this feed has recorded already."""
        known: set[str] = set()
        async with self._db.reading() as conn:
            # Chunked to stay under SQLite's bound-parameter limit.
            for start in range(0, len(keys), 500):
                chunk = tuple(keys[start : start + 500])
                marks = ",".join("?" for _ in chunk)
                async with conn.execute(
                    f"SELECT entry_key FROM entries WHERE feed_id = ? AND entry_key IN ({marks})",
                    (feed_id, *chunk),
                ) as cur:
                    known.update(str(r[0]) for r in await cur.fetchall())
        return known

    async def ingest(
        self, check: FeedCheck, entries: Sequence[EntryToStore], *, channel_id: str, baseline: bool
    ) -> IngestResult:
        """Record a check and its new entries; a new story with post text gets an outbox row.

        Runs as one transaction, so a crash leaves either all of it or none.
        """
        new_entries = new_stories = joined = 0
        queued: list[int] = []
        now = check.checked_at
        origin = "baseline" if baseline else "new"
        async with self._db.transaction() as conn:
            for entry in entries:
                story_id = await _story_for_keys(conn, entry.url_keys)
                is_new_story = story_id is None
                if story_id is None:
                    async with conn.execute(
                        "INSERT INTO stories (title, created_at) VALUES (?, ?) RETURNING id",
                        (entry.title, now),
                    ) as cur:
                        row = await cur.fetchone()
                    assert row is not None
                    story_id = int(row[0])
                    new_stories += 1
                else:
                    joined += 1
                await conn.executemany(
                    "INSERT OR IGNORE INTO story_urls (url_key, story_id) VALUES (?, ?)",
                    [(key, story_id) for key in entry.url_keys],
                )
                async with conn.execute(
                    "INSERT INTO entries (feed_id, entry_key, story_id, title, link, "
                    "canonical_url, published_at, first_seen_at, origin) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (feed_id, entry_key) DO NOTHING RETURNING id",
                    (
                        check.feed_id,
                        entry.entry_key,
                        story_id,
                        entry.title,
                        entry.link,
                        entry.canonical_url,
                        entry.published_at,
                        now,
                        origin,
                    ),
                ) as cur:
                    entry_row = await cur.fetchone()
                if entry_row is None:
                    continue  # recorded by an earlier check after all
                new_entries += 1
                if is_new_story and entry.post_text is not None:
                    async with conn.execute(
                        "INSERT INTO posts (story_id, entry_id, channel_id, text, created_at, "
                        "updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT (story_id, channel_id) DO NOTHING RETURNING id",
                        (story_id, int(entry_row[0]), channel_id, entry.post_text, now, now),
                    ) as cur:
                        post_row = await cur.fetchone()
                    if post_row is not None:
                        queued.append(int(post_row[0]))
            await conn.execute(
                "UPDATE feeds SET title = COALESCE(?, title), site_url = COALESCE(?, site_url), "
                "etag = ?, last_modified = ?, last_checked_at = ?, next_check_at = ?, "
                "body_hash = ?, ttl_seconds = ?, "
                "last_error = NULL, error_count = 0, baselined = 1 WHERE id = ?",
                (
                    check.title,
                    check.site_url,
                    check.etag,
                    check.last_modified,
                    check.checked_at,
                    check.next_check_at,
                    check.body_hash,
                    check.ttl_seconds,
                    check.feed_id,
                ),
            )
        return IngestResult(
            new_entries=new_entries,
            new_stories=new_stories,
            queued_posts=len(queued),
            joined_stories=joined,
            queued_post_ids=queued,
        )
