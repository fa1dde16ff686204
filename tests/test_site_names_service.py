"""Site names in the running service: read from the home page through the safe fetcher when a
feed is added and rarely after, kept with the feed, set by editors, credited in posts."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from aiohttp.abc import AbstractResolver

from bot.admin.site_names import name_site
from bot.admin.subscriptions import add_subscription
from bot.checker import FeedChecker
from bot.config import Settings
from bot.fetching.http import create_session
from bot.parts import SharedParts
from bot.workers import off_loop_in
from storage.records import Feed
from storage.store import Storage
from tests.conftest import (
    ADMIN_ID,
    CHANNEL_ID,
    STRANGER_ID,
    ServiceFactory,
    SettingsFactory,
    wait_until,
)
from tests.support.botapi import FakeBotApi
from tests.support.clock import HandClock
from tests.support.delivery import ask
from tests.support.dns import TrustedFirstHop
from tests.support.feedserver import FeedServer
from tests.support.rss import Item, rss

NOW = 1_800_000_000.0
DAY = 86400.0
PUBLISHER = "feeds.publisher.example"


def og_page(name: str) -> str:
    return f'<html><head><meta property="og:site_name" content="{name}"></head></html>'


def json_ld_page(name: str) -> str:
    ld = json.dumps({"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": name}})
    return f'<html><head><script type="application/ld+json">{ld}</script></head></html>'


def serve_page(server: FeedServer, path: str, page: str | bytes) -> None:
    """A web page at `path` ("" is the home page)."""
    server.set_feed(path, page, content_type="text/html; charset=utf-8")


def feed(title: str, home: str, *guids: str) -> str:
    items = [Item(f"Story {g}", f"https://site.example/{g}", f"<p>{g}.</p>", g) for g in guids]
    return rss(title, home, items)


@dataclass
class Service:
    """A checker on a real SQLite file and a real HTTP session, with a clock moved by hand."""

    shared: SharedParts
    checker: FeedChecker
    clock: HandClock

    @property
    def storage(self) -> Storage:
        return self.shared.storage

    async def add(self, url: str) -> Feed:
        """Subscribe as /add does (the home page is read here)."""
        return (await add_subscription(self.shared, self.checker, url)).feed

    async def check(self, feed_id: int) -> str:
        return (await self.checker.check(await self.feed(feed_id))).status

    async def feed(self, feed_id: int) -> Feed:
        found = await self.storage.feeds.get(feed_id)
        assert found is not None
        return found


@asynccontextmanager
async def service(
    tmp_path: Path, *, allow_private: bool = True, resolver: AbstractResolver | None = None
) -> AsyncIterator[Service]:
    """The service's parts, reading home pages every 30 days."""
    settings = Settings(
        _env_file=None,
        database=str(tmp_path / "db.sqlite"),
        allow_private_addresses=allow_private,
        site_name_days=30,
        fetch_timeout=5,
    )
    storage = await Storage.open(settings.database)
    executor = ThreadPoolExecutor(1)
    clock = HandClock(NOW)
    try:
        async with create_session(
            allow_private=allow_private, connect_timeout=2, total_timeout=5, resolver=resolver
        ) as session:
            shared = SharedParts(
                settings, storage, session, off_loop_in(executor), channel_id="-1", clock=clock
            )
            yield Service(shared, FeedChecker(shared), clock)
    finally:
        executor.shutdown()
        await storage.close()


