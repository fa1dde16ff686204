"""Why a database file cannot be used, said in one line the operator can act on."""

# The checks here run before SQLite is asked anything, for the faults whose SQLite message
# ("unable to open database file") names no cause; what only SQLite can tell (not a database,
# locked) is translated from its error code by `explain`.

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

# The variable the operator sets; every message names it so the fix is obvious.
DATABASE_VARIABLE = "NEWSBOT_DATABASE"


class DatabaseUnusable(Exception):
    """The database file cannot be opened or written; the message says why, in one line."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{DATABASE_VARIABLE}={path}: {reason}")
        self.path = path
        self.reason = reason


def _writable(path: Path, mode: int) -> bool:
    # The mode bits as well as access(): root may write anywhere, but a file nobody may
    # write is one the operator marked read-only on purpose.
    return bool(mode & 0o222) and os.access(path, os.W_OK)


def check_database_path(path: str) -> None:
    """Raise DatabaseUnusable when `path` cannot be a database newsbot writes."""
    if path == ":memory:":
        return
    file = Path(path)
    folder = file.parent
    if not folder.exists():
        raise DatabaseUnusable(path, f"the folder {folder} does not exist; create it first")
    if not folder.is_dir():
        raise DatabaseUnusable(path, f"{folder} is not a folder")
    try:
        status = file.stat()
    except FileNotFoundError:
        status = None
    if status is not None and stat.S_ISDIR(status.st_mode):
        raise DatabaseUnusable(path, "is a folder, not a database file; name a file in it")
    if status is not None and not stat.S_ISREG(status.st_mode):
        raise DatabaseUnusable(path, "is not a regular file")
    if status is not None and not _writable(file, status.st_mode):
        raise DatabaseUnusable(path, "the file is read-only; newsbot must be able to write it")
    # SQLite keeps its write-ahead log and newsbot its lock file beside the database.
    if not _writable(folder, folder.stat().st_mode):
        raise DatabaseUnusable(path, f"the folder {folder} is read-only; newsbot writes beside it")


# SQLite's primary result codes (the low byte of an extended code) newsbot explains.
_REASONS = {
    "SQLITE_NOTADB": "the file is not a SQLite database (is it the right file?)",
    "SQLITE_CORRUPT": "the database file is damaged (restore a backup)",
    "SQLITE_BUSY": "another program holds a lock on the database; stop it, then start again",
    "SQLITE_LOCKED": "another program holds a lock on the database; stop it, then start again",
    "SQLITE_READONLY": "the database is read-only; newsbot must be able to write it",
    "SQLITE_CANTOPEN": "the file cannot be opened",
    "SQLITE_PERM": "newsbot may not use the file (permission denied)",
    "SQLITE_FULL": "the disk is full",
    "SQLITE_IOERR": "the disk could not be read or written",
}


def explain(path: str, error: sqlite3.Error) -> DatabaseUnusable:
    """The one-line reason for an error SQLite raised while opening `path`."""
    name = getattr(error, "sqlite_errorname", "") or ""
    for code, reason in _REASONS.items():
        if name == code or name.startswith(code + "_"):
            return DatabaseUnusable(path, f"{reason} (SQLite: {error})")
    return DatabaseUnusable(path, f"SQLite cannot use it: {error}")
