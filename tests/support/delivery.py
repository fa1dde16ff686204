"""Helpers for the delivery tests: stories in a feed, admin commands, the outbox as stored."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from contextlib import closing
from pathlib import Path
from typing import Any

from tests.conftest import ADMIN_ID, CHANNEL_ID, RunningService, wait_until
from tests.support.botapi import FakeBotApi
from tests.support.feedserver import FeedServer
from tests.support.rss import Item, rss

# Delivery settings for tests that exercise retries: quick retries, no pacing in the way.
FAST = {"send_retry_delay": 0.05, "chat_rate_limit": 100, "chat_rate_period": 1.0}

FEED = "world.xml"
FEED_TITLE = "World News"
SITE = "https://news.example.com"


def stories(n: int, *, description: str | None = None) -> list[Item]:
    """Stories 1..n, oldest first, each with its own link."""
    now = time.time()
    return [
        Item(
            title=f"Story number {i} & <friends>",
            link=f"{SITE}/story-{i}",
            guid=f"story-{i}",
            published=now - 36000 + i * 60,
            description=description or f"<p>Lead sentence of story {i}. A second sentence.</p>",
        )
        for i in range(1, n + 1)
    ]


def publish(feed_server: FeedServer, items: list[Item]) -> None:
    """Serve these items as the feed."""
    feed_server.set_feed(FEED, rss(FEED_TITLE, SITE, items))


def headlines(bot_api: FakeBotApi, chat: int = CHANNEL_ID) -> list[str]:
    """First line of each message in the chat, in order."""
    return [(m.text or "").split("\n")[0] for m in bot_api.messages(chat)]


async def ask(bot_api: FakeBotApi, text: str, user_id: int = ADMIN_ID) -> str:
    """Send a command as the admin and return the bot's (first) reply."""
    before = len(bot_api.replies_to(user_id))
    bot_api.send_user_message(user_id, text)
    await wait_until(lambda: len(bot_api.replies_to(user_id)) > before, what=f"reply to {text}")
    reply = bot_api.replies_to(user_id)[before].text
    assert reply is not None
    return reply


async def start_with_feed(
    service: RunningService, bot_api: FakeBotApi, feed_server: FeedServer, existing: int = 1
) -> None:
    """Start the service and subscribe it to the feed holding `existing` stories (seen, unsent)."""
    publish(feed_server, stories(existing))
    await service.start()
    reply = await ask(bot_api, f"/add {feed_server.url(FEED)}")
    assert reply.startswith(f"Added #1: {FEED_TITLE}"), reply


def outbox(database: str | Path) -> list[dict[str, Any]]:
    """Every post row as stored, in queue order (read by a separate connection)."""
    with closing(sqlite3.connect(database)) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute("SELECT * FROM posts ORDER BY id").fetchall()
    return [dict(r) for r in rows]


async def wait_for_post(
    database: str | Path, post_id: int, state: str, timeout: float = 15.0
) -> dict[str, Any]:
    """Wait until the post is stored in `state`; return its row."""
    deadline = time.monotonic() + timeout
    while True:
        rows = {r["id"]: r for r in outbox(database)}
        if post_id in rows and rows[post_id]["state"] == state:
            return rows[post_id]
        if time.monotonic() > deadline:
            raise AssertionError(f"post {post_id} not {state} within {timeout}s: {rows}")
        await asyncio.sleep(0.05)
