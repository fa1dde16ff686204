"""Every command ends with an answer, as an attacker and a careless editor would try them:
parse limits, broken OPML lists, ids out of range, unsafe links, slow feeds, strangers in
groups. Each is answered within seconds and the event loop never stalls for 100 ms."""

from __future__ import annotations

import asyncio
import time

from handlers.commands import COMMANDS
from tests.conftest import (
    ADMIN_ID,
    CHANNEL_ID,
    STRANGER_ID,
    ServiceFactory,
    SettingsFactory,
    carried,
    wait_until,
)
from tests.support.botapi import FakeBotApi
from tests.support.delivery import ask
from tests.support.feedserver import FeedServer
from tests.support.loop_stalls import watch_loop_stalls
from tests.support.rss import Item, rss

BIG_FEED = carried("corpus", "fastfeedparser", "benchmark_data", "6d28cf55da15a12d")
USAGE = {c.name: c.usage for c in COMMANDS}
# The longest the event loop may go without running others' tasks (the issue's bound).
MAX_STALL_MS = 100
GROUP_ID = -1009876543210


def _feed(name: str) -> str:
    now = time.time()
    return rss(
        f"{name.title()} News",
        f"https://{name}.example",
        [
            Item(
                f"{name} {i}", f"https://{name}.example/{i}", f"<p>Text {i}.</p>", f"{name}{i}", now
            )
            for i in range(1, 3)
        ],
    )


async def _replies_after(bot_api: FakeBotApi, before: int, count: int) -> list[str]:
    await wait_until(
        lambda: len(bot_api.replies_to(ADMIN_ID)) >= before + count, what=f"{count} replies"
    )
    return [m.text or "" for m in bot_api.replies_to(ADMIN_ID)[before:]]


