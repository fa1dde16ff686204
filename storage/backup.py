"""Backups of the database with SQLite's online backup API: safe while the service writes."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

# Tables whose rows a backup report counts: what an operator would miss.
COUNTED_TABLES = ("feeds", "entries", "stories", "posts", "targets", "filters")


class BackupError(Exception):
    """A backup or restore that could not be made; the message says why and what to do."""


@dataclass(frozen=True)
class CopyReport:
    """What a backup or restore copied: the file, its size, rows per table, posts by state."""

    path: str
    size: int
    rows: dict[str, int]
    posts: dict[str, int]
    schema_version: int


def _connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def _report(path: str) -> CopyReport:
    with closing(_connect(path)) as conn:
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise BackupError(f"{path} is damaged (SQLite quick_check: {check})")
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        # Names come from the fixed tuple above, never from input.
        rows = {
            t: int(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0])
            for t in COUNTED_TABLES
            if t in present
        }
        posts: dict[str, int] = {}
        if "posts" in present:
            posts = dict(conn.execute("SELECT state, COUNT(*) FROM posts GROUP BY state"))
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    return CopyReport(path, os.path.getsize(path), rows, posts, version)


def backup_database(database: str, target: str, *, force: bool = False) -> CopyReport:
    """Copy the live database to `target` (one consistent snapshot); refuses to overwrite."""
    if not Path(database).is_file():
        raise BackupError(f"there is no database at {database} (NEWSBOT_DATABASE)")
    if Path(target).exists() and not force:
        raise BackupError(f"{target} exists: choose another name, or --force to overwrite it")
    # Written beside the target and renamed into place, so a failed backup never leaves a
    # half-written file under the target's name.
    partial = f"{target}.partial"
    try:
        with closing(_connect(database)) as source, closing(_connect(partial)) as copy:
            # One step (pages=-1): a read snapshot the service's writes do not restart.
            source.backup(copy)
            # A backup is one self-contained file: no -wal beside it.
            copy.execute("PRAGMA journal_mode = DELETE")
        report = _report(partial)
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        Path(partial).unlink(missing_ok=True)
        raise BackupError(f"cannot back up {database} to {target}: {exc}") from None
    return CopyReport(target, report.size, report.rows, report.posts, report.schema_version)


def restore_database(backup: str, database: str) -> CopyReport:
    """Replace the database's content with a backup's (the service must be stopped)."""
    if not Path(backup).is_file():
        raise BackupError(f"there is no backup at {backup}")
    report = _report(backup)  # a damaged backup is refused before anything is touched
    try:
        with closing(_connect(backup)) as source, closing(_connect(database)) as live:
            # Through SQLite rather than a file copy: the database's -wal and -shm files stay
            # consistent with what is restored.
            source.backup(live)
            live.execute("PRAGMA journal_mode = WAL")
    except sqlite3.Error as exc:
        raise BackupError(f"cannot restore {backup} into {database}: {exc}") from None
    return CopyReport(database, report.size, report.rows, report.posts, report.schema_version)


def format_report(verb: str, report: CopyReport) -> str:
    """What was copied, for the operator: size, rows per table, posts by state."""
    rows = ", ".join(f"{table} {count}" for table, count in report.rows.items())
    posts = ", ".join(f"{state} {count}" for state, count in sorted(report.posts.items()))
    return (
        f"{verb} {report.path}: {report.size / 1024:.0f} KiB, schema version "
        f"{report.schema_version}\nrows: {rows}\nposts: {posts or 'none'}"
    )
