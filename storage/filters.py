"""Filter rules of feeds and targets, and the record of what they kept out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import aiosqlite

from storage.database import Database
from storage.records import FilterKind, StoredFilter

COLUMNS = "id, feed_id, target_id, kind, pattern"


def filter_from_row(row: aiosqlite.Row | Any) -> StoredFilter:
    """A `filters` row (selected with COLUMNS) as a StoredFilter."""
    return StoredFilter(
        id=row["id"],
        feed_id=row["feed_id"],
        target_id=row["target_id"],
        kind=FilterKind(row["kind"]),
        pattern=row["pattern"],
    )


class FilterStore:
    """Include/exclude rules; exactly one of feed_id and target_id is set on each."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(
        self,
        kind: FilterKind,
        pattern: str,
        *,
        feed_id: int | None,
        target_id: int | None,
        now: float,
    ) -> StoredFilter:
        """Store a rule (already validated by the caller)."""
        async with self._db.transaction() as conn:
            async with conn.execute(
                "INSERT INTO filters (feed_id, target_id, kind, pattern, created_at) "
                f"VALUES (?, ?, ?, ?, ?) RETURNING {COLUMNS}",
                (feed_id, target_id, kind, pattern, now),
            ) as cur:
                row = await cur.fetchone()
        assert row is not None
        return filter_from_row(row)

    async def remove(self, filter_id: int) -> bool:
        """Delete a rule; False if unknown."""
        async with self._db.transaction() as conn:
            cur = await conn.execute("DELETE FROM filters WHERE id = ?", (filter_id,))
            return cur.rowcount > 0

    async def list_filters(self) -> list[StoredFilter]:
        """Every rule, feeds' first, then targets'."""
        async with self._db.reading() as conn:
            async with conn.execute(
                f"SELECT {COLUMNS} FROM filters ORDER BY feed_id IS NULL, feed_id, target_id, id"
            ) as cur:
                rows = await cur.fetchall()
        return [filter_from_row(r) for r in rows]

    async def for_feed(
        self, feed_id: int, target_ids: Sequence[int]
    ) -> tuple[list[StoredFilter], dict[int, list[StoredFilter]]]:
        """The feed's rules, and each target's."""
        feed_rules: list[StoredFilter] = []
        target_rules: dict[int, list[StoredFilter]] = {t: [] for t in target_ids}
        for rule in await self.list_filters():
            if rule.feed_id == feed_id:
                feed_rules.append(rule)
            elif rule.target_id in target_rules:
                target_rules[rule.target_id].append(rule)
        return feed_rules, target_rules

    async def filtered(self, limit: int = 20) -> list[tuple[str, str]]:
        """The latest filtered entries: (title, rule), newest first."""
        async with self._db.reading() as conn:
            async with conn.execute(
                "SELECT entries.title, filtered.rule FROM filtered "
                "JOIN entries ON entries.id = filtered.entry_id "
                "ORDER BY filtered.id DESC LIMIT ?",
                (limit,),
            ) as cur:
                rows = await cur.fetchall()
        return [(str(r[0]), str(r[1])) for r in rows]
