"""The write-ahead log is checkpointed on a thread of its own, not inside a commit."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from pathlib import Path

import pytest

from storage.checkpoint import BACKSTOP_PAGES, WalCheckpointer
from storage.store import Storage


def _wal_database(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE t (x TEXT)")
    return conn


async def test_committed_pages_reach_the_database_file_in_the_background(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    writer = _wal_database(path)
    writer.executemany("INSERT INTO t VALUES (?)", [("x" * 500,) for _ in range(400)])
    size_before = path.stat().st_size  # the rows are still only in the log
    checkpointer = WalCheckpointer(str(path), interval=0.02)
    checkpointer.start()
    checkpointer.note_write()
    for _ in range(200):
        if checkpointer.checkpoints:
            break
        await asyncio.sleep(0.01)
    await checkpointer.close()
    assert checkpointer.checkpoints == 1
    assert path.stat().st_size > size_before + 150_000
    writer.close()


async def test_without_writes_nothing_is_checkpointed(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    _wal_database(path).close()
    checkpointer = WalCheckpointer(str(path), interval=0.01)
    checkpointer.start()
    await asyncio.sleep(0.1)
    await checkpointer.close()
    assert checkpointer.checkpoints == 0


async def test_a_failing_checkpoint_is_logged_counted_and_retried(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "not-a-database"
    path.write_bytes(b"this is not SQLite" * 100)
    checkpointer = WalCheckpointer(str(path), interval=0.01)
    checkpointer.start()
    checkpointer.note_write()
    with caplog.at_level(logging.WARNING, logger="storage.checkpoint"):
        for _ in range(200):
            if checkpointer.errors >= 2:
                break
            await asyncio.sleep(0.01)
        await checkpointer.close()
    assert checkpointer.errors >= 2 and checkpointer.checkpoints == 0
    assert "WAL checkpoint failed" in caplog.text


async def test_the_service_database_checkpoints_in_the_background(tmp_path: Path) -> None:
    storage = await Storage.open(str(tmp_path / "s.db"))
    try:
        checkpointer = storage.db.checkpointer
        assert checkpointer is not None
        async with storage.db.reading() as conn:
            async with conn.execute("PRAGMA wal_autocheckpoint") as cur:
                # The commit's own checkpoint is only a backstop against an unbounded log.
                assert (await cur.fetchone())[0] == BACKSTOP_PAGES  # type: ignore[index]
        checkpointer.interval = 0.02
        await storage.feeds.add("https://a.example/feed", now=1.0)
        for _ in range(300):
            if checkpointer.checkpoints:
                break
            await asyncio.sleep(0.01)
        assert checkpointer.checkpoints >= 1
    finally:
        await storage.close()


async def test_closing_after_the_checkpointer_was_cancelled_is_quiet(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    _wal_database(path).close()
    checkpointer = WalCheckpointer(str(path), interval=0.01)
    checkpointer.start()
    assert checkpointer._task is not None
    checkpointer._task.cancel()  # as the loop does to stray tasks when it shuts down
    await asyncio.sleep(0)
    await checkpointer.close()


async def test_a_task_group_can_own_the_checkpointer_until_the_service_stops(
    tmp_path: Path,
) -> None:
    path = tmp_path / "w.db"
    writer = _wal_database(path)
    writer.executemany("INSERT INTO t VALUES (?)", [("x" * 500,) for _ in range(400)])
    checkpointer = WalCheckpointer(str(path), interval=0.02)
    stop = asyncio.Event()
    async with asyncio.TaskGroup() as group:
        group.create_task(checkpointer.run(stop))
        checkpointer.note_write()
        for _ in range(200):
            if checkpointer.checkpoints:
                break
            await asyncio.sleep(0.01)
        stop.set()  # the group ends with the service's stop, not a second later
    assert checkpointer.checkpoints == 1 and not checkpointer.started
    await checkpointer.close()
    writer.close()


async def test_closing_waits_for_a_checkpoint_its_cancelled_loop_left_running(
    tmp_path: Path,
) -> None:
    path = tmp_path / "w.db"
    writer = _wal_database(path)
    writer.executemany("INSERT INTO t VALUES (?)", [("x" * 500,) for _ in range(400)])
    checkpointer = WalCheckpointer(str(path), interval=0.01)
    started = asyncio.Event()
    checkpoint = checkpointer._checkpoint

    def slow_checkpoint() -> None:
        started.set()  # (set from the thread: read only after the loop's next turn)
        time.sleep(0.2)
        checkpoint()

    checkpointer._checkpoint = slow_checkpoint  # type: ignore[method-assign]
    loop_task = asyncio.create_task(checkpointer.run(asyncio.Event()))
    checkpointer.note_write()
    for _ in range(200):
        if started.is_set():
            break
        await asyncio.sleep(0.01)
    loop_task.cancel()  # as a task group cancels it when another loop fails
    await asyncio.wait({loop_task})
    await checkpointer.close()  # must not close the connection under the running thread
    assert checkpointer.checkpoints == 1
    writer.close()
