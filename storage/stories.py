"""Entries and stories: recording what a feed check found, in one transaction with the outbox."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import aiosqlite

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


# Scores a candidate story's lead against a new entry's lead: > 0 means the same story.
LeadSimilarity = Callable[[str, str], float]


async def _story_for_text(
    conn: aiosqlite.Connection,
    entry: EntryToStore,
    similarity: LeadSimilarity,
    window_start: float,
) -> int | None:
    """The best-matching recent story sharing an LSH band with the entry, if confirmed."""
    if not entry.band_keys or not entry.lead:
        return None
    marks = ",".join("?" for _ in entry.band_keys)
    async with conn.execute(
        "SELECT DISTINCT story_leads.story_id, story_leads.lead FROM story_bands "
        "JOIN stories ON stories.id = story_bands.story_id "
        "JOIN story_leads ON story_leads.story_id = story_bands.story_id "
        f"WHERE story_bands.band_key IN ({marks}) AND stories.created_at >= ?",
        (*entry.band_keys, window_start),
    ) as cur:
        candidates = await cur.fetchall()
    best, best_score = None, 0.0
    for story_id, lead in candidates:
        score = similarity(entry.lead, str(lead))
        if score > best_score:
            best, best_score = int(story_id), score
    return best


async def _is_live(conn: aiosqlite.Connection, story_id: int) -> bool:
    async with conn.execute("SELECT live FROM stories WHERE id = ?", (story_id,)) as cur:
        row = await cur.fetchone()
    return bool(row and row[0])


async def _add_carrier(
    conn: aiosqlite.Connection, story_id: int, feed_id: int, feed_title: str | None
) -> None:
    """Record the feed's site as another carrier of the story's posts (for "Also carried by")."""
    async with conn.execute(
        "SELECT COALESCE(?, title, url) FROM feeds WHERE id = ?", (feed_title, feed_id)
    ) as cur:
        row = await cur.fetchone()
    if row is None:
        return
    name = str(row[0])
    async with conn.execute(
        "SELECT posts.id, posts.also_carried, COALESCE(feeds.title, feeds.url) FROM posts "
        "LEFT JOIN entries ON entries.id = posts.entry_id "
        "LEFT JOIN feeds ON feeds.id = entries.feed_id "
        "WHERE posts.story_id = ? AND posts.state IN ('pending', 'sending', 'sent')",
        (story_id,),
    ) as cur:
        posts = await cur.fetchall()
    for post_id, carried_json, own_source in posts:
        carried = json.loads(carried_json) if carried_json else []
        if name == own_source or name in carried:
            continue
        carried.append(name)
        await conn.execute(
            "UPDATE posts SET also_carried = ?, carriers_version = carriers_version + 1 "
            "WHERE id = ?",
            (json.dumps(carried, ensure_ascii=False), post_id),
        )


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
        posted at most once per target (chat and topic); `post_text` entries are posted to
        `channel_id`. With `record_carriers`, a new entry of a story already queued or posted
        is recorded as another carrier of its posts. Runs as one transaction: a crash leaves
        all of it or none.
        """
        new_entries = new_stories = joined = 0
        queued: list[int] = []
        now = check.checked_at
        origin = "baseline" if baseline else "new"
        async with self._db.transaction() as conn:
            for entry in entries:
                async with conn.execute(
                    "SELECT 1 FROM entries WHERE feed_id = ? AND entry_key = ?",
                    (check.feed_id, entry.entry_key),
                ) as cur:
                    if await cur.fetchone() is not None:
                        continue  # recorded by a concurrent check after all
                story_id = await _story_for_keys(conn, entry.url_keys)
                if story_id is None and similarity is not None:
                    story_id = await _story_for_text(conn, entry, similarity, window_start)
                is_new_story = story_id is None
                if story_id is None:
                    async with conn.execute(
                        "INSERT INTO stories (title, created_at, live) VALUES (?, ?, ?) "
                        "RETURNING id",
                        (entry.title, now, int(entry.may_post)),
                    ) as cur:
                        row = await cur.fetchone()
                    assert row is not None
                    story_id = int(row[0])
                    new_stories += 1
                    if entry.lead:
                        await conn.execute(
                            "INSERT INTO story_leads (story_id, lead) VALUES (?, ?)",
                            (story_id, entry.lead),
                        )
                else:
                    joined += 1
                await conn.executemany(
                    "INSERT OR IGNORE INTO story_urls (url_key, story_id) VALUES (?, ?)",
                    [(key, story_id) for key in entry.url_keys],
                )
                # Every carrier's bands point at the story, so a later copy of any of them
                # is found too.
                await conn.executemany(
                    "INSERT OR IGNORE INTO story_bands (band_key, story_id) VALUES (?, ?)",
                    [(key, story_id) for key in entry.band_keys],
                )
                async with conn.execute(
                    "INSERT INTO entries (feed_id, entry_key, story_id, title, link, "
                    "canonical_url, published_at, first_seen_at, origin) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
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
                assert entry_row is not None
                new_entries += 1
                entry_id = int(entry_row[0])
                if not is_new_story and record_carriers and not baseline:
                    await _add_carrier(conn, story_id, check.feed_id, check.title)
                await conn.executemany(
                    "INSERT INTO filtered (entry_id, target_id, rule, created_at) "
                    "VALUES (?, ?, ?, ?)",
                    [(entry_id, f.target_id, f.rule, now) for f in entry.filtered],
                )
                # A known story goes to targets that lack it only if it is live news, not
                # one some feed already held when it was added.
                if not entry.may_post or not (is_new_story or await _is_live(conn, story_id)):
                    continue
                posts = entry.posts
                if entry.post_text is not None:
                    posts = (PostToQueue(channel_id, None, entry.post_text), *posts)
                for post in posts:
                    async with conn.execute(
                        "INSERT INTO posts (story_id, entry_id, channel_id, thread_id, text, "
                        "media_url, options, content, created_at, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
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
                    ) as cur:
                        post_row = await cur.fetchone()
                    if post_row is not None:
                        queued.append(int(post_row[0]))
            await conn.execute(
                "UPDATE feeds SET title = COALESCE(?, title), site_url = COALESCE(?, site_url), "
                "etag = ?, last_modified = ?, last_checked_at = ?, next_check_at = ?, "
                "last_error = NULL, error_count = 0, baselined = 1 WHERE id = ?",
                (
                    check.title,
                    check.site_url,
                    check.etag,
                    check.last_modified,
                    check.checked_at,
                    check.next_check_at,
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
