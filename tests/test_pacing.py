"""Pacing: a burst of stories is spread under the channel's limit, edits included."""

from __future__ import annotations

import time

from telegram.ext import ExtBot

from bot.delivery.pacing import Pacer
from tests.conftest import CHANNEL_ID, TOKEN, ServiceFactory, SettingsFactory
from tests.support.botapi import FakeBotApi
from tests.support.delivery import outbox, publish, start_with_feed, stories, wait_for_post
from tests.support.feedserver import FeedServer


async def test_a_burst_of_200_stories_is_spread_out_without_a_single_429_and_in_order(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    # Telegram's 20 per minute per channel, with the clock shortened 120 times.
    settings = make_settings(chat_rate_limit=20, chat_rate_period=0.5)
    await start_with_feed(service_factory(settings), bot_api, feed_server)
    bot_api.enforce_chat_rate(20, 0.5)

    publish(feed_server, stories(201))
    started = time.monotonic()
    posted = await bot_api.wait_for_messages(CHANNEL_ID, 200, timeout=30)
    elapsed = time.monotonic() - started

    assert bot_api.rejected == []
    assert [m.text.split("\n")[0] for m in posted if m.text] == [
        f"Story number {i} & <friends>" for i in range(2, 202)
    ]
    # Evenly spaced, 0.5 s / 20 apart, not 20 at once and then a wait.
    assert elapsed >= 199 * 0.5 / 20
    await wait_for_post(settings.database, 200, "sent")
    assert {p["state"] for p in outbox(settings.database)} == {"sent"}


async def test_edits_take_turns_with_messages_in_the_channels_pace(bot_api: FakeBotApi) -> None:
    pacer = Pacer(chat_limit=10, chat_period=1.0, overall_limit=30, overall_period=1.0)
    bot: ExtBot[bool] = ExtBot(TOKEN, base_url=bot_api.base_url, rate_limiter=pacer)
    async with bot:
        started = time.monotonic()
        first = await bot.send_message(CHANNEL_ID, "first")
        await bot.edit_message_text("first, edited", chat_id=CHANNEL_ID, message_id=first.id)
        await bot.send_message(CHANNEL_ID, "second")
        elapsed = time.monotonic() - started
        # Meanwhile a private chat is not held back by the channel's pace.
        private_started = time.monotonic()
        await bot.send_message(1001, "to an admin")
        private_elapsed = time.monotonic() - private_started
    assert elapsed >= 2 * 0.1
    assert private_elapsed < 0.1
    assert [m.text for m in bot_api.messages(CHANNEL_ID)] == ["first, edited", "second"]