async def test_a_parse_over_its_limit_and_a_broken_import_list_get_answers(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    feed_server.set_file("big.xml", BIG_FEED)  # a 2.5 MB feed needs far more than 0.05 s
    feed_server.set_response("gone.xml", 404)
    feed_server.set_response("notes.txt", 200, b"hello, these are my notes")
    feed_server.set_feed("good.xml", _feed("good"))
    await service_factory(make_settings(parse_timeout=0.05)).start()
    async with watch_loop_stalls() as stalls:
        big = feed_server.url("big.xml")
        assert await ask(bot_api, f"/add {big}") == (
            f"Could not add {big}: parsing took more than 0.05 s of CPU time"
        )
        # A non-feed is explained in words, not by the parser's exception class.
        notes = await ask(bot_api, f"/add {feed_server.url('notes.txt')}")
        assert "neither XML nor JSON" in notes and "Exception" not in notes
        assert "ContentType" not in notes

        outlines = [big, feed_server.url("gone.xml"), "javascript:alert(1)"]
        outlines.append(feed_server.url("good.xml"))
        opml = (
            '<?xml version="1.0"?><opml version="2.0"><head/><body>'
            + "".join(f'<outline text="x" xmlUrl="{url}"/>' for url in outlines)
            + "</body></opml>"
        ).encode()
        before = len(bot_api.replies_to(ADMIN_ID))
        bot_api.send_user_document(ADMIN_ID, "feeds.opml", opml)
        first, report = await _replies_after(bot_api, before, 2)
    assert first == "Importing 4 feed(s); this may take a moment…"
    assert report.startswith("Imported 1 feed(s); 0 already subscribed; 3 could not be added.")
    assert "#1 Good News" in report
    assert f"✗ {big}\nparsing took more than 0.05 s of CPU time" in report
    assert f"✗ {feed_server.url('gone.xml')}\n" in report and "404" in report
    assert "✗ javascript:alert(1)\nonly http:// and https:// URLs can be feeds" in report
    assert "#1 Good News (▶ active)" in await ask(bot_api, "/list")
    assert stalls.worst_ms < MAX_STALL_MS


async def test_ids_out_of_range_or_not_ascii_get_the_usage_line(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    feed_server.set_feed("good.xml", _feed("good"))
    await service_factory(make_settings()).start()
    huge = "9" * 23
    async with watch_loop_stalls() as stalls:
        assert (await ask(bot_api, f"/add {feed_server.url('good.xml')}")).startswith("Added #1")
        for command, name in (
            (f"/remove {huge}", "remove"),
            ("/remove ²", "remove"),
            (f"/pause {huge}", "pause"),
            (f"/skip {huge}", "skip"),
            ("/skip ٣", "skip"),
            (f"/route {huge} 1", "route"),
            ("/route 1 ²", "route"),
            (f"/targets add -100999:{huge}", "targets"),
            (f"/targets add -{huge}{huge}", "targets"),
            (f"/targets remove {huge}", "targets"),
            (f"/filter remove {huge}", "filter"),
            ("/interval 1 ٣", "interval"),
            ("/interval 1 nan", "interval"),
        ):
            assert await ask(bot_api, command) == USAGE[name], command
        assert await ask(bot_api, f"/template #{huge} {{title}}") == (
            f"There is no target #{huge}. See /targets."
        )
        assert await ask(bot_api, "/retry 77") == "There is no post #77. See /queue."
        # A target named twice is routed to, and listed, once.
        assert (await ask(bot_api, "/targets add @second Second")).startswith("Added target")
        routed = await ask(bot_api, "/route 1 2 2 #2")
        assert routed.count("Second") == 1 and routed.startswith("Feed #1 now goes to")
        assert await ask(bot_api, "/route 1 2 7") == "There is no target #7. See /targets."
    assert stalls.worst_ms < MAX_STALL_MS


async def test_a_footer_starting_with_a_number_and_a_javascript_link_in_a_template(
    bot_api: FakeBotApi, make_settings: SettingsFactory, service_factory: ServiceFactory
) -> None:
    await service_factory(make_settings()).start()
    # Only `#2` names a target: "24 7 news for you" is the footer itself.
    assert (await ask(bot_api, "/footer 24 7 news for you")).startswith("Footer set for target #1")
    assert "24 7 news for you" in await ask(bot_api, "/footer")
    assert await ask(bot_api, "/footer #24 more news") == "There is no target #24. See /targets."
    for template in (
        '<a href="javascript:alert(1)">{title}</a>',
        "<a href='data:text/html,x'>{title}</a>",
        '<a href=" JaVa&#83;cript:alert(1)">{title}</a>',
    ):
        refused = await ask(bot_api, f"/template {template}")
        assert refused.startswith("Not changed:"), refused
        assert "only http://, https:// and tg:// addresses may be linked" in refused
    refused = await ask(bot_api, '/footer <a href="file:///etc/passwd">us</a>')
    assert refused.startswith("Not changed: footer:") and "may be linked" in refused
    assert (await ask(bot_api, '/template <a href="tg://resolve?domain=x">{title}</a>')).startswith(
        "Template set"
    )


async def test_status_is_answered_while_a_slow_add_runs_and_changes_keep_their_order(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    feed_server.set_feed("slow.xml", _feed("slow"))
    feed_server.routes["/slow.xml"].delay = 5.0
    await service_factory(make_settings(fetch_timeout=20.0)).start()
    before = len(bot_api.replies_to(ADMIN_ID))
    async with watch_loop_stalls() as stalls:
        bot_api.send_user_message(ADMIN_ID, f"/add {feed_server.url('slow.xml')}")
        bot_api.send_user_message(ADMIN_ID, "/pause 1")  # a change: waits for the /add
        await asyncio.sleep(2)
        asked = time.monotonic()
        status = await ask(bot_api, "/status")
        answered = time.monotonic() - asked
        replies = await _replies_after(bot_api, before, 3)
    feed_server.routes["/slow.xml"].delay = 0.0  # the next check need not hold up the stop
    assert status.startswith("Feeds: 0") and answered < 2.0
    # /status (a read) came first; /pause ran after the /add it followed, and found feed #1.
    assert replies[0] == status
    assert replies[1].startswith("Added #1: Slow News")
    assert replies[2] == "Paused feed #1."
    assert stalls.worst_ms < MAX_STALL_MS


async def test_strangers_in_groups_and_commands_for_other_bots_get_no_answer(
    bot_api: FakeBotApi, make_settings: SettingsFactory, service_factory: ServiceFactory
) -> None:
    await service_factory(make_settings()).start()
    async with watch_loop_stalls() as stalls:
        bot_api.send_user_message(STRANGER_ID, "/start@other_bot")
        bot_api.send_user_message(STRANGER_ID, "/add https://a.example/f", group_id=GROUP_ID)
        bot_api.send_user_message(STRANGER_ID, "/start@newsbot_test_bot", group_id=GROUP_ID)
        bot_api.send_user_message(ADMIN_ID, "/list", group_id=GROUP_ID)
        bot_api.send_user_message(ADMIN_ID, "/help@other_bot")
        bot_api.send_user_message(ADMIN_ID, "/frobnicate@other_bot")
        # Settled once the admin's own command, sent last, is answered (plus a margin).
        assert (await ask(bot_api, "/help@newsbot_test_bot")).startswith("newsbot keeps")
        await asyncio.sleep(0.5)
        refusal = await ask(bot_api, "/status", user_id=STRANGER_ID)
    sent_to = {bot_api.chat_key(c["chat_id"]) for c in bot_api.calls_to("sendMessage")}
    assert sent_to == {ADMIN_ID, STRANGER_ID}
    assert len(bot_api.replies_to(ADMIN_ID)) == 1 and len(bot_api.replies_to(STRANGER_ID)) == 1
    # A stranger learns no id: not the channel's, not their own.
    assert "only they can use" in refusal
    assert str(CHANNEL_ID) not in refusal and str(STRANGER_ID) not in refusal
    assert stalls.worst_ms < MAX_STALL_MS
