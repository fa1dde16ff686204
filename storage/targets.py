"""Targets (a chat, or a forum topic in it), their voice, and which feeds go where."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import closing
from functools import partial
from pathlib import Path
from typing import Any

import aiosqlite

from storage import filters
from storage.database import Database, placeholders
from storage.faults import explain
from storage.records import ArticleMode, FeedRouting, PreviewMode, StoredFilter, Target

_COLUMNS = "id, chat_id, thread_id, name, template, footer, link_preview, button"


class TargetExists(Exception):
    """The chat (and topic) is a target already; `.target` is the existing one."""

    def __init__(self, target: Target) -> None:
        super().__init__(f"target #{target.id} already posts there")
        self.target = target


def _target(row: aiosqlite.Row | Any) -> Target:
    return Target(
        id=row["id"],
        chat_id=row["chat_id"],
        thread_id=row["thread_id"],
        name=row["name"],
        template=row["template"],
        footer=row["footer"],
        link_preview=PreviewMode(row["link_preview"]),
        button=bool(row["button"]),
    )


async def _find(conn: aiosqlite.Connection, chat_id: str, thread_id: int | None) -> Target | None:
    async with conn.execute(
        f"SELECT {_COLUMNS} FROM targets WHERE chat_id = ? AND thread_id IS ?",
        (chat_id, thread_id),
    ) as cur:
        row = await cur.fetchone()
    return _target(row) if row else None


def _feed_targets(
    conn: sqlite3.Connection, feed_id: int, default_chat: str, now: float
) -> list[Target]:
    targets = [
        _target(row)
        for row in conn.execute(
            f"SELECT {', '.join('targets.' + c for c in _COLUMNS.split(', '))} "
            "FROM feed_targets JOIN targets ON targets.id = feed_targets.target_id "
            "WHERE feed_targets.feed_id = ? ORDER BY targets.id",
            (feed_id,),
        )
    ]
    if targets:
        return targets
    conn.execute(
        "INSERT INTO targets (chat_id, thread_id, created_at) VALUES (?, NULL, ?) "
        "ON CONFLICT DO NOTHING",
        (default_chat, now),
    )
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM targets WHERE chat_id = ? AND thread_id IS NULL",
        (default_chat,),
    ).fetchone()
    return [_target(row)]


def _routing(conn: sqlite3.Connection, feed_id: int, default_chat: str, now: float) -> FeedRouting:
    targets = _feed_targets(conn, feed_id, default_chat, now)
    target_ids = [t.id for t in targets]
    rules = conn.execute(
        f"SELECT {filters.COLUMNS} FROM filters WHERE feed_id = ? "
        f"OR target_id IN ({placeholders(target_ids)}) ORDER BY id",
        (feed_id, *target_ids),
    ).fetchall()
    feed_rules = [filters.filter_from_row(r) for r in rules if r["feed_id"] == feed_id]
    target_rules: dict[int, list[StoredFilter]] = {t: [] for t in target_ids}
    for row in rules:
        if row["target_id"] is not None:
            target_rules[row["target_id"]].append(filters.filter_from_row(row))
    mode = conn.execute("SELECT article_mode FROM feeds WHERE id = ?", (feed_id,)).fetchone()
    return FeedRouting(
        targets, feed_rules, target_rules, ArticleMode(mode[0]) if mode else ArticleMode.AUTO
    )


class TargetStore:
    """Targets, feed routes, per-feed article mode, and re-rendering pending posts."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def ensure(self, chat_id: str, thread_id: int | None = None, *, now: float) -> Target:
        """The target for this chat (and topic), created if needed."""
        async with self._db.transaction() as conn:
            found = await _find(conn, chat_id, thread_id)
            if found is not None:
                return found
            async with conn.execute(
                "INSERT INTO targets (chat_id, thread_id, created_at) VALUES (?, ?, ?) "
                f"RETURNING {_COLUMNS}",
                (chat_id, thread_id, now),
            ) as cur:
                row = await cur.fetchone()
        assert row is not None
        return _target(row)

    async def add(
        self, chat_id: str, thread_id: int | None, *, name: str | None, now: float
    ) -> Target:
        """A new target; raises TargetExists."""
        async with self._db.transaction() as conn:
            found = await _find(conn, chat_id, thread_id)
            if found is not None:
                raise TargetExists(found)
            async with conn.execute(
                "INSERT INTO targets (chat_id, thread_id, name, created_at) VALUES (?, ?, ?, ?) "
                f"RETURNING {_COLUMNS}",
                (chat_id, thread_id, name, now),
            ) as cur:
                row = await cur.fetchone()
        assert row is not None
        return _target(row)

    async def get(self, target_id: int) -> Target | None:
        """The target with this id, or None."""
        async with self._db.reading() as conn:
            async with conn.execute(
                f"SELECT {_COLUMNS} FROM targets WHERE id = ?", (target_id,)
            ) as cur:
                row = await cur.fetchone()
        return _target(row) if row else None

    async def list_targets(self) -> list[Target]:
        """All targets by id."""
        async with self._db.reading() as conn:
            async with conn.execute(f"SELECT {_COLUMNS} FROM targets ORDER BY id") as cur:
                rows = await cur.fetchall()
        return [_target(r) for r in rows]

    async def remove(self, target_id: int, *, now: float) -> bool:
        """Delete a target; its pending posts fail visibly rather than go out. False if unknown."""
        async with self._db.transaction() as conn:
            found = await self._get_in(conn, target_id)
            if found is None:
                return False
            await conn.execute(
                "UPDATE posts SET state = 'failed', last_error = 'target removed', "
                "updated_at = ? WHERE state = 'pending' AND channel_id = ? AND thread_id IS ?",
                (now, found.chat_id, found.thread_id),
            )
            await conn.execute("DELETE FROM targets WHERE id = ?", (target_id,))
        return True

    async def _get_in(self, conn: aiosqlite.Connection, target_id: int) -> Target | None:
        async with conn.execute(
            f"SELECT {_COLUMNS} FROM targets WHERE id = ?", (target_id,)
        ) as cur:
            row = await cur.fetchone()
        return _target(row) if row else None

    async def set_name(self, target_id: int, name: str | None) -> bool:
        """Name a target (None: no name); False if there is no such target."""
        return await self._set(target_id, "name", name)

    async def set_template(self, target_id: int, template: str | None) -> bool:
        """Set a target's template (None: the default); False if there is no such target."""
        return await self._set(target_id, "template", template)

    async def set_footer(self, target_id: int, footer: str | None) -> bool:
        """Set a target's footer (None: none); False if there is no such target."""
        return await self._set(target_id, "footer", footer)

    async def set_link_preview(self, target_id: int, mode: PreviewMode) -> bool:
        """Set a target's link preview; False if there is no such target."""
        return await self._set(target_id, "link_preview", PreviewMode(mode).value)

    async def set_button(self, target_id: int, on: bool) -> bool:
        """Show or hide the "Read more" button; False if there is no such target."""
        return await self._set(target_id, "button", int(on))

    async def _set(self, target_id: int, column: str, value: str | int | None) -> bool:
        # `column` comes from the setters above, never from input.
        async with self._db.transaction() as conn:
            cur = await conn.execute(
                f"UPDATE targets SET {column} = ? WHERE id = ?", (value, target_id)
            )
            return cur.rowcount > 0

    async def set_routes(self, feed_id: int, target_ids: Sequence[int]) -> None:
        """Route a feed to these targets only (none: back to the default target)."""
        async with self._db.transaction() as conn:
            await conn.execute("DELETE FROM feed_targets WHERE feed_id = ?", (feed_id,))
            await conn.executemany(
                "INSERT INTO feed_targets (feed_id, target_id) VALUES (?, ?)",
                [(feed_id, target_id) for target_id in dict.fromkeys(target_ids)],
            )

    async def routes(self) -> dict[int, list[int]]:
        """Feed id → the target ids it is routed to (feeds on the default are absent)."""
        routes: dict[int, list[int]] = {}
        async with self._db.reading() as conn:
            async with conn.execute(
                "SELECT feed_id, target_id FROM feed_targets ORDER BY feed_id, target_id"
            ) as cur:
                for row in await cur.fetchall():
                    routes.setdefault(int(row[0]), []).append(int(row[1]))
        return routes

    async def for_feed(self, feed_id: int, *, default_chat: str, now: float) -> list[Target]:
        """The targets a feed's posts go to: its routes, or the default chat's target."""
        return await self._db.run(
            partial(_feed_targets, feed_id=feed_id, default_chat=default_chat, now=now)
        )

    async def routing(self, feed_id: int, *, default_chat: str, now: float) -> FeedRouting:
        """A feed's targets (as `for_feed`), their and its filter rules, and its article mode,
        in one trip to the database (this runs for every changed feed of every cycle)."""
        return await self._db.run(
            partial(_routing, feed_id=feed_id, default_chat=default_chat, now=now)
        )

    async def article_mode(self, feed_id: int) -> ArticleMode:
        """When to fetch the article page for this feed's entries: auto, always or never."""
        async with self._db.reading() as conn:
            async with conn.execute(
                "SELECT article_mode FROM feeds WHERE id = ?", (feed_id,)
            ) as cur:
                row = await cur.fetchone()
        return ArticleMode(row[0]) if row else ArticleMode.AUTO

    async def set_article_mode(self, feed_id: int, mode: ArticleMode) -> bool:
        """Set a feed's article mode; False if there is no such feed."""
        async with self._db.transaction() as conn:
            cur = await conn.execute(
                "UPDATE feeds SET article_mode = ? WHERE id = ?", (ArticleMode(mode).value, feed_id)
            )
            return cur.rowcount > 0

    async def pending_contents(self, target: Target) -> list[tuple[int, str]]:
        """(post id, content JSON) of the target's pending posts that can be re-rendered."""
        async with self._db.reading() as conn:
            async with conn.execute(
                "SELECT id, content FROM posts WHERE state = 'pending' AND channel_id = ? "
                "AND thread_id IS ? AND content IS NOT NULL ORDER BY id",
                (target.chat_id, target.thread_id),
            ) as cur:
                rows = await cur.fetchall()
        return [(int(r[0]), str(r[1])) for r in rows]

    async def rerender(
        self, renders: Sequence[tuple[int, str, str | None, str | None]], *, now: float
    ) -> int:
        """Replace (post id, text, media_url, options) of posts still pending; returns how many."""
        changed = 0
        async with self._db.transaction() as conn:
            for post_id, text, media_url, options in renders:
                cur = await conn.execute(
                    "UPDATE posts SET text = ?, media_url = ?, options = ?, updated_at = ? "
                    "WHERE id = ? AND state = 'pending'",
                    (text, media_url, options, now, post_id),
                )
                changed += cur.rowcount
        return changed


def read_target(path: str, *, target_id: int | None, chat_id: str | None) -> Target | None:
    """A target by id (or the chat's own target) from a database opened read-only."""
    # For `newsbot inspect`: it never creates or migrates the database; None when the file,
    # its targets table or the target is missing.
    file = Path(path)
    if not file.is_file():
        return None
    with closing(sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        conn.row_factory = sqlite3.Row
        query, params = (
            (f"SELECT {_COLUMNS} FROM targets WHERE id = ?", (target_id,))
            if target_id is not None
            else (
                f"SELECT {_COLUMNS} FROM targets WHERE chat_id = ? AND thread_id IS NULL",
                (chat_id,),
            )
        )
        try:
            row = conn.execute(query, params).fetchone()
        except sqlite3.Error as exc:
            # A target asked for by id must not quietly become the default voice.
            if target_id is not None and exc.sqlite_errorname != "SQLITE_ERROR":
                raise explain(path, exc) from exc
            return None
    return _target(row) if row else None
