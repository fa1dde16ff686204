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
from storage.faults import DatabaseUnusable, check_database_path, explain

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


# How long a statement waits for another connection's lock: while running, and while opening.
BUSY_MS = 5000
OPEN_BUSY_MS = 2000

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
        """Open (creating if needed) and migrate the database at `path` (":memory:" works);
        DatabaseUnusable, with the reason in one line, when it cannot be used."""
        # Without `checkpoint_in_background`, the caller runs `checkpointer.run` in its tasks.
        check_database_path(path)
        conn = aiosqlite.connect(path, isolation_level=None)
        # aiosqlite's thread is not a daemon: one left waiting (a failed open, a lock held
        # by another program) would keep the process alive after every signal and exit.
        conn._thread.daemon = True
        try:
            db = await cls._prepare(await conn, path)
        except sqlite3.Error as exc:
            await _close_quietly(conn)
            raise explain(path, exc) from exc
        except BaseException:
            await _close_quietly(conn)
            raise
        if db.checkpointer is not None and checkpoint_in_background:
            db.checkpointer.start()
        return db

    @classmethod
    async def _prepare(cls, conn: aiosqlite.Connection, path: str) -> Database:
        conn.row_factory = aiosqlite.Row
        # Short while opening, so a database another program holds fails fast (and says so).
        await conn.execute(f"PRAGMA busy_timeout = {OPEN_BUSY_MS:d}")
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
        # Proves now, not at the first post, that newsbot can write (no other program's lock).
        await conn.execute("BEGIN IMMEDIATE")
        await conn.execute("ROLLBACK")
        db = cls(conn, checkpointer)
        await db._check_schema(path)
        await db.migrate()
        await conn.execute(f"PRAGMA busy_timeout = {BUSY_MS:d}")
        return db

    async def _check_schema(self, path: str) -> None:
        """DatabaseUnusable for another program's database, or a newer newsbot's."""
        async with self.conn.execute("PRAGMA user_version") as cursor:
            row = await cursor.fetchone()
        version = int(row[0]) if row else 0
        async with self.conn.execute("SELECT COUNT(*) FROM sqlite_master") as cursor:
            row = await cursor.fetchone()
        tables = int(row[0]) if row else 0
        if version == 0 and tables:
            raise DatabaseUnusable(
                path, "is a SQLite database of another program (it has no newsbot tables)"
            )
        known = len(migration_scripts())
        if version > known:
            raise DatabaseUnusable(
                path, f"was written by a newer newsbot (schema {version}; this one knows {known})"
            )

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


async def _close_quietly(conn: aiosqlite.Connection) -> None:
    try:
        await conn.close()
    except Exception:  # closing a connection that never opened: nothing left to release
        log.debug("closing a connection that failed to open", exc_info=True)


def _in_transaction(connection: sqlite3.Connection, work: Callable[[sqlite3.Connection], T]) -> T:
    connection.execute("BEGIN IMMEDIATE")
    try:
        result = work(connection)
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
    return result
