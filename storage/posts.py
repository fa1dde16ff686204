"""The outbox: posts move pending → sending → sent | failed | unconfirmed."""

from __future__ import annotations

from typing import Any

import aiosqlite

from storage.database import Database
from storage.records import OutboxPost, PostState

_COLUMNS = (
    "posts.id, posts.story_id, posts.entry_id, posts.channel_id, posts.state, posts.text, "
    "posts.message_id, posts.attempts, posts.last_error, posts.created_at, "
    "posts.thread_id, posts.media_url, posts.options"
)


def _post(row: aiosqlite.Row | Any) -> OutboxPost:
    return OutboxPost(
        id=row["id"],
        story_id=row["story_id"],
        entry_id=row["entry_id"],
        channel_id=row["channel_id"],
        state=PostState(row["state"]),
        text=row["text"],
        message_id=row["message_id"],
        attempts=row["attempts"],
        last_error=row["last_error"],
        created_at=row["created_at"],
        thread_id=row["thread_id"],
        media_url=row["media_url"],
        options=row["options"],
    )


class Outbox:
    """Posts in the order they were queued; one sender drains it."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def next_pending(self) -> OutboxPost | None:
        """The oldest pending post whose feed is not paused."""
        async with self._db.reading() as conn:
            # A post whose entry's feed was removed has entry_id NULL and still goes out.
            async with conn.execute(
                f"SELECT {_COLUMNS} FROM posts "
                "LEFT JOIN entries ON entries.id = posts.entry_id "
                "LEFT JOIN feeds ON feeds.id = entries.feed_id "
                "WHERE posts.state = 'pending' AND COALESCE(feeds.paused, 0) = 0 "
                "ORDER BY posts.id LIMIT 1"
            ) as cur:
                row = await cur.fetchone()
        return _post(row) if row else None

    async def get(self, post_id: int) -> OutboxPost | None:
        """One post by id."""
        async with self._db.reading() as conn:
            async with conn.execute(
                f"SELECT {_COLUMNS} FROM posts WHERE id = ?", (post_id,)
            ) as cur:
                row = await cur.fetchone()
        return _post(row) if row else None

    async def list_posts(
        self, state: PostState | None = None, limit: int = 100
    ) -> list[OutboxPost]:
        """Posts, optionally in one state, oldest first."""
        query = f"SELECT {_COLUMNS} FROM posts"
        params: tuple[Any, ...] = ()
        if state is not None:
            query += " WHERE state = ?"
            params = (state.value,)
        async with self._db.reading() as conn:
            async with conn.execute(query + " ORDER BY id LIMIT ?", (*params, limit)) as cur:
                rows = await cur.fetchall()
        return [_post(r) for r in rows]

    async def mark_sending(self, post_id: int, *, now: float) -> None:
        """Committed before the request, so a crash mid-request is detectable."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE posts SET state = 'sending', attempts = attempts + 1, updated_at = ? "
                "WHERE id = ?",
                (now, post_id),
            )

    async def mark_sent(self, post_id: int, message_id: int, *, now: float) -> None:
        """Telegram accepted the post."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE posts SET state = 'sent', message_id = ?, sent_at = ?, updated_at = ?, "
                "last_error = NULL WHERE id = ?",
                (message_id, now, now, post_id),
            )

    async def mark_failed(self, post_id: int, reason: str, *, now: float) -> None:
        """Given up on: the reason is kept for /status."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE posts SET state = 'failed', last_error = ?, updated_at = ? WHERE id = ?",
                (reason[:500], now, post_id),
            )

    async def mark_pending(self, post_id: int, reason: str, *, now: float) -> None:
        """Back in the queue after a transient error."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE posts SET state = 'pending', last_error = ?, updated_at = ? WHERE id = ?",
                (reason[:500], now, post_id),
            )

    async def recover_interrupted(self, *, now: float) -> list[int]:
        """Posts left `sending` by a dead process become `unconfirmed`; returns their ids."""
        async with self._db.transaction() as conn:
            async with conn.execute(
                "UPDATE posts SET state = 'unconfirmed', updated_at = ?, "
                "last_error = 'process stopped while Telegram had the request' "
                "WHERE state = 'sending' RETURNING id",
                (now,),
            ) as cur:
                rows = await cur.fetchall()
        return sorted(int(r[0]) for r in rows)
