"""Measure: PTB's AIORateLimiter vs newsbot's Pacer against a sliding-window chat limit."""

# Run: PYTHONPATH=. .venv/bin/python bench/pacing.py [messages] [limit] [period]
# The fake Bot API answers 429 once a chat got `limit` messages within `period` seconds (as
# Telegram does for channels, 20 per minute, here with the clock shortened).

from __future__ import annotations

import asyncio
import logging
import sys
import time
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import AIORateLimiter, BaseRateLimiter, ExtBot

from bot.delivery.pacing import Pacer, retry_after_seconds
from tests.support.botapi import FakeBotApi

TOKEN = "123456:BENCH-token"
CHANNEL = -1001234567890


async def measure(name: str, limiter: BaseRateLimiter[Any], messages: int, api: FakeBotApi) -> None:
    """Send `messages` posts one after another, waiting out each 429 as a careful caller."""
    bot: ExtBot[Any] = ExtBot(TOKEN, base_url=api.base_url, rate_limiter=limiter)
    rejected_before = len(api.rejected)
    sent_before = len(api.messages(CHANNEL))
    started = time.monotonic()
    async with bot:
        for n in range(messages):
            while True:
                try:
                    await bot.send_message(CHANNEL, f"post {n}")
                    break
                except RetryAfter as exc:
                    await asyncio.sleep(retry_after_seconds(exc))
    elapsed = time.monotonic() - started
    flood = len(api.rejected) - rejected_before
    sent = len(api.messages(CHANNEL)) - sent_before
    print(f"{name:<40} sent {sent:4d}  429s {flood:3d}  {elapsed:6.1f} s")


async def main(messages: int, limit: int, period: float) -> None:
    """Both limiters, each on a fresh server enforcing `limit` per `period` per chat."""
    # AIORateLimiter logs every 429 it passes on with a traceback; the count says enough.
    logging.getLogger("telegram.ext").setLevel(logging.CRITICAL)
    print(f"{messages} messages to one channel; server allows {limit} per {period:g} s")
    candidates: list[tuple[str, BaseRateLimiter[Any]]] = [
        (
            "AIORateLimiter(group limit, no retries)",
            AIORateLimiter(group_max_rate=limit, group_time_period=period, max_retries=0),
        ),
        (
            "AIORateLimiter(group limit, 3 retries)",
            AIORateLimiter(group_max_rate=limit, group_time_period=period, max_retries=3),
        ),
        (
            "newsbot Pacer",
            Pacer(chat_limit=limit, chat_period=period, overall_limit=30, overall_period=1.0),
        ),
    ]
    for name, limiter in candidates:
        api = FakeBotApi(token=TOKEN)
        await api.start()
        api.enforce_chat_rate(limit, period)
        try:
            await measure(name, limiter, messages, api)
        finally:
            await api.stop()


if __name__ == "__main__":
    args = sys.argv[1:]
    asyncio.run(
        main(
            int(args[0]) if args else 100,
            int(args[1]) if len(args) > 1 else 20,
            float(args[2]) if len(args) > 2 else 2.0,
        )
    )
