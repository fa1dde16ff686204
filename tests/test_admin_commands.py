"""Editors' commands in the private chat: the command table, usage and error replies, list,
pause, resume, status, add errors."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from contextlib import closing

import pytest

from handlers.commands import COMMANDS
from tests.conftest import ADMIN_ID, CHANNEL_ID, ServiceFactory, SettingsFactory, wait_until
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


async def test_the_command_table_is_what_telegram_and_help_show(
    bot_api: FakeBotApi, make_settings: SettingsFactory, service_factory: ServiceFactory
) -> None:
    await service_factory(make_settings()).start()
    table = [{"command": c.name, "description": c.description} for c in COMMANDS]
    assert bot_api.commands == table
    names = {c["command"] for c in bot_api.commands}
    assert {"add", "remove", "list", "pause", "resume", "status", "help"} <= names
    assert {"preview", "template", "footer", "filter", "route", "targets", "fulltext"} <= names
    for command in ("/help", "/start"):
        listed = (await ask(bot_api, command)).split("\n")[2:]
        assert listed == [f"/{c.name} — {c.description}" for c in COMMANDS]


async def test_a_command_used_wrongly_gets_its_usage_line_from_the_table(
    bot_api: FakeBotApi, make_settings: SettingsFactory, service_factory: ServiceFactory
) -> None:
    usage = {c.name: c.usage for c in COMMANDS}
    await service_factory(make_settings()).start()
    # Ids beyond SQLite's integers, or not in ASCII digits, are no ids: the usage line, not
    # an exception from the query or from int().
    assert await ask(bot_api, "/remove 99999999999999999999999") == usage["remove"]
    assert await ask(bot_api, "/pause ²") == usage["pause"]
    assert await ask(bot_api, "/resume ٣") == usage["resume"]
    assert await ask(bot_api, "/retry 99999999999999999999") == usage["retry"]
    assert await ask(bot_api, "/interval 99999999999999999999 5") == usage["interval"]
    assert await ask(bot_api, "/fulltext ¹ auto") == usage["fulltext"]
    assert await ask(bot_api, "/route 99999999999999999999 1") == usage["route"]
    assert await ask(bot_api, "/targets add -100123:99999999999999999999") == usage["targets"]
    assert await ask(bot_api, "/remove") == usage["remove"]
    assert await ask(bot_api, "/remove 1") == "There is no feed #1. See /list."
    assert (
        await ask(bot_api, "/template #99999999999999999999 <b>{title}</b>")
        == "There is no target #99999999999999999999. See /targets."
    )
    # Showing a setting ends with the usage line too.
    assert (await ask(bot_api, "/footer")).endswith(usage["footer"])


async def test_a_command_that_raises_gets_a_reply_and_the_log_its_traceback(
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = make_settings()
    await service_factory(settings).start()
    # A real fault, from outside: the filters' table is gone (only /filter reads it here).
    with closing(sqlite3.connect(settings.database)) as conn:
        conn.execute("DROP TABLE filters")
        conn.commit()
    before = len(bot_api.replies_to(ADMIN_ID))
    update_id = bot_api.send_user_message(ADMIN_ID, "/filter@newsbot_test_bot list")
    await wait_until(lambda: len(bot_api.replies_to(ADMIN_ID)) > before, what="the reply")
    reply = bot_api.replies_to(ADMIN_ID)[before].text
    assert reply == f"Something went wrong with /filter; it is logged as #{update_id}."
    [logged] = [r for r in caplog.records if r.name == "handlers.errors"]
    assert logged.levelname == "ERROR" and f"update {update_id} (/filter from user" in (
        logged.getMessage()
    )
    assert logged.exc_info is not None and isinstance(logged.exc_info[1], sqlite3.Error)
    assert "No error handlers are registered" not in caplog.text
    # The service goes on answering.
    assert (await ask(bot_api, "/list")).startswith("No feeds yet")


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
