"""The outbox: posts move pending → sending → sent | failed | unconfirmed; editors skip them."""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any

import aiosqlite

from storage.database import Database, placeholders
from storage.records import OutboxPost, PostState, StoppedTarget, TextFormat

_COLUMNS = (
    "posts.id, posts.story_id, posts.entry_id, posts.channel_id, posts.state, posts.text, "
    "posts.message_id, posts.attempts, posts.last_error, posts.created_at, posts.text_format, "
    "posts.retryable_errors, posts.updated_at, posts.last_attempt_at, posts.sent_at, "
    "stories.title, posts.thread_id, posts.media_url, posts.options, "
    "posts.also_carried, posts.carriers_version, posts.carriers_shown"
)
_FROM = "FROM posts JOIN stories ON stories.id = posts.story_id"
# States an editor may settle: /retry sends again, /skip leaves the post alone for good.
_RETRYABLE = (PostState.FAILED, PostState.UNCONFIRMED, PostState.SKIPPED)
_SKIPPABLE = (PostState.PENDING, PostState.FAILED, PostState.UNCONFIRMED)
_MAX_REASON = 500


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
        title=row["title"],
        text_format=TextFormat(row["text_format"]),
        retryable_errors=row["retryable_errors"],
        updated_at=row["updated_at"],
        last_attempt_at=row["last_attempt_at"],
        sent_at=row["sent_at"],
        thread_id=row["thread_id"],
        media_url=row["media_url"],
        options=row["options"],
        also_carried=tuple(json.loads(row["also_carried"])) if row["also_carried"] else (),
        carriers_version=row["carriers_version"],
        carriers_shown=row["carriers_shown"],
    )


def _outside(channels: Collection[str]) -> str:
    """The SQL condition that keeps posts to `channels` out ("" when there are none)."""
    return f"AND posts.channel_id NOT IN ({placeholders(channels)}) " if channels else ""


