"""Entries and stories: recording what a feed check found, in one transaction with the outbox."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial

from storage.database import Database
from storage.records import EntryToStore, IngestResult, PostToQueue


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


# Scores a candidate story's lead against a new entry's lead: > 0 means the same story.
LeadSimilarity = Callable[[str, str], float]
# SQLite binds at most 32766 parameters; IN lists are sent in chunks well below that.
_CHUNK = 500


def _chunks(values: Sequence[str]) -> list[tuple[str, ...]]:
    return [tuple(values[i : i + _CHUNK]) for i in range(0, len(values), _CHUNK)]


def _marks(chunk: Sequence[object]) -> str:
    return ",".join("?" for _ in chunk)


@dataclass(frozen=True)
class _Matching:
    """How entries find their story: text similarity within a window, and carriers."""

    similarity: LeadSimilarity | None
    window_start: float
    record_carriers: bool


@dataclass
class _Tally:
    new_entries: int = 0
    new_stories: int = 0
    joined: int = 0
    queued: list[int] = field(default_factory=list)


def _story_for_keys(conn: sqlite3.Connection, url_keys: Sequence[str]) -> int | None:
    if not url_keys:
        return None
    row = conn.execute(
        f"SELECT story_id FROM story_urls WHERE url_key IN ({_marks(url_keys)}) LIMIT 1",
        tuple(url_keys),
    ).fetchone()
    return int(row[0]) if row else None


def _story_for_text(conn: sqlite3.Connection, entry: EntryToStore, match: _Matching) -> int | None:
    """The best-matching recent story sharing an LSH band with the entry, if confirmed."""
    if match.similarity is None or not entry.band_keys or not entry.lead:
        return None
    candidates = conn.execute(
        "SELECT DISTINCT story_leads.story_id, story_leads.lead FROM story_bands "
        "JOIN stories ON stories.id = story_bands.story_id "
        "JOIN story_leads ON story_leads.story_id = story_bands.story_id "
        f"WHERE story_bands.band_key IN ({_marks(entry.band_keys)}) AND stories.created_at >= ?",
        (*entry.band_keys, match.window_start),
    ).fetchall()
    best, best_score = None, 0.0
    for story_id, lead in candidates:
        score = match.similarity(entry.lead, str(lead))
        if score > best_score:
            best, best_score = int(story_id), score
    return best


def _has_lead(conn: sqlite3.Connection, story_id: int) -> bool:
    return (
        conn.execute("SELECT 1 FROM story_leads WHERE story_id = ?", (story_id,)).fetchone()
        is not None
    )


def _index_text(conn: sqlite3.Connection, story_id: int, entry: EntryToStore) -> None:
    """Make the story findable by text: its lead, and band keys pointing at it."""
    # Only the first carrier with a lead is indexed. A candidate is confirmed against that
    # lead, so another carrier's bands would find only copies that the first's bands find
    # too (but for LSH's ~1.5% miss at the threshold), at 24 random index inserts each: in a
    # large archive those inserts are most of what recording an entry costs.
    conn.execute("INSERT INTO story_leads (story_id, lead) VALUES (?, ?)", (story_id, entry.lead))
    conn.executemany(
        "INSERT OR IGNORE INTO story_bands (band_key, story_id) VALUES (?, ?)",
        [(key, story_id) for key in entry.band_keys],
    )


def _add_carrier(conn: sqlite3.Connection, story_id: int, check: FeedCheck) -> None:
    """Record the feed's site as another carrier of the story's posts (for "Also carried by")."""
    row = conn.execute(
        "SELECT COALESCE(?, title, url) FROM feeds WHERE id = ?", (check.title, check.feed_id)
    ).fetchone()
    if row is None:
        return
    name = str(row[0])
    posts = conn.execute(
        "SELECT posts.id, posts.also_carried, COALESCE(feeds.title, feeds.url) FROM posts "
        "LEFT JOIN entries ON entries.id = posts.entry_id "
        "LEFT JOIN feeds ON feeds.id = entries.feed_id "
        "WHERE posts.story_id = ? AND posts.state IN ('pending', 'sending', 'sent')",
        (story_id,),
    ).fetchall()
    for post_id, carried_json, own_source in posts:
        carried = json.loads(carried_json) if carried_json else []
        if name == own_source or name in carried:
            continue
        carried.append(name)
        conn.execute(
            "UPDATE posts SET also_carried = ?, carriers_version = carriers_version + 1 "
            "WHERE id = ?",
            (json.dumps(carried, ensure_ascii=False), post_id),
        )


def _queue_posts(
    conn: sqlite3.Connection, story_id: int, entry_id: int, posts: Sequence[PostToQueue], now: float
) -> list[int]:
    queued = []
    for post in posts:
        row = conn.execute(
            "INSERT INTO posts (story_id, entry_id, channel_id, thread_id, text, media_url, "
            "options, content, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING RETURNING id",
            (
                story_id,
                entry_id,
                post.channel_id,
                post.thread_id,
                post.text,
                post.media_url,
                post.options,
                post.content,
                now,
                now,
            ),
        ).fetchone()
        if row is not None:
            queued.append(int(row[0]))
    return queued


def _record_entry(
    conn: sqlite3.Connection,
    check: FeedCheck,
    entry: EntryToStore,
    *,
    channel_id: str,
    baseline: bool,
    match: _Matching,
    tally: _Tally,
) -> None:
    now = check.checked_at
    story_id = _story_for_keys(conn, entry.url_keys)
    if story_id is None:
        story_id = _story_for_text(conn, entry, match)
    is_new_story = story_id is None
    if story_id is None:
        story_id = int(
            conn.execute(
                "INSERT INTO stories (title, created_at, live) VALUES (?, ?, ?) RETURNING id",
                (entry.title, now, int(entry.may_post)),
            ).fetchone()[0]
        )
        tally.new_stories += 1
    else:
        tally.joined += 1
    conn.executemany(
        "INSERT OR IGNORE INTO story_urls (url_key, story_id) VALUES (?, ?)",
        [(key, story_id) for key in entry.url_keys],
    )
    # A lead too short for band keys could never confirm a match: it is not stored either.
    if entry.band_keys and entry.lead and (is_new_story or not _has_lead(conn, story_id)):
        _index_text(conn, story_id, entry)
    entry_id = int(
        conn.execute(
            "INSERT INTO entries (feed_id, entry_key, story_id, title, link, canonical_url, "
            "published_at, first_seen_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id",
            (
                check.feed_id,
                entry.entry_key,
                story_id,
                entry.title,
                entry.link,
                entry.canonical_url,
                entry.published_at,
                now,
                "baseline" if baseline else "new",
            ),
        ).fetchone()[0]
    )
    tally.new_entries += 1
    if not is_new_story and match.record_carriers and not baseline:
        _add_carrier(conn, story_id, check)
    conn.executemany(
        "INSERT INTO filtered (entry_id, target_id, rule, created_at) VALUES (?, ?, ?, ?)",
        [(entry_id, f.target_id, f.rule, now) for f in entry.filtered],
    )
    # A known story goes to targets that lack it only if it is live news, not one some feed
    # already held when it was added.
    if not entry.may_post:
        return
    if not is_new_story:
        live = conn.execute("SELECT live FROM stories WHERE id = ?", (story_id,)).fetchone()
        if not (live and live[0]):
            return
    tally.queued += _queue_posts(conn, story_id, entry_id, entry.posts, now)


def _ingest(
    conn: sqlite3.Connection,
    *,
    check: FeedCheck,
    entries: Sequence[EntryToStore],
    channel_id: str,
    baseline: bool,
    match: _Matching,
) -> IngestResult:
    # Runs on the database thread inside one transaction: every statement of the check costs
    # no trip between threads.
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
    tally = _Tally()
    for entry in entries:
        if entry.entry_key in recorded:
            continue  # recorded by a concurrent check after all
        recorded.add(entry.entry_key)
        _record_entry(
            conn, check, entry, channel_id=channel_id, baseline=baseline, match=match, tally=tally
        )
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
    return IngestResult(
        new_entries=tally.new_entries,
        new_stories=tally.new_stories,
        queued_posts=len(tally.queued),
        joined_stories=tally.joined,
        queued_post_ids=tally.queued,
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
        self,
        check: FeedCheck,
        entries: Sequence[EntryToStore],
        *,
        channel_id: str,
        baseline: bool,
        similarity: LeadSimilarity | None = None,
        window_start: float = 0.0,
        record_carriers: bool = False,
    ) -> IngestResult:
        """Record a check and its new entries, with an outbox row per post an entry carries.

        A story is found by any of the entry's URL keys, else (with `similarity`) by a
        confirmed near-duplicate lead among stories created since `window_start`. A story is
        posted at most once per target (chat and topic). With `record_carriers`, a new entry
        of a story already queued or posted is recorded as another carrier of its posts. Runs
        as one transaction on the database thread: a crash leaves all of it or none.
        """
        match = _Matching(similarity, window_start, record_carriers)
        return await self._db.run(
            partial(
                _ingest,
                check=check,
                entries=entries,
                channel_id=channel_id,
                baseline=baseline,
                match=match,
            )
        )
