"""One SQLite connection (aiosqlite): pragmas, numbered migrations, serialised transactions."""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
from collections.abc import AsyncIterator, Callable, Collection
from contextlib import asynccontextmanager
from importlib import resources
from typing import TypeVar

import aiosqlite

from storage.checkpoint import BACKSTOP_PAGES, WalCheckpointer

log = logging.getLogger(__name__)

T = TypeVar("T")

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migration_scripts() -> list[tuple[int, str]]:
    """The numbered `.sql` files shipped in `storage/migrations`, in order."""
    found: list[tuple[int, str]] = []
    for item in resources.files("storage.migrations").iterdir():
        match = _MIGRATION_NAME.match(item.name)
        if match:
            found.append((int(match.group(1)), item.read_text(encoding="utf-8")))
    found.sort()
    numbers = [n for n, _ in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..n without gaps, found {numbers}")
    return found


# The largest integer SQLite stores: no row id is larger, and a larger parameter makes the
# query itself raise (OverflowError), so ids typed by people are checked against it first.
MAX_INTEGER = 2**63 - 1


def placeholders(values: Collection[object]) -> str:
    """`?,?,?`: one SQL parameter mark per value, for an IN list."""
    return ",".join("?" for _ in values)


class Database:
    """The single writer connection; every unit of work runs as one transaction under a lock."""

    def __init__(
        self, conn: aiosqlite.Connection, checkpointer: WalCheckpointer | None = None
    ) -> None:
        self.conn = conn
        self.checkpointer = checkpointer
        # One connection is shared by all tasks, so transactions must not interleave.
        self._lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: str, *, checkpoint_in_background: bool = True) -> Database:
        """Open (creating if needed) and migrate the database at `path` (":memory:" works)."""
        # Without `checkpoint_in_background`, the caller runs `checkpointer.run` in its tasks.
        conn = await aiosqlite.connect(path, isolation_level=None)
        conn.row_factory = aiosqlite.Row
        await conn.execute("PRAGMA busy_timeout = 5000")
        checkpointer = None
        if path != ":memory:":
            await conn.execute("PRAGMA journal_mode = WAL")
            await conn.execute(f"PRAGMA wal_autocheckpoint = {BACKSTOP_PAGES:d}")
            checkpointer = WalCheckpointer(path)
        await conn.execute("PRAGMA synchronous = NORMAL")
        await conn.execute("PRAGMA foreign_keys = ON")
        # 32 MB of page cache (default 2 MB): the interior pages of the story-band index
        # (millions of rows in a long-lived archive) stay in memory, so a lookup or insert
        # reads only its leaf page.
        await conn.execute("PRAGMA cache_size = -32000")
        db = cls(conn, checkpointer)
        await db.migrate()
        if checkpointer is not None and checkpoint_in_background:
            checkpointer.start()
        return db

    async def migrate(self) -> None:
        """Apply the migrations newer than `PRAGMA user_version`, each in its own transaction."""
        async with self.conn.execute("PRAGMA user_version") as cursor:
            row = await cursor.fetchone()
        current = int(row[0]) if row else 0
        for number, script in migration_scripts():
            if number <= current:
                continue
            log.info("applying migration %04d", number)
            # executescript commits implicitly; the version bump rides in the same script.
            await self.conn.executescript(
                f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number:d};\nCOMMIT;"
            )

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """BEGIN IMMEDIATE … COMMIT (ROLLBACK on error), serialised with other tasks."""
        async with self._lock:
            await self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                await self.conn.execute("ROLLBACK")
                raise
            await self.conn.execute("COMMIT")
            self._written()

    async def run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run `work(connection)` as one transaction on the database thread, in one trip."""
        # For units of work with many statements: one trip to aiosqlite's thread instead of
        # one each (each trip wakes two threads). Serialised like transaction().
        async with self._lock:
            # aiosqlite's own (untyped) executor method: the connection lives on its thread.
            result: T = await self.conn._execute(  # type: ignore[no-untyped-call]
                _in_transaction, self.conn._conn, work
            )
            self._written()
            return result

    def _written(self) -> None:
        if self.checkpointer is not None:
            self.checkpointer.note_write()

    @asynccontextmanager
    async def reading(self) -> AsyncIterator[aiosqlite.Connection]:
        """The connection for reads, not interleaved with another task's open transaction."""
        async with self._lock:
            yield self.conn

    async def close(self) -> None:
        """Close the connection (the last one to close checkpoints the whole log)."""
        if self.checkpointer is not None:
            await self.checkpointer.close()
        await self.conn.close()


def _in_transaction(connection: sqlite3.Connection, work: Callable[[sqlite3.Connection], T]) -> T:
    connection.execute("BEGIN IMMEDIATE")
    try:
        result = work(connection)
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
    return result
