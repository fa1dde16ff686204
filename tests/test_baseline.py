"""A new feed's first check in one worker call (bot/compose/baseline.py): it stores exactly
what a parse call followed by a learn-and-compose call stored, on real feeds, and a check
that fails after it and is retried learns from its entries once."""

from __future__ import annotations

from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

import pytest

from bot.checker import FeedChecker
from bot.compose.baseline import Baseline, BaselineWork, parse_and_baseline
from bot.compose.entry import compose_batch, learn_and_compose
from bot.compose.selection import entries_to_store, select_new_entries
from bot.config import Settings
from bot.fetching.http import FetchResult, create_session
from bot.parsing.feeds import parse_feed
from bot.parts import SharedParts
from bot.text.boilerplate import FeedBoilerplate, LearnedBoilerplate
from bot.workers import off_loop_in
from storage.records import Feed, IngestResult
from storage.store import Storage
from tests.conftest import carried
from tests.support.feedserver import FeedServer

NOW = 1_800_000_000.0
SINCE = NOW - 30 * 86400
# Real feeds with boilerplate to learn (TIME's newsletter intro, Koerant's tagline) and a
# plain news feed.
FEEDS = [
    ("corpus", "fastfeedparser", "benchmark_data", "5da3b20f957be51d"),
    ("corpus", "FeedReader", "FeedReader.Tests", "Feeds", "Rss20NuusInAfrikaans.xml"),
    ("corpus", "rss-parser", "test", "input", "guardian.rss"),
]


def two_calls(body: bytes, url: str, known: frozenset[str], stored: str | None) -> object:
    """What the checker's parse call and learn-and-compose call made of a first check."""
    parsed = parse_feed(body, url=url, headers={}, post_details=False)
    selection = select_new_entries(parsed, known, baselined=False, backfill=0)
    compose = partial(
        compose_batch,
        source="Site",
        source_url=parsed.site_url,
        language=parsed.language,
        summary_chars=600,
        postable=selection.postable,
        fingerprint_since=SINCE,
    )
    state, _, composed = learn_and_compose(
        FeedBoilerplate.from_json(stored),
        list(selection.entries),
        now=NOW,
        compose=compose,
        parsed=parsed,
        feed_url=url,
        renders=False,
    )
    return (
        entries_to_store(selection, composed),
        selection.baseline,
        LearnedBoilerplate.since(stored, state),
        parsed.title,
        parsed.site_url,
        parsed.channel,
        parsed.ttl_seconds,
    )


def one_call(body: bytes, url: str, known: frozenset[str], stored: str | None) -> object:
    work = BaselineWork(url, known, stored, NOW, SINCE, 20.0)
    baseline = parse_and_baseline(body, url=url, headers={}, work=work)
    assert baseline.parsed.entries == ()  # the text stays in the worker
    parsed = baseline.parsed
    return (
        list(baseline.records),
        baseline.baseline,
        baseline.learned,
        parsed.title,
        parsed.site_url,
        parsed.channel,
        parsed.ttl_seconds,
    )


@pytest.mark.parametrize("path", FEEDS, ids=lambda p: p[-1])
def test_one_call_stores_what_the_two_calls_stored(path: tuple[str, ...]) -> None:
    file = carried(*path)
    body, url = file.read_bytes(), file.as_uri()
    entries = parse_feed(body, url=url, headers={}).entries
    assert len(entries) >= 5
    # A feed checked before: a state learned from half its entries, a third of them known.
    earlier = learn_and_compose(
        FeedBoilerplate(),
        list(entries[::2]),
        now=NOW - 86400,
        compose=lambda chosen, **_: [],
        parsed=parse_feed(body, url=url, headers={}),
        feed_url=url,
        renders=False,
    )[0].to_json()
    known = frozenset(e.key for e in entries[::3])
    for keys, stored in ((frozenset(), None), (known, earlier)):
        assert one_call(body, url, keys, stored) == two_calls(body, url, keys, stored)


class FailingOnce(FeedChecker):
    """A checker whose first store of a baseline fails, as a database error would."""

    failed = False

    async def store_baseline(
        self,
        feed: Feed,
        fetched: FetchResult,
        baseline: Baseline,
        *,
        now: float,
        digest: str | None = None,
        cache: float | None = None,
    ) -> IngestResult:
        if not self.failed:
            self.failed = True
            raise RuntimeError("disk I/O error")
        return await super().store_baseline(
            feed, fetched, baseline, now=now, digest=digest, cache=cache
        )


@pytest.fixture
async def storage(tmp_path: Path) -> AsyncIterator[Storage]:
    opened = await Storage.open(str(tmp_path / "db.sqlite"))
    yield opened
    await opened.close()


async def test_a_retried_first_check_learns_from_its_entries_once(
    feed_server: FeedServer, storage: Storage, tmp_path: Path
) -> None:
    settings = Settings(
        _env_file=None, database=str(tmp_path / "db.sqlite"), allow_private_addresses=True
    )
    feed_server.set_file("time.xml", carried(*FEEDS[0]))
    feed_server.set_file("same.xml", carried(*FEEDS[0]))
    executor = ThreadPoolExecutor(1)
    async with create_session(allow_private=True, connect_timeout=2, total_timeout=10) as session:
        shared = SharedParts(
            settings, storage, session, off_loop_in(executor), "-100", clock=lambda: NOW
        )
        failing = FailingOnce(shared)
        feed = await storage.feeds.add(feed_server.url("time.xml"), now=NOW)
        first = await failing.check(feed)
        assert first.status == "error" and "disk I/O error" in (first.error or "")
        assert await storage.boilerplate.get(feed.id) is None  # nothing learned is kept
        retried = await failing.check(await storage.feeds.get(feed.id) or feed)
        clean = await storage.feeds.add(feed_server.url("same.xml"), now=NOW)
        once = await FeedChecker(shared).check(clean)
    executor.shutdown()
    assert retried.status == once.status == "updated"
    assert retried.result is not None and once.result is not None
    assert retried.result.new_entries == once.result.new_entries > 0
    learned = await storage.boilerplate.get(feed.id)
    assert learned is not None and learned == await storage.boilerplate.get(clean.id)
