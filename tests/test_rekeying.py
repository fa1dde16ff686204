"""The re-keyed feed guard: an upgrade that changes how entry keys are made posts nothing twice,
and a genuinely new item still posts (a real SQLite file and the real feed server)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

import bot.checker
import bot.parsing.feeds
import bot.parsing.urls
from bot.checker import FeedChecker
from bot.compose.rekeying import rekeyed_keys
from bot.config import Settings
from bot.fetching.http import create_session
from bot.parsing.identity import KEY_SCHEME
from bot.parsing.models import FeedEntry
from bot.parts import SharedParts
from bot.workers import off_loop_in
from storage.records import KnownEntry
from storage.store import Storage
from tests.conftest import carried
from tests.entry_keys import carried_key_digests
from tests.support.clock import HandClock
from tests.support.feedserver import FeedServer
from tests.support.rss import Item, rss

NOW = 1_800_000_000.0
DAY = 86_400.0


@dataclass
class World:
    checker: FeedChecker
    storage: Storage
    server: FeedServer
    clock: HandClock

    async def check(self, feed_id: int) -> None:
        feed = await self.storage.feeds.get(feed_id)
        assert feed is not None
        assert (await self.checker.check(feed)).status == "updated"

    async def posted_titles(self) -> list[str | None]:
        return [post.title for post in await self.storage.outbox.list_posts()]

    async def entry_keys(self, feed_id: int) -> set[str]:
        return await self.storage.stories.entry_keys(feed_id)


@pytest.fixture
async def world(feed_server: FeedServer, tmp_path: Path) -> AsyncIterator[World]:
    settings = Settings(
        _env_file=None,
        database=str(tmp_path / "db.sqlite"),
        allow_private_addresses=True,
        fetch_timeout=5,
        site_name_days=0,
    )
    storage = await Storage.open(settings.database)
    clock = HandClock(NOW)

    async def notify(text: str) -> None:
        pass

    executor = ThreadPoolExecutor(1)  # in this process: the older scheme is patched in here
    async with create_session(allow_private=True, connect_timeout=2, total_timeout=5) as session:
        shared = SharedParts(
            settings, storage, session, off_loop_in(executor), channel_id="-100", clock=clock
        )
        yield World(
            FeedChecker(shared, notify=notify, rng=lambda: 0.0), storage, feed_server, clock
        )
    executor.shutdown()
    await storage.close()


def _shop(*numbers: int) -> str:
    # WildKidz's shape: guid-less items linking a redirect script whose "&go" an older newsbot
    # dropped from the key, each only a title (no text a story match could go by).
    items = [
        Item(f"Shirt {n}", f"https://shop.example/getLink.php?idx={n}&go", published=NOW + n * 60)
        for n in numbers
    ]
    return rss("Shop", "https://shop.example/", items)


def _as_before_session_10(monkeypatch: pytest.MonkeyPatch, scheme: int = 3) -> None:
    """newsbot as it was before session 10's keys: a query key without a value dropped."""
    monkeypatch.setattr(bot.parsing.urls, "_valueless_keys", lambda query: [])
    monkeypatch.setattr(bot.checker, "KEY_SCHEME", scheme)


