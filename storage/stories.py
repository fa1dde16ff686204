"""Entries and stories: recording what a feed check found, in one transaction with the outbox."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TypeVar

from bot.matching.rule import (
    Arrival,
    KnownStory,
    StoryDecision,
    StoryRule,
    TextCandidate,
    also_carried,
)
from storage.database import Database, placeholders
from storage.records import EntryToStore, FeedCheck, IngestResult, KnownEntry, PostToQueue

# SQLite binds at most 32766 parameters; IN lists are sent in chunks well below that.
_CHUNK = 500


_Value = TypeVar("_Value", str, int)


def _chunks(values: Sequence[_Value]) -> list[tuple[_Value, ...]]:
    return [tuple(values[i : i + _CHUNK]) for i in range(0, len(values), _CHUNK)]


# The rule with its defaults (7-day window, no carriers), for callers that set none.
_DEFAULT_RULE = StoryRule()


@dataclass
class _Tally:
    new_entries: int = 0
    new_stories: int = 0
    joined: int = 0
    queued: list[int] = field(default_factory=list)


def _known_stories(conn: sqlite3.Connection, url_keys: Sequence[str]) -> list[KnownStory]:
    """The stories the entry's URL keys name (one per key at most), with what the rule needs."""
    if not url_keys:
        return []
    rows = conn.execute(
        "SELECT story_urls.url_key, story_urls.story_id, stories.live, "
        "EXISTS (SELECT 1 FROM story_leads WHERE story_leads.story_id = story_urls.story_id) "
        "FROM story_urls JOIN stories ON stories.id = story_urls.story_id "
        f"WHERE story_urls.url_key IN ({placeholders(url_keys)})",
        tuple(url_keys),
    ).fetchall()
    return [KnownStory(str(k), int(s), bool(live), bool(lead)) for k, s, live, lead in rows]


def _text_candidates(
    conn: sqlite3.Connection, band_keys: Sequence[int], since: float, feed_id: int
) -> list[TextCandidate]:
    """Stories created since `since` that share an LSH band with the entry, with their leads
    and the headline the entry's own feed carries each under (if it does)."""
    rows = conn.execute(
        "SELECT DISTINCT story_leads.story_id, story_leads.lead, stories.created_at, stories.live "
        "FROM story_bands "
        "JOIN stories ON stories.id = story_bands.story_id "
        "JOIN story_leads ON story_leads.story_id = story_bands.story_id "
        f"WHERE story_bands.band_key IN ({placeholders(band_keys)}) AND stories.created_at >= ?",
        (*band_keys, since),
    ).fetchall()
    own_titles = _own_feed_titles(conn, [int(row[0]) for row in rows], feed_id)
    return [
        TextCandidate(int(s), str(lead), float(at), bool(live), own_titles.get(int(s)))
        for s, lead, at, live in rows
    ]


def _own_feed_titles(
    conn: sqlite3.Connection, story_ids: Sequence[int], feed_id: int
) -> dict[int, str]:
    """The first headline `feed_id` carries each of `story_ids` under, for those it carries."""
    if not story_ids:
        return {}
    rows = [
        row
        for chunk in _chunks(story_ids)
        for row in conn.execute(
            "SELECT story_id, title FROM entries "
            f"WHERE story_id IN ({placeholders(chunk)}) AND feed_id = ? ORDER BY id DESC",
            (*chunk, feed_id),
        )
    ]
    # Newest first, so the dict keeps each story's first headline.
    return {int(story): str(title) for story, title in rows}


def _decide(
    conn: sqlite3.Connection,
    entry: EntryToStore,
    rule: StoryRule,
    *,
    feed_id: int,
    baseline: bool,
    now: float,
) -> StoryDecision:
    """Look up what the rule needs (URL keys, then band keys only if those found nothing)."""
    arrival = Arrival(
        entry.url_keys, entry.lead, entry.band_keys, entry.postable, baseline, entry.title
    )
    known = _known_stories(conn, entry.url_keys)
    candidates: list[TextCandidate] = []
    if rule.wants_text_candidates(arrival, known):
        since = rule.window_start(now)
        candidates = _text_candidates(conn, entry.band_keys, since, feed_id)
    return rule.decide(arrival, known, candidates, now=now)