async def test_the_name_the_home_page_states_is_read_once_when_added_and_monthly_after(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    serve_page(feed_server, "", og_page("The Example Times").encode())
    feed_server.set_feed("f.xml", feed("World – Example", feed_server.url(""), "a"))
    async with service(tmp_path) as parts:
        added = await parts.add(feed_server.url("f.xml"))
        assert (added.site_name, added.site_name_source) == ("The Example Times", "page")
        assert added.site_name_read_at == NOW
        # A changed feed a day later: the name stays, the home page is not fetched again.
        parts.clock.now += DAY
        feed_server.set_feed("f.xml", feed("World – Example", feed_server.url(""), "a", "b"))
        assert await parts.check(added.id) == "updated"
        assert len(feed_server.hits("")) == 1
        # Thirty days on, the next changed check reads it again, and a new name applies.
        parts.clock.now += 30 * DAY
        serve_page(feed_server, "", og_page("Example Times").encode())
        feed_server.set_feed("f.xml", feed("World – Example", feed_server.url(""), "a", "b", "c"))
        assert await parts.check(added.id) == "updated"
        assert len(feed_server.hits("")) == 2
        now = await parts.feed(added.id)
        assert (now.site_name, now.site_name_read_at) == ("Example Times", parts.clock.now)


async def test_a_home_page_with_json_ld_only_names_the_site(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    serve_page(feed_server, "", json_ld_page("Le Bugle").encode())
    # No <link>: the home page is the origin of the feed's own address.
    feed_server.set_feed("f.xml", rss("À la une", "", [Item("One", "https://b.example/1", "x")]))
    async with service(tmp_path) as parts:
        added = await parts.add(feed_server.url("f.xml"))
    assert (added.site_name, added.site_name_source) == ("Le Bugle", "page")
    assert [r.path for r in feed_server.hits("")] == ["/"]


async def test_a_home_page_that_names_nothing_leaves_the_name_from_the_title(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    serve_page(feed_server, "", b"<html><head><title>Home</title></head></html>")  # fmt: skip
    feed_server.set_feed("f.xml", feed("Tech – Example Gazette", feed_server.url(""), "a"))
    async with service(tmp_path) as parts:
        added = await parts.add(feed_server.url("f.xml"))
        assert (added.site_name, added.site_name_source) == ("Example Gazette", "title")
        # Read, so not read again at the next check.
        assert added.site_name_read_at == NOW
        feed_server.set_response("", 404)
        feed_server.set_feed("f.xml", feed("Tech – Example Gazette", feed_server.url(""), "a", "b"))
        await parts.check(added.id)
    assert len(feed_server.hits("")) == 1


async def test_a_home_page_on_a_private_address_is_refused_and_never_requested(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    serve_page(feed_server, "", og_page("Intranet").encode())
    serve_page(feed_server, "admin", og_page("Intranet").encode())
    resolver = TrustedFirstHop(PUBLISHER, {"intranet.corp.net": "127.0.0.1"})
    async with service(tmp_path, allow_private=False, resolver=resolver) as parts:
        for path, home in [
            ("a.xml", f"http://127.0.0.1:{feed_server.port}/"),
            ("b.xml", f"http://intranet.corp.net:{feed_server.port}/admin"),
            ("c.xml", f"http://[::1]:{feed_server.port}/"),
        ]:
            feed_server.set_feed(path, feed("Top Stories", home, "a"))
            url = feed_server.url(path, host=PUBLISHER)
            added = await parts.add(url)
            assert (added.site_name, added.site_name_source) != ("Intranet", "page")
            assert added.site_name_source == "domain"
    # The feeds were fetched through the trusted name; no home page was.
    assert sorted(r.path for r in feed_server.requests) == ["/a.xml", "/b.xml", "/c.xml"]


async def test_the_monthly_reading_never_replaces_an_editors_name(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    serve_page(feed_server, "", og_page("The Example Times").encode())
    feed_server.set_feed("f.xml", feed("World", feed_server.url(""), "a"))
    async with service(tmp_path) as parts:
        added = await parts.add(feed_server.url("f.xml"))
        named = await name_site(parts.storage, added.id, "  Times  of Example ")
        assert named is not None and (named.site_name, named.site_name_source) == (
            "Times of Example",
            "editor",
        )
        parts.clock.now += 60 * DAY
        feed_server.set_feed("f.xml", feed("World", feed_server.url(""), "a", "b"))
        assert await parts.check(added.id) == "updated"
        after = await parts.feed(added.id)
        assert (after.site_name, after.site_name_source) == ("Times of Example", "editor")
        assert len(feed_server.hits("")) == 1  # only when it was added
        # Back to automatic: derived from the stored title now, the page read at the next check.
        reset = await name_site(parts.storage, added.id, "auto")
        assert reset is not None and reset.site_name_source == "domain"
        feed_server.set_feed("f.xml", feed("World", feed_server.url(""), "a", "b", "c"))
        await parts.check(added.id)
        assert (await parts.feed(added.id)).site_name == "The Example Times"


async def test_editors_name_the_site_and_posts_credit_it_escaped(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    home = og_page("Smith &amp; Sons &lt;News&gt;").encode()
    serve_page(feed_server, "", home)
    now = time.time()
    items = [Item("First", "https://s.example/1", "<p>One.</p>", "1", now)]
    feed_server.set_feed("f.xml", rss("Home | Smith", feed_server.url(""), items))
    await service_factory(make_settings(site_name_days=30)).start()
    added = await ask(bot_api, f"/add {feed_server.url('f.xml')}")
    assert added.startswith("Added #1: Home | Smith\n") and added.endswith(
        "Posts credit Smith & Sons <News> (from the site's home page); /name 1 <name> changes that."
    )
    listing = await ask(bot_api, "/list")
    assert "credited as: Smith & Sons <News> (from the site's home page)" in listing

    items.append(Item("Second", "https://s.example/2", "<p>Two.</p>", "2", now + 1))
    feed_server.set_feed("f.xml", rss("Home | Smith", feed_server.url(""), items))
    [post] = await bot_api.wait_for_messages(CHANNEL_ID, 1, timeout=10)
    assert post.text is not None and "Smith &amp; Sons &lt;News&gt;" in (post.html or "")

    # A non-admin is refused and changes nothing.
    refusal = await ask(bot_api, "/name 1 Evil Corp", user_id=STRANGER_ID)
    assert refusal.startswith("Sorry, this bot is run by its editors")
    assert await ask(bot_api, "/name 1") == (
        "Feed #1 is credited as Smith & Sons <News> (from the site's home page)."
    )
    assert await ask(bot_api, "/name 1   Daily  <Planet>") == (
        "Posts from feed #1 credit Daily <Planet> (set by an editor) from now on."
    )
    assert "credited as: Daily <Planet> (set by an editor)" in await ask(bot_api, "/list")
    # /preview of the subscribed feed credits the same name as its posts will.
    replies = len(bot_api.replies_to(ADMIN_ID))
    bot_api.send_user_message(ADMIN_ID, f"/preview {feed_server.url('f.xml')}")
    await wait_until(lambda: len(bot_api.replies_to(ADMIN_ID)) >= replies + 2, what="preview")
    assert "Daily &lt;Planet&gt;" in (bot_api.replies_to(ADMIN_ID)[replies + 1].html or "")
    items.append(Item("Third", "https://s.example/3", "<p>Three.</p>", "3", now + 2))
    feed_server.set_feed("f.xml", rss("Home | Smith", feed_server.url(""), items))
    posts = await bot_api.wait_for_messages(CHANNEL_ID, 2, timeout=10)
    assert "Daily &lt;Planet&gt;" in (posts[1].html or "")
    assert (await ask(bot_api, "/name 7 X")) == "There is no feed #7. See /list."
    assert (await ask(bot_api, "/name 1 " + "x" * 81)).startswith("That name cannot be used")