async def test_an_upgrade_that_rekeys_a_feed_posts_nothing_twice(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as before:
        _as_before_session_10(before)
        world.server.set_feed("shop.xml", _shop(1, 2))
        feed = await world.storage.feeds.add(world.server.url("shop.xml"), now=NOW)
        await world.check(feed.id)  # the baseline: nothing posted
        world.clock.now = NOW + 400
        world.server.set_feed("shop.xml", _shop(1, 2, 3))
        await world.check(feed.id)
        assert await world.posted_titles() == ["Shirt 3"]
        old_keys = await world.entry_keys(feed.id)
        assert "url:https://shop.example/getLink.php?idx=3" in old_keys
    # The upgrade: every item's key changes ("?idx=3&go"); Shirt 4 is new since the last check.
    world.clock.now = NOW + 800
    world.server.set_feed("shop.xml", _shop(1, 2, 3, 4))
    await world.check(feed.id)
    assert await world.posted_titles() == ["Shirt 3", "Shirt 4"]
    # The new keys are stored (nothing lost), beside the old ones; the feed is keyed by now.
    keys = await world.entry_keys(feed.id)
    new_keys = {f"url:https://shop.example/getLink.php?idx={n}&go" for n in (1, 2, 3, 4)}
    assert keys == old_keys | new_keys
    stored = await world.storage.feeds.get(feed.id)
    assert stored is not None and stored.key_scheme == KEY_SCHEME
    # Later checks post what is new as ever.
    world.clock.now = NOW + 1200
    world.server.set_feed("shop.xml", _shop(2, 3, 4, 5))
    await world.check(feed.id)
    assert await world.posted_titles() == ["Shirt 3", "Shirt 4", "Shirt 5"]


async def test_without_the_guard_the_rekeyed_items_would_post_again(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same feed and upgrade, the feed's stored scheme claiming to be the current one: the
    # guard stays off and the three items already seen post again. What the guard prevents.
    with monkeypatch.context() as before:
        _as_before_session_10(before, scheme=KEY_SCHEME)
        world.server.set_feed("shop.xml", _shop(1, 2))
        feed = await world.storage.feeds.add(world.server.url("shop.xml"), now=NOW)
        await world.check(feed.id)
        world.clock.now = NOW + 400
        world.server.set_feed("shop.xml", _shop(1, 2, 3))
        await world.check(feed.id)
    world.clock.now = NOW + 800
    world.server.set_feed("shop.xml", _shop(1, 2, 3, 4))
    await world.check(feed.id)
    assert sorted(await world.posted_titles(), key=str) == [
        "Shirt 1",
        "Shirt 2",
        "Shirt 3",
        "Shirt 3",
        "Shirt 4",
    ]


def _archive(*numbers: int, page: str = "https://news.example/issues.php") -> str:
    # Session 9's change: guid-less items linking one page with their own anchors were one key
    # before it (the page's), each its own after it.
    items = [Item(f"Issue {n}", f"{page}#{n}", published=NOW - DAY + n * 60) for n in numbers]
    return rss("News", "https://news.example/", items)


async def test_items_that_shared_one_key_before_the_upgrade_are_seen_after_it(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as before:
        before.setattr(bot.parsing.feeds, "anchored", lambda link, canonical, pages: canonical)
        before.setattr(bot.checker, "KEY_SCHEME", 2)
        world.server.set_feed("news.xml", _archive(1, 2, 3))
        feed = await world.storage.feeds.add(world.server.url("news.xml"), now=NOW)
        await world.check(feed.id)
        assert await world.entry_keys(feed.id) == {"url:https://news.example/issues.php"}
    world.clock.now = NOW + 400
    # Issue 4, dated after the last check, is new; issues 1-3 were in the feed all along.
    items = [Item(f"Issue {n}", f"https://news.example/issues.php#{n}", published=NOW - DAY + n)
             for n in (1, 2, 3)]  # fmt: skip
    items.append(Item("Issue 4", "https://news.example/issues.php#4", published=NOW + 100))
    world.server.set_feed("news.xml", rss("News", "https://news.example/", items))
    await world.check(feed.id)
    assert await world.posted_titles() == ["Issue 4"]
    assert len(await world.entry_keys(feed.id)) == 5


# The decider alone.


def _entry(key: str, title: str, url: str | None, published: float | None = None) -> FeedEntry:
    return FeedEntry(
        key=key,
        title=title,
        link=url,
        canonical_url=url,
        published_at=published,
        content_html="",
    )


def _known(key: str, title: str, url: str | None, published: float | None = None) -> KnownEntry:
    return KnownEntry(key, title, url, url, published)


def test_an_item_is_rekeyed_when_its_recorded_key_is_gone_and_its_page_or_dated_title_is_it() -> (
    None
):
    recorded = [
        _known("url:https://a.example/p?x=1", "One", "https://a.example/p?x=1", NOW - DAY),
        _known("td:old", "Two  words", None, NOW - DAY),
    ]
    fresh = [
        _entry("url:https://a.example/p?x=1#top", "One (new title)", "https://a.example/p?x=1#top"),
        _entry("td:new", "two words", "https://a.example/two", NOW - DAY),
        _entry("url:https://a.example/three", "Three", "https://a.example/three"),
    ]
    current = {e.key for e in fresh}
    found = rekeyed_keys(fresh, recorded, current, last_checked_at=NOW)
    assert found == {"url:https://a.example/p?x=1#top", "td:new"}


def test_an_item_sharing_a_page_with_one_still_in_the_feed_is_new() -> None:
    # The recorded item is still there under its key: the other item on its page is another.
    recorded = [_known("id:1", "One", "https://a.example/page", NOW - DAY)]
    fresh = [_entry("id:2", "Two", "https://a.example/page", NOW - DAY)]
    assert rekeyed_keys(fresh, recorded, {"id:1", "id:2"}, last_checked_at=NOW) == frozenset()


def test_a_page_several_recorded_items_link_identifies_none_of_them() -> None:
    # A show's episodes all linking its page, told apart by their guids: an episode new in
    # the upgrade's check (undated) is no older one re-keyed because an old one left the feed.
    page = "https://a.example/show/"
    recorded = [_known(f"id:{n}", f"Episode {n}", page) for n in (1, 2, 3)]
    fresh = [_entry("id:4", "Episode 4", page)]
    assert rekeyed_keys(fresh, recorded, {"id:2", "id:3", "id:4"}, last_checked_at=NOW) == set()


def test_a_front_page_or_a_date_after_the_last_check_makes_no_match() -> None:
    recorded = [
        _known("url:old", "Home", "https://a.example/", NOW - DAY),
        _known("url:old2", "Story", "https://a.example/story", NOW - DAY),
    ]
    fresh = [
        _entry("td:1", "Another", "https://a.example/"),
        _entry("url:new", "Story", "https://a.example/story", NOW + 60),
    ]
    assert rekeyed_keys(fresh, recorded, {"td:1", "url:new"}, last_checked_at=NOW) == frozenset()


# Keys are stored: a change to how they are made must raise KEY_SCHEME.


# tests/data/entry_keys.json holds, under its key scheme, the sha256 of each carried feed's entry
# keys (one a line, in file order). Per file, so that carrying a new feed changes nothing: a
# change in how keys are made changes a listed file's digest, and then KEY_SCHEME must be raised
# (bot/parsing/identity.py) and the table written again (`python -m tests.entry_keys`).
def test_the_carried_feeds_keys_are_the_ones_of_this_key_scheme() -> None:
    recorded = json.loads(carried("entry_keys.json").read_text())
    assert recorded["key_scheme"] == KEY_SCHEME, "KEY_SCHEME was raised: write the table again"
    assert len(recorded["files"]) >= 200
    now = carried_key_digests(sorted(recorded["files"]))
    changed = sorted(name for name, digest in recorded["files"].items() if now[name] != digest)
    assert not changed, (
        f"entry keys changed in {changed[:5]} ({len(changed)} files): raise KEY_SCHEME in "
        "bot/parsing/identity.py and run `python -m tests.entry_keys`"
    )
