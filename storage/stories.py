"""Entries and stories: recording what a feed check found, in one transaction with the outbox."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

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


# SQLite binds at most 32766 parameters; IN lists are sent in chunks well below that.
_CHUNK = 500
_INSERTS = {
    "stories": "INSERT INTO stories (id, title, created_at) VALUES (?, ?, ?)",
    # OR IGNORE: a URL key already known keeps the story it names.
    "story_urls": "INSERT OR IGNORE INTO story_urls (url_key, story_id) VALUES (?, ?)",
    "entries": "INSERT INTO entries (id, feed_id, entry_key, story_id, title, link, "
    "canonical_url, published_at, first_seen_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "posts": "INSERT INTO posts (id, story_id, entry_id, channel_id, text, created_at, "
    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
}


def _chunks(values: Sequence[str]) -> list[tuple[str, ...]]:
    return [tuple(values[i : i + _CHUNK]) for i in range(0, len(values), _CHUNK)]


def _marks(chunk: tuple[str, ...]) -> str:
    return ",".join("?" for _ in chunk)


@dataclass
class _Plan:
    """The rows one ingest writes, with ids assigned in advance."""

    stories: list[tuple[int, str, float]]
    story_urls: list[tuple[str, int]]
    entries: list[tuple[int, int, str, int, str, str | None, str | None, float | None, float, str]]
    posts: list[tuple[int, int, int, str, str, float, float]]
    joined: int


def _plan(
    check: FeedCheck,
    entries: list[EntryToStore],
    stories_by_key: dict[str, int],
    last_ids: tuple[int, int, int],
    channel_id: str,
    baseline: bool,
) -> _Plan:
    # Entries in order: an entry whose URL key an earlier one (or the database) knows joins
    # that story; otherwise it starts one, and only a new story is posted.
    story_id, entry_id, post_id = last_ids
    now = check.checked_at
    origin = "baseline" if baseline else "new"
    plan = _Plan([], [], [], [], 0)
    for entry in entries:
        known = next((stories_by_key[k] for k in entry.url_keys if k in stories_by_key), None)
        if known is None:
            story_id += 1
            plan.stories.append((story_id, entry.title, now))
        else:
            plan.joined += 1
        story = known if known is not None else story_id
        for key in entry.url_keys:
            if key not in stories_by_key:
                stories_by_key[key] = story
                plan.story_urls.append((key, story))
        entry_id += 1
        plan.entries.append(
            (
                entry_id,
                check.feed_id,
                entry.entry_key,
                story,
                entry.title,
                entry.link,
                entry.canonical_url,
                entry.published_at,
                now,
                origin,
            )
        )
        if known is None and entry.post_text is not None:
            post_id += 1
            plan.posts.append((post_id, story, entry_id, channel_id, entry.post_text, now, now))
    return plan


def _ingest(
    conn: sqlite3.Connection,
    check: FeedCheck,
    entries: Sequence[EntryToStore],
    channel_id: str,
    baseline: bool,
) -> IngestResult:
    # Runs on the database thread inside one transaction, holding the write lock: the
    # lookups first, then each table's rows at once, with ids assigned here.
    recorded: set[str] = set()
    for chunk in _chunks([e.entry_key for e in entries]):
        recorded.update(
            row[0]
            for row in conn.execute(
                "SELECT entry_key FROM entries "
                f"WHERE feed_id = ? AND entry_key IN ({_marks(chunk)})",
                (check.feed_id, *chunk),
            )
        )
    fresh: dict[str, EntryToStore] = {}
    for entry in entries:
        if entry.entry_key not in recorded:
            fresh.setdefault(entry.entry_key, entry)
    stories_by_key: dict[str, int] = {}
    for chunk in _chunks(list(dict.fromkeys(k for e in fresh.values() for k in e.url_keys))):
        stories_by_key.update(
            (row[0], row[1])
            for row in conn.execute(
                f"SELECT url_key, story_id FROM story_urls WHERE url_key IN ({_marks(chunk)})",
                chunk,
            )
        )
    row = conn.execute(
        "SELECT (SELECT MAX(id) FROM stories), (SELECT MAX(id) FROM entries), "
        "(SELECT MAX(id) FROM posts)"
    ).fetchone()
    last_ids = (int(row[0] or 0), int(row[1] or 0), int(row[2] or 0))
    plan = _plan(check, list(fresh.values()), stories_by_key, last_ids, channel_id, baseline)
    conn.executemany(_INSERTS["stories"], plan.stories)
    conn.executemany(_INSERTS["story_urls"], plan.story_urls)
    conn.executemany(_INSERTS["entries"], plan.entries)
    conn.executemany(_INSERTS["posts"], plan.posts)
    conn.execute(
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
    queued = [post[0] for post in plan.posts]
    return IngestResult(
        new_entries=len(plan.entries),
        new_stories=len(plan.stories),
        queued_posts=len(queued),
        joined_stories=plan.joined,
        queued_post_ids=queued,
    )


class StoryStore:
    """Entries, the stories they belong to, and the outbox rows new stories create."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def known_entry_keys(self, feed_id: int, keys: Sequence[str]) -> set[str]:
        """Which of `keys` this feed has recorded already."""
        known: set[str] = set()
        async with self._db.reading() as conn:
            for chunk in _chunks(keys):
                # execute_fetchall: one trip to the database thread instead of three.
                rows = await conn.execute_fetchall(
                    "SELECT entry_key FROM entries "
                    f"WHERE feed_id = ? AND entry_key IN ({_marks(chunk)})",
                    (feed_id, *chunk),
                )
                known.update(str(row[0]) for row in rows)
        return known

    async def ingest(
        self, check: FeedCheck, entries: Sequence[EntryToStore], *, channel_id: str, baseline: bool
    ) -> IngestResult:
        """Record a check and its new entries; a new story with post text gets an outbox row.

        One transaction (a crash leaves all of it or none), one trip to the database thread."""
        return await self._db.run(
            partial(_ingest, check=check, entries=entries, channel_id=channel_id, baseline=baseline)
        )
