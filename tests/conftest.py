"""Fixtures: a real feed server and a real Bot API server on 127.0.0.1, and the service."""

from __future__ import annotations

import asyncio
import hashlib
import os
from collections.abc import AsyncIterator, Callable
from functools import cache
from multiprocessing import forkserver
from pathlib import Path
from typing import Any

import pytest

from bot.app import run_service
from bot.config import Settings
from bot.workers import WORK_MODULES
from tests.support.botapi import FakeBotApi
from tests.support.feedserver import FeedServer

REPO = Path(__file__).resolve().parent.parent
ADMIN_ID = 1001
STRANGER_ID = 2002
CHANNEL_ID = -1001234567890
TOKEN = "123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz"


# The project carries the data its tests read (provenance in tests/data/SOURCES.md), so a fresh
# clone passes with nothing beside it; the larger shared corpus only adds coverage.
DATA = REPO / "tests" / "data"


def carried(*parts: str) -> Path:
    """A file or folder of the copy under tests/data: a missing one fails, it never skips.

    Tests of specific files read only this copy, whatever NEWSBOT_CORPUS says, so their
    outcome does not depend on the machine they run on.
    """
    path = DATA.joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"carried test data missing: {path} (see tests/data/SOURCES.md)")
    return path


def corpus_roots() -> list[Path]:
    """The feed corpora the corpus-wide tests run over: the carried one, or $NEWSBOT_CORPUS.

    CI sets NEWSBOT_CORPUS to the full shared corpus (../shared/corpus); a name that is set
    but is not a folder is a mistake, so it fails rather than quietly testing less. A corpus
    that holds every carried file byte for byte replaces the carried run rather than adding to
    it: the shared corpus holds all 552 carried files, and running them twice was ~100 s of the
    suite's two workers (session 28's `--durations`) for no file checked that was not already.
    """
    carried_root = carried("corpus")
    given = os.environ.get("NEWSBOT_CORPUS")
    if not given:
        return [carried_root]
    root = Path(given).resolve()
    if not root.is_dir():
        raise FileNotFoundError(f"NEWSBOT_CORPUS={given} is not a folder")
    if root == carried_root.resolve():
        return [carried_root]
    if _file_digests(carried_root) <= _file_digests(root):
        return [root]
    return [carried_root, root]


@cache
def _file_digests(root: Path) -> frozenset[str]:
    """The content digests of every file under `root` (23 MB of corpus: a fraction of a second)."""
    return frozenset(
        hashlib.blake2b(p.read_bytes(), digest_size=16).hexdigest()
        for p in root.rglob("*")
        if p.is_file()
    )


def corpus_id(root: Path) -> str:
    """A test id that says which corpus ran: `carried` or `NEWSBOT_CORPUS`."""
    return "carried" if root == DATA / "corpus" else "NEWSBOT_CORPUS"


# The files that take longest, longest first (per-file totals of `--durations`, session 26):
# they start the run, so that `--dist loadfile` fills the end with short files instead of
# ending on one worker alone. `--no-loadscope-reorder` (pyproject addopts) keeps this order:
# xdist's default queues files by their number of tests, which put test_corpus.py (two
# tests, the longest file) near the end. Saving (Q28): see CONTRIBUTING.md's testing part.
LONG_FILES = (
    "test_corpus.py",
    "test_corpus_conformance.py",
    "test_parse.py",
    "test_cli.py",
    "test_cli_faults.py",
    "test_run_process.py",
    "test_posts_end_to_end.py",
    "test_parse_bounds.py",
    "test_delivery_recovery.py",
    "test_service_end_to_end.py",
    "test_crash_recovery.py",
    "test_delivery_errors.py",
    "test_admin_commands.py",
    "test_command_answers.py",
    "test_preflight.py",
    "test_opml.py",
    "test_admin_fetching.py",
    "test_judged_families.py",
    "test_lead_edges.py",
    "test_judged_s24_parse_cpu.py",
    "test_lead_structure.py",
    "test_fast_sax.py",
    "test_backup.py",
    "test_hostile_filters.py",
    "test_story_pairs.py",
)


def pytest_configure(config: pytest.Config) -> None:
    """Parse workers fork from a forkserver that already holds their modules."""
    # Every service a test starts (service_factory, `newsbot` run in-process) makes a pool whose
    # workers fork from this process's one forkserver (multiprocessing's, started at the first
    # pool) and import bot.workers.WORK_MODULES in init_worker: ~2 s of CPU a service, in a
    # process pytest does not count, while the test waits for start-up. Loaded once in the
    # forkserver, the workers inherit them and init_worker's imports cost nothing; what a
    # worker does and measures (its memory cap, its bounds) is the same.
    forkserver.set_forkserver_preload(list(WORK_MODULES))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Long files first (LONG_FILES), the rest in collection order; a file's tests stay in order."""
    rank = {name: place for place, name in enumerate(LONG_FILES)}
    items[:] = sorted(items, key=lambda item: rank.get(item.path.name, len(rank)))


