"""One service per database: an exclusive lock on a file beside it, naming the holder's pid."""

# flock rather than a lock row in SQLite: the kernel drops the lock the moment the holder dies
# (even by SIGKILL), so a crashed service never leaves a stale lock to clean up or time out,
# and the CLI's other commands keep using the database freely. (flock is unreliable on network
# file systems; keep the database on a local disk, as SQLite's WAL mode needs anyway.)

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

# How often a worker process checks that the service is still alive.
PARENT_CHECK_SECONDS = 1.0


class AlreadyRunning(Exception):
    """Another newsbot holds the database."""

    def __init__(self, database: str, pid: str) -> None:
        super().__init__(
            f"another newsbot (pid {pid or 'unknown'}) is already running on {database}; "
            "stop it first"
        )
        self.pid = pid


def lock_path(database: str) -> str:
    """The lock file beside the database."""
    return f"{database}.lock"


@contextmanager
def instance_lock(database: str) -> Iterator[None]:
    """Hold the database's lock file while the block runs; AlreadyRunning when taken."""
    fd = os.open(lock_path(database), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            raise AlreadyRunning(database, holder) from None
        # Written only once the lock is ours, so the file never names a process that lost.
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def exit_with_service(service_pid: int) -> None:
    """Worker initializer: exit once the service process is gone (even SIGKILLed)."""
    # A killed service cannot shut its pool down, and forkserver workers hold the pool's pipes
    # (and the forkserver's liveness pipe) open themselves, so they would linger as orphans.

    def watch() -> None:
        while True:
            time.sleep(PARENT_CHECK_SECONDS)
            try:
                os.kill(service_pid, 0)
            except OSError:  # gone (or the pid now belongs to someone else)
                os._exit(0)

    threading.Thread(target=watch, name="newsbot-service-watch", daemon=True).start()
