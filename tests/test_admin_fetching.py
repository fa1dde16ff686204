"""Admins in the chat: told when a feed is paused, /interval, discovery on /add, OPML files."""

from __future__ import annotations

from bot.admin.opml import parse_opml
from tests.conftest import (
    ADMIN_ID,
    STRANGER_ID,
    ServiceFactory,
    SettingsFactory,
    wait_until,
)
from tests.support.botapi import FakeBotApi
from tests.support.feedserver import FeedServer
from tests.support.rss import Item, rss


def _feed(title: str) -> str:
    item = Item(f"{title} story", f"https://{title}.example/1", "<p>Text.</p>", guid=f"{title}-1")
    return rss(title, f"https://{title}.example", [item])


async def _ask(bot_api: FakeBotApi, user_id: int, text: str) -> str:
    before = len(bot_api.replies_to(user_id))
    bot_api.send_user_message(user_id, text)
    await wait_until(lambda: len(bot_api.replies_to(user_id)) > before, what=f"reply to {text}")
    reply = bot_api.replies_to(user_id)[before]
    return reply.text or ""


async def test_admins_are_told_when_a_feed_is_gone_and_list_shows_why(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    feed_server.set_feed("world.xml", _feed("world"))
    service = service_factory(make_settings())
    await service.start()
    assert (await _ask(bot_api, ADMIN_ID, f"/add {feed_server.url('world.xml')}")).startswith(
        "Added #1"
    )
    replies = len(bot_api.replies_to(ADMIN_ID))
    feed_server.set_response("world.xml", 410, b"gone")
    await wait_until(lambda: len(bot_api.replies_to(ADMIN_ID)) > replies, what="the notice")
    notice = bot_api.replies_to(ADMIN_ID)[replies].text or ""
    assert notice.startswith("Feed #1 world is paused: the feed is gone (HTTP 410).")
    assert "/resume 1" in notice
    assert "paused: the feed is gone (HTTP 410)" in await _ask(bot_api, ADMIN_ID, "/list")
    assert bot_api.replies_to(STRANGER_ID) == []
    hits = len(feed_server.hits("world.xml"))
    await _ask(bot_api, ADMIN_ID, "/status")
    assert len(feed_server.hits("world.xml")) == hits  # a paused feed is left alone


async def test_interval_sets_and_resets_one_feeds_interval(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    feed_server.set_feed("world.xml", _feed("world"))
    service = service_factory(make_settings())
    await service.start()
    await _ask(bot_api, ADMIN_ID, f"/add {feed_server.url('world.xml')}")
    reply = await _ask(bot_api, ADMIN_ID, "/interval 1 90")
    assert reply.startswith("Feed #1 is checked every 90 min from now on")
    assert "checked every 90 min" in await _ask(bot_api, ADMIN_ID, "/list")
    hits = len(feed_server.hits("world.xml"))
    await _ask(bot_api, ADMIN_ID, "/status")
    await _ask(bot_api, ADMIN_ID, "/status")
    assert len(feed_server.hits("world.xml")) <= hits + 1  # no longer every second
    assert await _ask(bot_api, ADMIN_ID, "/interval 1 default") == (
        "Feed #1 is checked every 1 s again."
    )
    assert await _ask(bot_api, ADMIN_ID, "/interval 7 10") == "There is no feed #7. See /list."
    assert (await _ask(bot_api, ADMIN_ID, "/interval 1 often")).startswith("Usage: /interval")


async def test_add_of_a_web_page_subscribes_to_the_feed_it_names(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    feed_server.set_feed("feeds/world.xml", _feed("world"))
    page = (
        "<!DOCTYPE html><html><head><title>World</title>"
        '<link rel="stylesheet" href="/style.css">'
        '<link rel="alternate" type="application/rss+xml" title="World" href="feeds/world.xml">'
        "</head><body>News</body></html>"
    )
    feed_server.set_feed("index.html", page, content_type="text/html; charset=utf-8")
    service = service_factory(make_settings())
    await service.start()
    reply = await _ask(bot_api, ADMIN_ID, f"/add {feed_server.url('index.html')}")
    assert reply.startswith(
        f"{feed_server.url('index.html')} is a web page; I chose the feed it names: "
        f"{feed_server.url('feeds/world.xml')}\nAdded #1: world"
    ), reply


async def test_add_of_a_page_naming_several_feeds_lists_them_and_adds_none(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    page = (
        "<html><head>"
        '<link rel="alternate" type="application/rss+xml" title="Posts" href="/rss">'
        '<link rel="alternate" type="application/atom+xml" href="https://other.example/atom">'
        '<link rel="alternate" type="application/feed+json" title="JSON" href="/feed.json">'
        "</head></html>"
    )
    feed_server.set_feed("blog", page, content_type="text/html")
    service = service_factory(make_settings())
    await service.start()
    reply = await _ask(bot_api, ADMIN_ID, f"/add {feed_server.url('blog')}")
    assert reply.splitlines() == [
        f"{feed_server.url('blog')} is a web page that lists 3 feeds; add the one you want:",
        f"• RSS (Posts): {feed_server.url('rss')}",
        "• Atom: https://other.example/atom",
        f"• JSON Feed (JSON): {feed_server.url('feed.json')}",
    ]
    assert "No feeds yet" in await _ask(bot_api, ADMIN_ID, "/list")


async def test_an_opml_file_sent_to_the_bot_is_imported_and_export_sends_one_back(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    feed_server.set_feed("world.xml", _feed("world"))
    feed_server.set_feed("tech.xml", _feed("tech"))
    opml = (
        '<?xml version="1.0"?><opml version="2.0"><head><title>mine</title></head><body>'
        f'<outline text="World" xmlUrl="{feed_server.url("world.xml")}"/>'
        f'<outline text="Tech" xmlUrl="{feed_server.url("tech.xml")}"/>'
        '<outline text="Local" xmlUrl="file:///etc/passwd"/>'
        "</body></opml>"
    ).encode()
    service = service_factory(make_settings())
    await service.start()
    assert (await _ask(bot_api, ADMIN_ID, "/import")).startswith("Send me the OPML file")

    before = len(bot_api.replies_to(ADMIN_ID))
    bot_api.send_user_document(ADMIN_ID, "feeds.opml", opml, caption="/import")
    await wait_until(lambda: len(bot_api.replies_to(ADMIN_ID)) >= before + 2, what="the report")
    texts = [m.text or "" for m in bot_api.replies_to(ADMIN_ID)[before:]]
    assert texts[0] == "Importing 3 feed(s); this may take a moment…"
    assert texts[1].startswith("Imported 2 feed(s); 0 already subscribed; 1 could not be added.")
    assert "✗ file:///etc/passwd\nonly http:// and https:// URLs can be feeds" in texts[1]

    before = len(bot_api.replies_to(ADMIN_ID))
    bot_api.send_user_message(ADMIN_ID, "/export")
    await wait_until(lambda: len(bot_api.replies_to(ADMIN_ID)) > before, what="the export")
    sent = bot_api.replies_to(ADMIN_ID)[before]
    assert sent.kind == "document" and sent.document == "newsbot-feeds.opml"
    assert sent.caption and sent.caption.startswith("2 feed(s).")
    assert sent.document_bytes is not None
    assert sorted(f.url for f in parse_opml(sent.document_bytes)) == [
        feed_server.url("tech.xml"),
        feed_server.url("world.xml"),
    ]


async def test_a_file_that_is_not_opml_is_refused_with_the_reason(
    bot_api: FakeBotApi, make_settings: SettingsFactory, service_factory: ServiceFactory
) -> None:
    service = service_factory(make_settings())
    await service.start()
    before = len(bot_api.replies_to(ADMIN_ID))
    bot_api.send_user_document(ADMIN_ID, "notes.txt", b"just some notes")
    await wait_until(lambda: len(bot_api.replies_to(ADMIN_ID)) > before, what="the refusal")
    assert (bot_api.replies_to(ADMIN_ID)[before].text or "").startswith(
        "Could not import notes.txt: not an XML document"
    )
    assert {c["command"] for c in bot_api.commands} >= {"interval", "import", "export"}
