"""Editors' commands in the private chat: list, pause, resume, status, add errors."""

from __future__ import annotations

import asyncio
import time

from tests.conftest import CHANNEL_ID, ServiceFactory, SettingsFactory
from tests.support.botapi import FakeBotApi
from tests.support.delivery import ask
from tests.support.feedserver import FeedServer
from tests.support.rss import Item, rss


def _feed(n: int) -> str:
    now = time.time()
    return rss(
        "Paused News",
        "https://paused.example",
        [
            Item(f"Item {i}", f"https://paused.example/{i}", f"<p>Text {i}.</p>", f"p{i}", now + i)
            for i in range(1, n + 1)
        ],
    )


async def test_commands_are_registered_with_telegram(
    bot_api: FakeBotApi, make_settings: SettingsFactory, service_factory: ServiceFactory
) -> None:
    await service_factory(make_settings()).start()
    names = {c["command"] for c in bot_api.commands}
    assert {"add", "remove", "list", "pause", "resume", "status", "help"} <= names
    assert {"preview", "template", "footer", "filter", "route", "targets", "fulltext"} <= names


async def test_nothing_from_a_paused_feed_is_posted_until_it_is_resumed(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    feed_server.set_feed("p.xml", _feed(1))
    await service_factory(make_settings()).start()
    assert (await ask(bot_api, f"/add {feed_server.url('p.xml')}")).startswith("Added #1")
    assert await ask(bot_api, "/pause 1") == "Paused feed #1."
    feed_server.set_feed("p.xml", _feed(3))
    hits = len(feed_server.hits("p.xml"))
    # Three poll intervals (1 s each) pass without a check or a post.
    await asyncio.sleep(3)
    assert len(feed_server.hits("p.xml")) == hits
    assert bot_api.messages(CHANNEL_ID) == []
    listing = await ask(bot_api, "/list")
    assert "#1 Paused News (⏸ paused)" in listing and feed_server.url("p.xml") in listing

    assert await ask(bot_api, "/resume") == "Resumed all feeds (1 changed)."
    posted = await bot_api.wait_for_messages(CHANNEL_ID, 2, timeout=10)
    assert [m.text.split("\n")[0] for m in posted if m.text] == ["Item 2", "Item 3"]
    status = await ask(bot_api, "/status")
    assert "Feeds: 1 (0 paused)" in status and "2 sent" in status and "0 failed" in status


async def test_add_explains_what_is_wrong(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    feed_server.set_response("page.html", 200, b"<html><body>Hello</body></html>")
    feed_server.set_response("gone.xml", 404)
    await service_factory(make_settings(allow_private_addresses=False)).start()
    assert (await ask(bot_api, "/add")).startswith("Usage: /add")
    refused = await ask(bot_api, f"/add {feed_server.url('page.html')}")
    assert refused.startswith("Could not add") and "not a public address" in refused
    assert "only http" in await ask(bot_api, "/add file:///etc/passwd")
    assert feed_server.requests == []


async def test_add_refuses_a_page_that_is_not_a_feed(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    feed_server.set_response("page.html", 200, b"<html><body>Hello</body></html>")
    feed_server.set_response("gone.xml", 404)
    await service_factory(make_settings()).start()
    assert "names no RSS, Atom or JSON feed" in await ask(
        bot_api, f"/add {feed_server.url('page.html')}"
    )
    assert "HTTP 404" in await ask(bot_api, f"/add {feed_server.url('gone.xml')}")
    assert "No feeds yet" in await ask(bot_api, "/list")