def _apply_story(
    conn: sqlite3.Connection, entry: EntryToStore, decision: StoryDecision, now: float
) -> int:
    """Create or join the story as decided; returns its id."""
    story_id = decision.story_id
    if story_id is None:
        story_id = int(
            conn.execute(
                "INSERT INTO stories (title, created_at, live) VALUES (?, ?, ?) RETURNING id",
                (entry.title, now, int(decision.live)),
            ).fetchone()[0]
        )
    conn.executemany(
        "INSERT OR IGNORE INTO story_urls (url_key, story_id) VALUES (?, ?)",
        [(key, story_id) for key in entry.url_keys],
    )
    if decision.index_text:
        conn.execute(
            "INSERT INTO story_leads (story_id, lead) VALUES (?, ?)", (story_id, entry.lead)
        )
        conn.executemany(
            "INSERT OR IGNORE INTO story_bands (band_key, story_id) VALUES (?, ?)",
            [(key, story_id) for key in entry.band_keys],
        )
    return story_id


def _add_carrier(conn: sqlite3.Connection, story_id: int, check: FeedCheck) -> None:
    """Record the feed's site as another carrier of the story's posts (for "Also carried by")."""
    row = conn.execute(
        "SELECT COALESCE(site_name, ?, title, url) FROM feeds WHERE id = ?",
        (check.title, check.feed_id),
    ).fetchone()
    if row is None:
        return
    name = str(row[0])
    posts = conn.execute(
        "SELECT posts.id, posts.also_carried, COALESCE(feeds.site_name, feeds.title, feeds.url) "
        "FROM posts "
        "LEFT JOIN entries ON entries.id = posts.entry_id "
        "LEFT JOIN feeds ON feeds.id = entries.feed_id "
        "WHERE posts.story_id = ? AND posts.state IN ('pending', 'sending', 'sent')",
        (story_id,),
    ).fetchall()
    for post_id, carried_json, own_source in posts:
        carried = also_carried(
            json.loads(carried_json) if carried_json else [], name, own_source=own_source
        )
        if carried is None:
            continue
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
    baseline: bool,
    rule: StoryRule,
    tally: _Tally,
) -> None:
    # The rule decides; this only applies its decision. A re-keyed entry (an item the feed
    # held before, under a key an older newsbot made) is recorded as a baseline entry is.
    now = check.checked_at
    baseline = baseline or entry.rekeyed
    decision = _decide(conn, entry, rule, feed_id=check.feed_id, baseline=baseline, now=now)
    story_id = _apply_story(conn, entry, decision, now)
    if decision.story_id is None:
        tally.new_stories += 1
    else:
        tally.joined += 1
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
    if decision.add_carrier:
        _add_carrier(conn, story_id, check)
    if entry.filtered:  # an empty executemany still costs a statement's round (75k a big cycle)
        conn.executemany(
            "INSERT INTO filtered (entry_id, target_id, rule, created_at) VALUES (?, ?, ?, ?)",
            [(entry_id, f.target_id, f.rule, now) for f in entry.filtered],
        )
    if decision.queue_posts:
        tally.queued += _queue_posts(conn, story_id, entry_id, entry.posts, now)


def _record_feed_learning(conn: sqlite3.Connection, check: FeedCheck) -> None:
    """The site's name and the feed's learned boilerplate, as this check decided them."""
    if check.site_name is not None:
        conn.execute(
            "UPDATE feeds SET site_name = ?, site_name_source = ?, "
            "site_name_read_at = COALESCE(?, site_name_read_at) "
            "WHERE id = ? AND site_name_source IS NOT 'editor'",
            (check.site_name, check.site_name_source, check.site_name_read_at, check.feed_id),
        )
    if check.boilerplate_state is not None:
        conn.execute(
            "INSERT INTO feed_boilerplate (feed_id, state, updated_at) "
            "SELECT id, ?, ? FROM feeds WHERE id = ? "
            "ON CONFLICT (feed_id) DO UPDATE SET state = excluded.state, "
            "updated_at = excluded.updated_at",
            (check.boilerplate_state, check.checked_at, check.feed_id),
        )


