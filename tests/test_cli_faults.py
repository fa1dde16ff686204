"""The CLI as an operator's mistakes and a hostile disk would try it: every fault ends the
process within seconds, non-zero, with one line that names what to fix."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager, closing
from pathlib import Path

import pytest

from tests.conftest import REPO, carried, service_environment
from tests.support.botapi import FakeBotApi
from tests.support.cli import Finished, run_newsbot

BIG_FEED = carried("corpus", "fastfeedparser", "benchmark_data", "6d28cf55da15a12d")
# Start-up (imports) takes a second or two idle, over 20 s at load 7-9 on 2 cores; a hang
# is what this catches, not slowness.
SECONDS = 60.0


async def _newsbot(env: dict[str, str], *args: str) -> Finished:
    return await run_newsbot(env, *args, timeout=SECONDS)


def _random_bytes(path: Path) -> Path:
    path.write_bytes(os.urandom(5000))
    return path


def _text_file(path: Path) -> Path:
    path.write_text("These are my notes, not a database.\n" * 20)
    return path


def _in_missing_folder(path: Path) -> Path:
    return path.parent / "no-such-folder" / "newsbot.db"


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


def _read_only(path: Path) -> Path:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (x)")
    path.chmod(0o444)
    return path


def _another_programs(path: Path) -> Path:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        conn.commit()
    return path


# (fault, what the line must say, the command that meets it): each command meets several.
FAULTS: list[tuple[Callable[[Path], Path], str, tuple[str, ...]]] = [
    (_random_bytes, "not a SQLite database", ("run", "--once")),
    (_text_file, "not a SQLite database", ("feeds", "list")),
    (_in_missing_folder, "does not exist", ("run",)),
    (_folder, "is a folder", ("run", "--once")),
    (_read_only, "read-only", ("feeds", "list")),
    (_another_programs, "another program", ("posts",)),
    (_folder, "is a folder", ("feeds", "add", "https://example.com/feed.xml")),
]


@pytest.fixture
def env_for(bot_api: FakeBotApi) -> Callable[[Path], dict[str, str]]:
    return lambda database: service_environment(bot_api, database)


def _one_line(ended: Finished, database: Path, says: str) -> None:
    assert ended.status == 2, ended
    assert ended.stderr.count("\n") == 1 and "Traceback" not in ended.stderr, ended.stderr
    assert ended.stderr.startswith(f"newsbot: NEWSBOT_DATABASE={database}: "), ended.stderr
    assert says in ended.stderr, ended.stderr


async def test_a_database_that_cannot_be_used_ends_every_command_with_one_line(
    tmp_path: Path, env_for: Callable[[Path], dict[str, str]]
) -> None:
    databases = [fault(tmp_path / f"db{n}") for n, (fault, _, _) in enumerate(FAULTS)]
    # Two at a time: each is a process of its own, and the machine has two cores.
    limit = asyncio.Semaphore(2)

    async def run(database: Path, command: tuple[str, ...]) -> Finished:
        async with limit:
            return await _newsbot(env_for(database), *command)

    ended = await asyncio.gather(
        *(run(db, command) for db, (_, _, command) in zip(databases, FAULTS, strict=True))
    )
    for database, result, (_, says, _) in zip(databases, ended, FAULTS, strict=True):
        _one_line(result, database, says)


@asynccontextmanager
async def _held_by_another_program(database: Path) -> AsyncIterator[None]:
    """Another process holds an exclusive lock on `database` while the block runs."""
    holder = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        "import sqlite3, sys, time\n"
        f"c = sqlite3.connect({str(database)!r}, isolation_level=None)\n"
        "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(60)",
        stdout=asyncio.subprocess.PIPE,
    )
    assert holder.stdout is not None
    assert await asyncio.wait_for(holder.stdout.readline(), SECONDS) == b"locked\n"
    try:
        yield
    finally:
        holder.kill()
        await holder.wait()


async def test_a_database_locked_by_another_program_is_named_and_signals_end_the_run(
    tmp_path: Path, env_for: Callable[[Path], dict[str, str]]
) -> None:
    database = tmp_path / "newsbot.db"
    env = env_for(database)
    assert (await _newsbot(env, "feeds", "list")).status == 0  # a good newsbot database
    async with _held_by_another_program(database):
        _one_line(await _newsbot(env, "run", "--once"), database, "another program holds a lock")
        # SIGTERM while the service waits for the lock ends it: no thread is left waiting.
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli", "run", env=env, cwd=str(REPO),
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        )  # fmt: skip
        await asyncio.sleep(1.5)
        process.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(process.wait(), SECONDS)
    assert code != 0


async def test_operator_mistakes_on_the_command_line_get_one_line_each(
    tmp_path: Path, env_for: Callable[[Path], dict[str, str]]
) -> None:
    env = env_for(tmp_path / "newsbot.db") | {"NEWSBOT_PARSE_TIMEOUT": "0.05"}
    huge = "9" * 23
    cases = [
        (("feeds", "remove", huge), f"there is no feed #{huge}"),
        (("inspect", "--target", huge, "https://example.com/f"), f"no target #{huge}"),
        (("feeds", "export", "/nonexistent/dir/x.opml"), "cannot write /nonexistent/dir/x.opml"),
        (("feeds", "add", str(tmp_path / "missing.xml")), "there is no file"),
        # A 2.5 MB feed needs far more than 0.05 s of CPU time to parse.
        (("feeds", "add", str(BIG_FEED)), "parsing took more than 0.05 s of CPU time"),
    ]
    assert (await _newsbot(env, "feeds", "list")).status == 0  # the database made (and logged)
    usage_errors = [
        (("run", "--once", "--backfill", "-5"), "argument --backfill: '-5' is not a count"),
        (("feeds", "remove", "²"), "argument feed_id: '²' is not an id"),
    ]
    limit = asyncio.Semaphore(2)  # one process per core

    async def run(args: tuple[str, ...]) -> Finished:
        async with limit:
            return await _newsbot(env, *args)

    ended = await asyncio.gather(*(run(args) for args, _ in cases + usage_errors))
    for (_, says), result in zip(cases, ended[: len(cases)], strict=True):
        assert result.status == 1 and result.stderr.count("\n") == 1 and says in result.stderr, (
            result
        )
    # Arguments that are no numbers at all: argparse's usage and one error line.
    for (_, says), result in zip(usage_errors, ended[len(cases) :], strict=True):
        assert result.status == 2 and says in result.stderr and "Traceback" not in result.stderr, (
            result
        )
