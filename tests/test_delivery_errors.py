"""Telegram's error answers, one class each: the post's final state and the channel's contents."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest

from tests.conftest import (
    ADMIN_ID,
    CHANNEL_ID,
    ServiceFactory,
    SettingsFactory,
    wait_until,
)
from tests.support.botapi import FakeBotApi
from tests.support.delivery import (
    FAST,
    ask,
    headlines,
    outbox,
    publish,
    start_with_feed,
    stories,
    wait_for_post,
)
from tests.support.feedserver import FeedServer


async def test_a_flood_wait_holds_only_the_channel_and_never_drops_the_post(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    settings = make_settings(**FAST, send_max_retries=2)
    await start_with_feed(service_factory(settings), bot_api, feed_server)
    # More 429s than the retry budget: a flood wait is not an error and is never given up on.
    for seconds in (2, 1, 1):
        bot_api.inject_fault(
            "sendMessage",
            error_code=429,
            description=f"Too Many Requests: retry after {seconds}",
            retry_after=seconds,
            chat_id=CHANNEL_ID,
        )
    publish(feed_server, stories(2))
    await wait_until(lambda: len(bot_api.rejected) == 1, what="the first 429")

    # While the channel waits, the admin's chat does not.
    started = time.monotonic()
    assert (await ask(bot_api, "/status")).startswith("Feeds: 1")
    assert time.monotonic() - started < 1.5
    assert bot_api.messages(CHANNEL_ID) == []

    await bot_api.wait_for_messages(CHANNEL_ID, 1, timeout=10)
    assert time.monotonic() - started >= 3  # holds of 2, 1 and 1 s
    assert headlines(bot_api) == ["Story number 2 & <friends>"]
    assert [r[2] for r in bot_api.rejected] == [429, 429, 429]
    post = await wait_for_post(settings.database, 1, "sent")
    assert post["attempts"] == 4 and post["retryable_errors"] == 0


async def test_server_errors_are_retried_with_backoff_and_the_post_goes_out_once(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    settings = make_settings(**{**FAST, "send_retry_delay": 0.3})
    await start_with_feed(service_factory(settings), bot_api, feed_server)
    bot_api.inject_fault(
        "sendMessage", error_code=500, description="Internal Server Error", times=2
    )
    publish(feed_server, stories(2))
    await wait_until(lambda: len(bot_api.rejected) == 1, what="the first 500")
    first_error = time.monotonic()
    await bot_api.wait_for_messages(CHANNEL_ID, 1, timeout=10)
    # Backoff 0.3 s then 0.6 s, each with ±50% jitter: at least 0.45 s in all.
    assert time.monotonic() - first_error >= 0.45
    assert headlines(bot_api) == ["Story number 2 & <friends>"]
    post = await wait_for_post(settings.database, 1, "sent")
    assert (post["attempts"], post["retryable_errors"]) == (3, 2)


async def test_a_post_failing_every_try_is_failed_with_the_reason_and_the_queue_moves_on(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    settings = make_settings(**FAST, send_max_retries=3)
    await start_with_feed(service_factory(settings), bot_api, feed_server)
    bot_api.inject_fault("sendMessage", error_code=502, description="Bad Gateway", times=3)
    publish(feed_server, stories(3))  # two new stories: the first meets every error

    await bot_api.wait_for_messages(CHANNEL_ID, 1, timeout=10)
    assert headlines(bot_api) == ["Story number 3 & <friends>"]
    failed = await wait_for_post(settings.database, 1, "failed")
    assert failed["last_error"] == "NetworkError: Bad Gateway (after 3 tries)"
    status = await ask(bot_api, "/status")
    assert "Posts: 0 pending, 0 sending, 1 sent, 1 failed, 0 unconfirmed, 0 skipped" in status
    assert "Last failure: #1: NetworkError: Bad Gateway (after 3 tries)" in status
    queue = await ask(bot_api, "/queue")
    assert queue.startswith("Failed (1) — /retry <id> or /skip <id>:\n#1 Story number 2")
    assert "Bad Gateway (after 3 tries)" in queue

    assert await ask(bot_api, "/retry 1") == "Post #1 queued again: Story number 2 & <friends>"
    await bot_api.wait_for_messages(CHANNEL_ID, 2, timeout=10)
    assert headlines(bot_api)[1] == "Story number 2 & <friends>"


async def test_no_answer_within_the_timeout_makes_the_post_unconfirmed_not_sent_twice(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    settings = make_settings(**FAST, send_timeout=0.5)
    await start_with_feed(service_factory(settings), bot_api, feed_server)
    # Telegram takes the post but answers too late: it is in the channel, newsbot cannot know.
    bot_api.set_latency("sendMessage", 1.5)
    publish(feed_server, stories(2))
    post = await wait_for_post(settings.database, 1, "unconfirmed")
    assert post["last_error"] == "no answer from Telegram (ReadTimeout)"
    bot_api.set_latency("sendMessage", 0)

    await wait_until(lambda: len(bot_api.replies_to(ADMIN_ID)) >= 2, what="the admins' notice")
    notice = bot_api.replies_to(ADMIN_ID)[1].text or ""
    assert notice.startswith("1 post(s) may or may not be in the channel")
    assert "#1 Story number 2 & <friends> (no answer from Telegram (ReadTimeout))" in notice
    await bot_api.wait_for_messages(CHANNEL_ID, 1, timeout=5)

    queue = await ask(bot_api, "/queue")
    assert queue.startswith("Unconfirmed, may be in the channel (1)")
    assert await ask(bot_api, "/skip 1") == (
        "Skipped post #1: Story number 2 & <friends>. newsbot will not send it."
    )
    assert "0 unconfirmed, 1 skipped" in await ask(bot_api, "/status")
    assert headlines(bot_api) == ["Story number 2 & <friends>"]
    channel_sends = [c for c in bot_api.calls_to("sendMessage") if c["chat_id"] == CHANNEL_ID]
    assert len(channel_sends) == 1


async def test_html_telegram_cannot_parse_is_sent_once_as_plain_text_and_logged(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = make_settings(**FAST)
    await start_with_feed(service_factory(settings), bot_api, feed_server)
    bot_api.inject_fault(
        "sendMessage",
        error_code=400,
        description='Bad Request: can\'t parse entities: Unsupported start tag "span" at byte '
        "offset 12",
        chat_id=CHANNEL_ID,
    )
    with caplog.at_level(logging.ERROR, logger="bot.delivery.sender"):
        publish(feed_server, stories(2))
        [message] = await bot_api.wait_for_messages(CHANNEL_ID, 1, timeout=10)
        post = await wait_for_post(settings.database, 1, "sent")

    assert message.parse_mode is None
    assert message.text == (
        "Story number 2 & <friends>\n\nLead sentence of story 2. A second sentence.\n\n"
        # The feed's title, "World News", names a section: posts credit the site's domain.
        "Read more (https://news.example.com/story-2) · example.com (https://news.example.com)"
    )
    assert post["text_format"] == "plain"
    assert post["last_error"].startswith("re-sent as plain text: BadRequest: Can't parse")
    [bug] = [r for r in caplog.records if "rendering bug" in r.getMessage()]
    assert bug.getMessage().startswith("rendering bug in post 1: Telegram refused its HTML")
    await asyncio.sleep(0.5)
    assert len(bot_api.messages(CHANNEL_ID)) == 1


async def test_a_message_telegram_finds_too_long_is_cut_shorter_keeping_title_and_link(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    settings = make_settings(**FAST)
    await start_with_feed(service_factory(settings), bot_api, feed_server)
    bot_api.inject_fault(
        "sendMessage",
        error_code=400,
        description="Bad Request: message is too long",
        chat_id=CHANNEL_ID,
    )
    long_lead = " ".join(f"Sentence {n} of a long report on the harbour." for n in range(40))
    publish(feed_server, stories(2, description=f"<p>{long_lead}</p>"))
    [message] = await bot_api.wait_for_messages(CHANNEL_ID, 1, timeout=10)
    post = await wait_for_post(settings.database, 1, "sent")

    original = bot_api.rejected[-1][1]["text"]
    assert message.html is not None and len(message.html) < len(original)
    assert message.html.startswith("<b>Story number 2 &amp; &lt;friends&gt;</b>\n\nSentence 0")
    assert message.html.endswith(
        '…\n\n<a href="https://news.example.com/story-2">Read more</a> · '
        '<a href="https://news.example.com">example.com</a>'
    )
    assert message.text is not None and "…" in message.text
    assert post["last_error"] == "re-sent shorter: BadRequest: Message is too long"


async def test_lost_rights_stop_the_channel_tell_the_admins_and_resume_sends_all_in_order(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    settings = make_settings(**FAST)
    await start_with_feed(service_factory(settings), bot_api, feed_server)
    bot_api.inject_fault(
        "sendMessage",
        error_code=403,
        description="Forbidden: bot is not a member of the channel chat",
        chat_id=CHANNEL_ID,
    )
    publish(feed_server, stories(2))
    await wait_until(lambda: len(bot_api.replies_to(ADMIN_ID)) >= 2, what="the admins' notice")
    assert (bot_api.replies_to(ADMIN_ID)[1].text or "").startswith(
        f"Stopped sending to {CHANNEL_ID}: Forbidden: bot is not a member of the channel chat\n"
    )

    # A later story waits too; nothing more is tried on the channel while it is stopped.
    publish(feed_server, stories(3))
    await wait_until(lambda: len(outbox(settings.database)) == 2, what="the second post queued")
    hits = len(feed_server.hits("world.xml"))
    await wait_until(lambda: len(feed_server.hits("world.xml")) >= hits + 2, what="two polls")
    assert [p["state"] for p in outbox(settings.database)] == ["pending", "pending"]
    channel_sends = [c for c in bot_api.calls_to("sendMessage") if c["chat_id"] == CHANNEL_ID]
    assert len(channel_sends) == 1
    assert (
        f"Not sending to {CHANNEL_ID}: Forbidden: bot is not a member of the channel chat"
        in await ask(bot_api, "/status")
    )

    reply = await ask(bot_api, "/resume")
    assert reply == f"Resumed all feeds (0 changed).\nSending to {CHANNEL_ID} resumed."
    await bot_api.wait_for_messages(CHANNEL_ID, 2, timeout=10)
    assert headlines(bot_api) == ["Story number 2 & <friends>", "Story number 3 & <friends>"]
    await wait_for_post(settings.database, 2, "sent")
    assert [p["state"] for p in outbox(settings.database)] == ["sent", "sent"]


async def test_another_instance_polling_the_token_stops_the_service_without_spinning(
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    bot_api.inject_fault(
        "getUpdates",
        error_code=409,
        description="Conflict: terminated by other getUpdates request; make sure that only "
        "one bot instance is running",
        times=1000,
    )
    service = service_factory(make_settings())
    await service.start()
    assert service.task is not None
    assert await asyncio.wait_for(service.task, timeout=10) == 3
    # The poll that met the conflict, and PTB's one last call on stopping.
    assert len(bot_api.calls_to("getUpdates")) <= 2
    assert [r.getMessage() for r in caplog.records if r.levelno == logging.CRITICAL] == [
        "another bot instance is polling with this token (Telegram: Conflict: terminated by "
        "other getUpdates request; make sure that only one bot instance is running); newsbot "
        "stops. Stop the other instance, then start this one again."
    ]


async def test_an_answer_that_is_no_message_makes_the_post_unconfirmed_and_sending_goes_on(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = make_settings(**FAST)
    await start_with_feed(service_factory(settings), bot_api, feed_server)
    # Telegram (a broken proxy before it, say) answers "ok" with a result that is no message:
    # the request reached it, so the post may be in the channel.
    bot_api.answer_garbage("sendMessage")
    with caplog.at_level(logging.ERROR):
        publish(feed_server, stories(3))
        post = await wait_for_post(settings.database, 1, "unconfirmed")
        await wait_for_post(settings.database, 2, "sent")
    assert (post["last_error"] or "").startswith("unreadable answer from Telegram (")
    assert "unreadable answer from Telegram" in caplog.text and "Traceback" in caplog.text
    assert headlines(bot_api) == ["Story number 3 & <friends>"]
    assert "1 sent, 0 failed, 1 unconfirmed" in await ask(bot_api, "/status")
