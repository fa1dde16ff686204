"""WAL checkpoints on a thread of their own, off the writer's commit path.

SQLite's automatic checkpoint runs inside the COMMIT that crosses its threshold: that
transaction then copies ~1000 pages into the database file and waits for an fsync. With a
large archive those pages lie scattered over the file (story-band inserts land at random
places in a big index), so the commit that pays grows with the archive. The SQLite docs
suggest this remedy: turn the automatic checkpoint into a rare backstop and checkpoint from
another connection on a thread, where the waiting stalls nothing (`bench/story_match.py`).
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3

log = logging.getLogger(__name__)

# The writer's own automatic checkpoint stays on as a backstop (80 MB of WAL at 4 KiB pages),
# so the log cannot grow without bound if this checkpointer falls behind or stops.
BACKSTOP_PAGES = 20_000


class WalCheckpointer:
    """Runs `PRAGMA wal_checkpoint(PASSIVE)` every `interval` seconds after writes."""

    def __init__(self, path: str, interval: float = 1.0) -> None:
        self.path = path
        self.interval = interval
        self.checkpoints = 0
        self.errors = 0
        self._written = False
        self._stop = asyncio.Event()
        self._conn: sqlite3.Connection | None = None
        self._task: asyncio.Task[None] | None = None
        self._in_flight: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Begin checkpointing in a task of its own (call from the event loop)."""
        self._task = asyncio.create_task(self._loop(), name="wal-checkpointer")

    @property
    def started(self) -> bool:
        """Whether `start` runs it in a task of its own (else a caller runs `run`)."""
        return self._task is not None

    async def run(self, stop: asyncio.Event) -> None:
        """Checkpoint until `stop` is set (or close()): for a task group that owns this loop,
        as the service's does, instead of `start`."""
        relay = asyncio.create_task(self._stop_with(stop))
        try:
            await self._loop()
        finally:
            relay.cancel()

    async def _stop_with(self, stop: asyncio.Event) -> None:
        await stop.wait()
        self._stop.set()

    def note_write(self) -> None:
        """Tell the checkpointer a transaction has committed since its last run."""
        self._written = True

    async def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                await asyncio.wait_for(self._stop.wait(), timeout=self.interval)
            except TimeoutError:
                pass
            if self._written and not self._stop.is_set():
                self._written = False
                # Shielded and kept: should this loop be cancelled, the thread still runs,
                # and close() must wait for it before closing the connection it uses.
                self._in_flight = asyncio.create_task(asyncio.to_thread(self._checkpoint))
                await asyncio.shield(self._in_flight)

    def _checkpoint(self) -> None:
        # PASSIVE: copies what no reader still needs and never blocks the writer.
        try:
            if self._conn is None:
                # Used by one thread at a time (the loop awaits each run), not always the same.
                self._conn = sqlite3.connect(self.path, check_same_thread=False)
            self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            self.checkpoints += 1
        except sqlite3.Error as exc:
            # The backstop checkpoint still bounds the log; say so and try again later.
            self.errors += 1
            self._written = True
            log.warning("WAL checkpoint failed (%d so far): %s", self.errors, exc)

    async def close(self) -> None:
        """Stop after the checkpoint under way, if any, and close the connection."""
        self._stop.set()
        if self._task is not None:
            # wait() rather than await: a task the loop already cancelled must not turn
            # closing the database into an error.
            await asyncio.wait({self._task})
        if self._in_flight is not None:
            await asyncio.wait({self._in_flight})
        if self._conn is not None:
            self._conn.close()
            self._conn = None