class Outbox:
    """Posts in the order they were queued; one sender drains it."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def next_pending(self, exclude_channels: Collection[str] = ()) -> OutboxPost | None:
        """The oldest pending post whose feed is not paused, outside `exclude_channels`."""
        excluded = tuple(exclude_channels)
        not_excluded = _outside(excluded)
        async with self._db.reading() as conn:
            # A post whose entry's feed was removed has entry_id NULL and still goes out.
            async with conn.execute(
                f"SELECT {_COLUMNS} {_FROM} "
                "LEFT JOIN entries ON entries.id = posts.entry_id "
                "LEFT JOIN feeds ON feeds.id = entries.feed_id "
                "WHERE posts.state = 'pending' AND COALESCE(feeds.paused, 0) = 0 "
                # Publication order within a target, across feeds; a date in the future (or
                # none) counts as the time it was queued, so it cannot hold others back.
                f"{not_excluded}ORDER BY MIN(COALESCE(entries.published_at, posts.created_at), "
                "posts.created_at), posts.id LIMIT 1",
                excluded,
            ) as cur:
                row = await cur.fetchone()
        return _post(row) if row else None

    async def get(self, post_id: int) -> OutboxPost | None:
        """One post by id."""
        async with self._db.reading() as conn:
            async with conn.execute(
                f"SELECT {_COLUMNS} {_FROM} WHERE posts.id = ?", (post_id,)
            ) as cur:
                row = await cur.fetchone()
        return _post(row) if row else None

    async def list_posts(
        self, state: PostState | None = None, limit: int = 100, *, newest_first: bool = False
    ) -> list[OutboxPost]:
        """Posts, optionally in one state, oldest first (or newest first)."""
        where, params = ("posts.state = ?", (state,)) if state is not None else ("1", ())
        order = "DESC" if newest_first else "ASC"
        async with self._db.reading() as conn:
            async with conn.execute(
                f"SELECT {_COLUMNS} {_FROM} WHERE {where} ORDER BY posts.id {order} LIMIT ?",
                (*params, limit),
            ) as cur:
                rows = await cur.fetchall()
        return [_post(r) for r in rows]

    async def count(self, state: PostState) -> int:
        """How many posts are in `state`."""
        async with self._db.reading() as conn:
            async with conn.execute("SELECT COUNT(*) FROM posts WHERE state = ?", (state,)) as cur:
                row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def mark_sending(self, post_id: int, *, now: float) -> bool:
        """Committed before the request, so a crash mid-request is detectable; False when the
        post is no longer pending (an editor skipped it meanwhile)."""
        async with self._db.transaction() as conn:
            async with conn.execute(
                "UPDATE posts SET state = 'sending', attempts = attempts + 1, "
                "last_attempt_at = ?, updated_at = ? WHERE id = ? AND state = 'pending'",
                (now, now, post_id),
            ) as cur:
                return cur.rowcount == 1

    async def mark_sent(
        self,
        post_id: int,
        message_id: int,
        *,
        now: float,
        note: str | None = None,
        carriers_shown: int = 0,
    ) -> None:
        """Telegram accepted the post; `note` records how (e.g. re-sent as plain text), and
        `carriers_shown` which version of the "also carried by" list it showed."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE posts SET state = 'sent', message_id = ?, sent_at = ?, updated_at = ?, "
                "last_error = ?, carriers_shown = MAX(carriers_shown, ?) WHERE id = ?",
                (
                    message_id,
                    now,
                    now,
                    note[:_MAX_REASON] if note else None,
                    carriers_shown,
                    post_id,
                ),
            )

    async def next_also_carried(self, exclude_channels: Collection[str] = ()) -> OutboxPost | None:
        """The oldest sent post whose message does not show its latest carriers yet."""
        excluded = tuple(exclude_channels)
        not_excluded = _outside(excluded)
        async with self._db.reading() as conn:
            async with conn.execute(
                f"SELECT {_COLUMNS} {_FROM} WHERE posts.state = 'sent' "
                f"AND posts.carriers_version > posts.carriers_shown {not_excluded}"
                "ORDER BY posts.id LIMIT 1",
                excluded,
            ) as cur:
                row = await cur.fetchone()
        return _post(row) if row else None

    async def mark_carriers_shown(self, post_id: int, version: int, *, now: float) -> None:
        """The message now shows (or will never show) the carriers up to `version`."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE posts SET carriers_shown = MAX(carriers_shown, ?), updated_at = ? "
                "WHERE id = ?",
                (version, now, post_id),
            )

    async def mark_failed(self, post_id: int, reason: str, *, now: float) -> None:
        """Given up on: the reason is kept for /status and /queue."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE posts SET state = 'failed', last_error = ?, updated_at = ? WHERE id = ?",
                (reason[:_MAX_REASON], now, post_id),
            )

    async def mark_pending(
        self, post_id: int, reason: str, *, now: float, counts_as_error: bool = False
    ) -> int:
        """Back in the queue; returns the post's retryable error count after this one."""
        async with self._db.transaction() as conn:
            async with conn.execute(
                "UPDATE posts SET state = 'pending', last_error = ?, updated_at = ?, "
                "retryable_errors = retryable_errors + ? WHERE id = ? RETURNING retryable_errors",
                (reason[:_MAX_REASON], now, 1 if counts_as_error else 0, post_id),
            ) as cur:
                row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def mark_unconfirmed(self, post_id: int, reason: str, *, now: float) -> None:
        """The request may or may not have been carried out; it is not repeated by itself."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE posts SET state = 'unconfirmed', last_error = ?, updated_at = ? "
                "WHERE id = ?",
                (reason[:_MAX_REASON], now, post_id),
            )

    async def rewrite(
        self, post_id: int, text: str, *, text_format: TextFormat, reason: str, now: float
    ) -> None:
        """Replace a refused post's text (shorter, or plain) and queue it again."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE posts SET text = ?, text_format = ?, state = 'pending', last_error = ?, "
                "updated_at = ? WHERE id = ?",
                (text, text_format, reason[:_MAX_REASON], now, post_id),
            )

    async def recover_interrupted(self, *, now: float, resend: bool = False) -> list[int]:
        """Posts left `sending` by a dead process become `unconfirmed` (or `pending` to resend)."""
        state = "pending" if resend else "unconfirmed"
        async with self._db.transaction() as conn:
            async with conn.execute(
                "UPDATE posts SET state = ?, updated_at = ?, "
                "last_error = 'process stopped while Telegram had the request' "
                "WHERE state = 'sending' RETURNING id",
                (state, now),
            ) as cur:
                rows = await cur.fetchall()
        return sorted(int(r[0]) for r in rows)

    async def unconfirmed_to_notify(self) -> list[OutboxPost]:
        """Unconfirmed posts the admins have not been told about yet."""
        async with self._db.reading() as conn:
            async with conn.execute(
                f"SELECT {_COLUMNS} {_FROM} WHERE posts.state = 'unconfirmed' "
                "AND posts.notified_at IS NULL ORDER BY posts.id"
            ) as cur:
                rows = await cur.fetchall()
        return [_post(r) for r in rows]

    async def mark_notified(self, post_ids: Collection[int], *, now: float) -> None:
        """The admins were told about these unconfirmed posts."""
        async with self._db.transaction() as conn:
            await conn.executemany(
                "UPDATE posts SET notified_at = ? WHERE id = ?", [(now, i) for i in post_ids]
            )

    async def retry(self, post_id: int, *, now: float) -> bool:
        """An editor's /retry: a failed, skipped or unconfirmed post goes back to `pending`."""
        async with self._db.transaction() as conn:
            async with conn.execute(
                "UPDATE posts SET state = 'pending', retryable_errors = 0, skipped_at = NULL, "
                "notified_at = NULL, updated_at = ? "
                f"WHERE id = ? AND state IN ({placeholders(_RETRYABLE)})",
                (now, post_id, *_RETRYABLE),
            ) as cur:
                return cur.rowcount == 1

    async def skip(self, post_id: int, *, now: float) -> bool:
        """An editor's /skip: a pending, failed or unconfirmed post is left alone for good."""
        async with self._db.transaction() as conn:
            async with conn.execute(
                "UPDATE posts SET state = 'skipped', skipped_at = ?, updated_at = ?, "
                "last_error = COALESCE(last_error, 'skipped by an editor') "
                f"WHERE id = ? AND state IN ({placeholders(_SKIPPABLE)})",
                (now, now, post_id, *_SKIPPABLE),
            ) as cur:
                return cur.rowcount == 1

    async def oldest_pending_at(self) -> float | None:
        """When the oldest pending post was queued."""
        async with self._db.reading() as conn:
            async with conn.execute(
                "SELECT MIN(created_at) FROM posts WHERE state = 'pending'"
            ) as cur:
                row = await cur.fetchone()
        return float(row[0]) if row and row[0] is not None else None

    async def stop_target(self, channel_id: str, reason: str, *, now: float) -> None:
        """Stop sending to a channel (its posts stay pending) until resumed."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT INTO stopped_targets (channel_id, reason, stopped_at) VALUES (?, ?, ?) "
                "ON CONFLICT (channel_id) DO UPDATE SET reason = excluded.reason, "
                "stopped_at = excluded.stopped_at",
                (channel_id, reason[:_MAX_REASON], now),
            )

    async def resume_targets(self, channel_id: str | None = None) -> list[str]:
        """Resume one stopped channel, or all; returns the channels resumed."""
        query = "DELETE FROM stopped_targets"
        params: tuple[str, ...] = ()
        if channel_id is not None:
            query, params = query + " WHERE channel_id = ?", (channel_id,)
        async with self._db.transaction() as conn:
            async with conn.execute(query + " RETURNING channel_id", params) as cur:
                rows = await cur.fetchall()
        return sorted(str(r[0]) for r in rows)

    async def stopped_targets(self) -> list[StoppedTarget]:
        """Channels sending is stopped to, with the reason."""
        async with self._db.reading() as conn:
            async with conn.execute(
                "SELECT channel_id, reason, stopped_at FROM stopped_targets ORDER BY stopped_at"
            ) as cur:
                rows = await cur.fetchall()
        return [StoppedTarget(str(r[0]), str(r[1]), float(r[2])) for r in rows]
