"""The feeds table: subscriptions and their check state."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

import aiosqlite

from storage.database import Database
from storage.records import Feed, UnchangedCheck

_COLUMNS = (
    "id, url, title, site_url, etag, last_modified, added_at, last_checked_at, next_check_at, "
    "last_error, error_count, paused, baselined, backfill, interval_seconds, ttl_seconds, "
    "body_hash, paused_reason, redirect_url, redirect_count, site_name, site_name_source, "
    "site_name_read_at, key_scheme"
)


_FIELDS = tuple(field.name for field in dataclasses.fields(Feed))


def _feed(row: aiosqlite.Row | Any) -> Feed:
    # Positional: _COLUMNS lists every field in Feed's order (due() builds thousands of these).
    values = list(row)
    values[11], values[12] = bool(values[11]), bool(values[12])  # paused, baselined
    # Why: a frozen dataclass's __init__ sets its 24 fields one object.__setattr__ at a time,
    # 3.9 µs a feed (load 20), 2,000 a cycle; its __dict__ filled at once: 1.7 µs, the same Feed
    # (tests/test_feed_rows.py).
    feed: Feed = object.__new__(Feed)
    feed.__dict__.update(zip(_FIELDS, values, strict=True))
    return feed


class FeedAlreadyExists(Exception):
    """The URL is already subscribed; `.feed` is the existing one."""

    def __init__(self, feed: Feed) -> None:
        super().__init__(f"feed #{feed.id} already has this URL")
        self.feed = feed


class FeedStore:
    """Subscriptions: add, remove, pause, and record each check's outcome."""

    def __init__(self, db: Database) -> None:
        self._db = db
        # Bumped by every change an admin makes (pause, remove, interval, URL), so the
        # scheduler can tell whether a feed it read earlier may have changed meanwhile.
        self.generation = 0

    async def add(
        self,
        url: str,
        *,
        now: float,
        title: str | None = None,
        site_url: str | None = None,
        backfill: int = 0,
        next_check_at: float | None = None,
    ) -> Feed:
        """Subscribe to `url`, due at `next_check_at` (default: now). Raises FeedAlreadyExists."""
        async with self._db.transaction() as conn:
            async with conn.execute(f"SELECT {_COLUMNS} FROM feeds WHERE url = ?", (url,)) as cur:
                existing = await cur.fetchone()
            if existing is not None:
                raise FeedAlreadyExists(_feed(existing))
            async with conn.execute(
                "INSERT INTO feeds (url, title, site_url, added_at, next_check_at, backfill) "
                f"VALUES (?, ?, ?, ?, ?, ?) RETURNING {_COLUMNS}",
                (
                    url,
                    title,
                    site_url,
                    now,
                    now if next_check_at is None else next_check_at,
                    backfill,
                ),
            ) as cur:
                row = await cur.fetchone()
        assert row is not None
        return _feed(row)

    async def get(self, feed_id: int) -> Feed | None:
        """The feed with this id, or None."""
        async with self._db.reading() as conn:
            async with conn.execute(
                f"SELECT {_COLUMNS} FROM feeds WHERE id = ?", (feed_id,)
            ) as cur:
                row = await cur.fetchone()
        return _feed(row) if row else None

    async def with_url(self, url: str) -> Feed | None:
        """The feed subscribed at this URL, or None."""
        async with self._db.reading() as conn:
            async with conn.execute(f"SELECT {_COLUMNS} FROM feeds WHERE url = ?", (url,)) as cur:
                row = await cur.fetchone()
        return _feed(row) if row else None

    async def list_feeds(self) -> list[Feed]:
        """All feeds by id."""
        async with self._db.reading() as conn:
            async with conn.execute(f"SELECT {_COLUMNS} FROM feeds ORDER BY id") as cur:
                rows = await cur.fetchall()
        return [_feed(r) for r in rows]

    async def remove(self, feed_id: int) -> bool:
        """Unsubscribe; its entries go, its stories and posts stay. False if unknown."""
        self.generation += 1
        async with self._db.transaction() as conn:
            cur = await conn.execute("DELETE FROM feeds WHERE id = ?", (feed_id,))
            return cur.rowcount > 0

    async def set_paused(self, feed_id: int | None, paused: bool, *, now: float) -> int:
        """Pause or resume one feed, or all when `feed_id` is None; returns how many changed."""
        # Resuming starts the failure count afresh and makes the feed due at once.
        self.generation += 1
        where, args = ("paused != ?", (int(paused),)) if feed_id is None else ("id = ?", (feed_id,))
        async with self._db.transaction() as conn:
            if paused:
                cur = await conn.execute(
                    f"UPDATE feeds SET paused = 1, paused_reason = NULL WHERE {where}", args
                )
            else:
                cur = await conn.execute(
                    "UPDATE feeds SET paused = 0, paused_reason = NULL, error_count = 0, "
                    f"next_check_at = MIN(next_check_at, ?) WHERE {where}",
                    (now, *args),
                )
            return cur.rowcount

    async def set_interval(self, feed_id: int, seconds: float | None, *, now: float) -> bool:
        """Set (or with None, reset) a feed's own check interval; False if unknown."""
        self.generation += 1
        async with self._db.transaction() as conn:
            cur = await conn.execute(
                "UPDATE feeds SET interval_seconds = ?, next_check_at = MIN(next_check_at, ?) "
                "WHERE id = ?",
                (seconds, now + (seconds or 0), feed_id),
            )
            return cur.rowcount > 0

    async def due(self, now: float, limit: int) -> list[Feed]:
        """Unpaused feeds whose next check is due, most overdue first."""
        async with self._db.reading() as conn:
            async with conn.execute(
                f"SELECT {_COLUMNS} FROM feeds WHERE paused = 0 AND next_check_at <= ? "
                "ORDER BY next_check_at LIMIT ?",
                (now, limit),
            ) as cur:
                rows = await cur.fetchall()
        return [_feed(r) for r in rows]

    async def next_due_after(self, now: float) -> float | None:
        """When the earliest unpaused feed not yet due at `now` falls due, or None."""
        async with self._db.reading() as conn:
            async with conn.execute(
                "SELECT MIN(next_check_at) FROM feeds WHERE paused = 0 AND next_check_at > ?",
                (now,),
            ) as cur:
                row = await cur.fetchone()
        return float(row[0]) if row and row[0] is not None else None

    async def record_unchanged(self, checks: Sequence[UnchangedCheck]) -> None:
        """Checks that found their feeds unchanged: only schedules and validators move."""
        if not checks:
            return
        async with self._db.transaction() as conn:
            await conn.executemany(
                "UPDATE feeds SET last_checked_at = ?, next_check_at = ?, "
                "etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified), "
                "last_error = NULL, error_count = 0 WHERE id = ?",
                [
                    (c.checked_at, c.next_check_at, c.etag, c.last_modified, c.feed_id)
                    for c in checks
                ],
            )

    async def record_error(
        self,
        feed_id: int,
        error: str,
        *,
        now: float,
        next_check_at: float,
        pause_reason: str | None = None,
    ) -> None:
        """A failed check: keep the reason, count it, schedule the next try (or pause)."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE feeds SET last_checked_at = ?, next_check_at = ?, last_error = ?, "
                "error_count = error_count + 1, paused = paused OR ?, "
                "paused_reason = COALESCE(?, paused_reason) WHERE id = ?",
                (
                    now,
                    next_check_at,
                    error[:500],
                    int(pause_reason is not None),
                    pause_reason,
                    feed_id,
                ),
            )

    async def record_deferred(self, feed_id: int, *, now: float, next_check_at: float) -> None:
        """The server asked us to come back later (429/503 with Retry-After): not a failure."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE feeds SET last_checked_at = ?, next_check_at = ? WHERE id = ?",
                (now, next_check_at, feed_id),
            )

    async def record_redirect(self, feed_id: int, target: str | None, count: int) -> None:
        """Remember where permanent redirects lead and on how many checks in a row."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE feeds SET redirect_url = ?, redirect_count = ? WHERE id = ?",
                (target, count, feed_id),
            )

    async def set_site_name(self, feed_id: int, name: str, source: str) -> bool:
        """Set the name posts credit the feed's site by; False if the feed is unknown."""
        # An automatic one (any `source` but 'editor') replaces an editor's, and clears when
        # the home page was read, so it is read again at the next check.
        async with self._db.transaction() as conn:
            cur = await conn.execute(
                "UPDATE feeds SET site_name = ?, site_name_source = ?, "
                "site_name_read_at = CASE WHEN ? = 'editor' THEN site_name_read_at END "
                "WHERE id = ?",
                (name, source, source, feed_id),
            )
            return cur.rowcount > 0

    async def move(self, feed_id: int, url: str) -> bool:
        """Change a feed's stored URL; False when another feed already has that URL."""
        self.generation += 1
        async with self._db.transaction() as conn:
            async with conn.execute(
                "SELECT 1 FROM feeds WHERE url = ? AND id != ?", (url, feed_id)
            ) as cur:
                if await cur.fetchone() is not None:
                    return False
            await conn.execute(
                "UPDATE feeds SET url = ?, redirect_url = NULL, redirect_count = 0 WHERE id = ?",
                (url, feed_id),
            )
        return True