@pytest.fixture
async def feed_server() -> AsyncIterator[FeedServer]:
    server = FeedServer()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
async def bot_api() -> AsyncIterator[FakeBotApi]:
    server = FakeBotApi(token=TOKEN)
    await server.start()
    yield server
    await server.stop()


SettingsFactory = Callable[..., Settings]


@pytest.fixture
def make_settings(tmp_path: Path, bot_api: FakeBotApi) -> SettingsFactory:
    """Settings for a service talking to the test servers, on a database in tmp_path."""

    def make(**overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "bot_token": TOKEN,
            "channel_id": str(CHANNEL_ID),
            "admin_ids": (ADMIN_ID,),
            "database": str(tmp_path / "newsbot.db"),
            "api_base_url": bot_api.base_url,
            "poll_interval": 1.0,
            "allow_private_addresses": True,
            "parse_workers": 1,
            "fetch_timeout": 5.0,
            # Channel posts 0.05 s apart, not the default 3 s (20 a minute): a test posting
            # three stories waited 6 s for the pacer. Tests of pacing set their own rate.
            "chat_rate_period": 1.0,
            # Test feeds link real sites' home pages: only the tests of site names read
            # them, from the feed server (tests/test_site_names.py).
            "site_name_days": 0,
        }
        values.update(overrides)
        return Settings(_env_file=None, **values)

    return make


class RunningService:
    """`newsbot run` inside the test's event loop, stopped through its stop event."""

    def __init__(self, settings: Settings, bot_api: FakeBotApi) -> None:
        self.settings = settings
        self.bot_api = bot_api
        self.stop_event = asyncio.Event()
        self.task: asyncio.Task[int] | None = None

    async def start(self) -> None:
        """Start and wait until the bot polls for updates or set its webhook (so commands
        will be seen)."""
        polls_before = len(self.bot_api.calls_to("getUpdates"))
        hooks_before = len(self.bot_api.calls_to("setWebhook"))
        self.task = asyncio.create_task(run_service(self.settings, stop=self.stop_event))
        # A readiness wait, not a timing check: idle it takes well under a second, but with
        # both cores busy (load 10-12) start-up has taken over 10 s, so allow a minute.
        for _ in range(1200):
            if self.task.done():
                self.task.result()  # raises the start-up error
            if len(self.bot_api.calls_to("getUpdates")) > polls_before:
                return
            if len(self.bot_api.calls_to("setWebhook")) > hooks_before:
                return
            await asyncio.sleep(0.05)
        raise AssertionError("the service did not start polling for updates within 60 s")

    async def stop(self) -> int:
        """Stop cleanly and return the exit code."""
        assert self.task is not None
        self.stop_event.set()
        return await asyncio.wait_for(self.task, timeout=20)


# What the `service_factory` fixture hands a test: settings in, a service not yet started out.
ServiceFactory = Callable[[Settings], RunningService]


@pytest.fixture
async def service_factory(bot_api: FakeBotApi) -> AsyncIterator[ServiceFactory]:
    started: list[RunningService] = []

    def make(settings: Settings) -> RunningService:
        service = RunningService(settings, bot_api)
        started.append(service)
        return service

    yield make
    for service in started:
        if service.task is not None and not service.task.done():
            await service.stop()


def service_environment(bot_api: FakeBotApi, database: Path, **extra: str) -> dict[str, str]:
    """The environment of a `newsbot run` process against `bot_api` (NEWSBOT_* from `extra`)."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBOT_")}
    return (
        base
        | {
            "NEWSBOT_BOT_TOKEN": TOKEN,
            "NEWSBOT_CHANNEL_ID": str(CHANNEL_ID),
            "NEWSBOT_ADMIN_IDS": str(ADMIN_ID),
            "NEWSBOT_DATABASE": str(database),
            "NEWSBOT_API_BASE_URL": bot_api.base_url,
            "NEWSBOT_POLL_INTERVAL": "1",
            "NEWSBOT_CHAT_RATE_PERIOD": "1",  # posts 0.05 s apart, as in make_settings
            "NEWSBOT_ALLOW_PRIVATE_ADDRESSES": "true",
            "NEWSBOT_PARSE_WORKERS": "1",
            "NEWSBOT_SITE_NAME_DAYS": "0",
            "PYTHONPATH": os.pathsep.join(
                p for p in [str(REPO), os.environ.get("PYTHONPATH")] if p
            ),
        }
        | {f"NEWSBOT_{name.upper()}": value for name, value in extra.items()}
    )


async def wait_until(predicate: Callable[[], bool], timeout: float = 10.0, what: str = "") -> None:
    """Poll `predicate` until true, else fail naming `what`."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what or predicate}")
        await asyncio.sleep(0.05)