def _ingest(
    conn: sqlite3.Connection,
    *,
    check: FeedCheck,
    entries: Sequence[EntryToStore],
    baseline: bool,
    rule: StoryRule,
) -> IngestResult:
    # Runs on the database thread inside one transaction: every statement of the check costs
    # no trip between threads.
    recorded: set[str] = set()
    for chunk in _chunks([e.entry_key for e in entries]):
        recorded.update(
            row[0]
            for row in conn.execute(
                "SELECT entry_key FROM entries "
                f"WHERE feed_id = ? AND entry_key IN ({placeholders(chunk)})",
                (check.feed_id, *chunk),
            )
        )
    # Before the entries: a carrier recorded below is named by the new name.
    _record_feed_learning(conn, check)
    tally = _Tally()
    for entry in entries:
        if entry.entry_key in recorded:
            continue  # recorded by a concurrent check after all
        recorded.add(entry.entry_key)
        _record_entry(conn, check, entry, baseline=baseline, rule=rule, tally=tally)
    conn.execute(
        "UPDATE feeds SET title = COALESCE(?, title), site_url = COALESCE(?, site_url), "
        "etag = ?, last_modified = ?, last_checked_at = ?, next_check_at = ?, "
        "body_hash = ?, ttl_seconds = ?, key_scheme = COALESCE(?, key_scheme), "
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
            check.key_scheme,
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

    async def entry_keys(self, feed_id: int) -> set[str]:
        """Every entry key this feed has recorded (none before its first ingest)."""
        async with self._db.reading() as conn:
            rows = await conn.execute_fetchall(
                "SELECT entry_key FROM entries WHERE feed_id = ?", (feed_id,)
            )
        return {str(row[0]) for row in rows}

    async def known_entry_keys(self, feed_id: int, keys: Sequence[str]) -> set[str]:
        """Which of `keys` this feed has recorded already."""
        known: set[str] = set()
        async with self._db.reading() as conn:
            for chunk in _chunks(keys):
                # execute_fetchall: one trip to the database thread instead of three.
                rows = await conn.execute_fetchall(
                    "SELECT entry_key FROM entries "
                    f"WHERE feed_id = ? AND entry_key IN ({placeholders(chunk)})",
                    (feed_id, *chunk),
                )
                known.update(str(row[0]) for row in rows)
        return known

    async def recent_entries(self, feed_id: int, limit: int) -> list[KnownEntry]:
        """The feed's `limit` most recently recorded entries, newest first."""
        async with self._db.reading() as conn:
            rows = await conn.execute_fetchall(
                "SELECT entry_key, title, link, canonical_url, published_at FROM entries "
                "WHERE feed_id = ? ORDER BY id DESC LIMIT ?",
                (feed_id, limit),
            )
        return [KnownEntry(str(k), str(t), link, url, at) for k, t, link, url, at in rows]

    async def ingest(
        self,
        check: FeedCheck,
        entries: Sequence[EntryToStore],
        *,
        baseline: bool,
        rule: StoryRule = _DEFAULT_RULE,
    ) -> IngestResult:
        """Record a check and its new entries, with an outbox row per post an entry carries."""
        # Which story each entry joins, whether it is posted and whether it is named as another
        # carrier is `rule`'s decision (bot.matching.rule); this looks up what the rule needs
        # and applies what it decides. A story is posted at most once per target (chat and
        # topic). Runs as one transaction on the database thread: a crash leaves all of it or
        # none.
        return await self._db.run(
            partial(
                _ingest,
                check=check,
                entries=entries,
                baseline=baseline,
                rule=rule,
            )
        )
