"""`newsbot run` as a real process against the test servers: --once, SIGTERM, no token in logs."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
import time
from pathlib import Path

from tests.conftest import CHANNEL_ID, TOKEN, service_environment, wait_until
from tests.support.botapi import FakeBotApi
from tests.support.cli import start_newsbot
from tests.support.delivery import outbox
from tests.support.feedserver import FeedServer
from tests.support.rss import Item, rss


async def _subscribed(
    feed_server: FeedServer, bot_api: FakeBotApi, database: Path, *, new_entries: int
) -> dict[str, str]:
    """A feed added through the CLI with one entry, then `new_entries` more; the environment."""
    now = time.time()
    items = [
        Item(f"Entry {i}", f"https://e.example/{i}", f"<p>Body {i}.</p>", f"g{i}", now + i)
        for i in range(1, new_entries + 2)
    ]
    feed_server.set_feed("f.xml", rss("Feed", "https://e.example", items[:1]))
    env = service_environment(bot_api, database)
    add = await start_newsbot(env, "feeds", "add", feed_server.url("f.xml"))
    assert await add.wait() == 0
    feed_server.set_feed("f.xml", rss("Feed", "https://e.example", items))
    return env


async def test_run_once_posts_new_entries_and_exits(
    feed_server: FeedServer, bot_api: FakeBotApi, tmp_path: Path
) -> None:
    env = await _subscribed(feed_server, bot_api, tmp_path / "n.db", new_entries=2)
    # --once checks only feeds that are due: the added one is, one poll interval (1 s) later.
    await asyncio.sleep(1.0)
    once = await start_newsbot(env, "run", "--once")
    _, stderr = await asyncio.wait_for(once.communicate(), 60)
    assert once.returncode == 0, stderr.decode()
    assert [m.text.split("\n")[0] for m in bot_api.messages(CHANNEL_ID) if m.text] == [
        "Entry 2",
        "Entry 3",
    ]
    assert TOKEN not in stderr.decode()
    assert "post 2 sent" in stderr.decode()


async def test_sigterm_stops_the_service_cleanly(bot_api: FakeBotApi, tmp_path: Path) -> None:
    process = await start_newsbot(service_environment(bot_api, tmp_path / "n.db"), "run")
    await wait_until(lambda: bool(bot_api.calls_to("getUpdates")), timeout=30, what="polling")
    process.send_signal(signal.SIGTERM)
    _, stderr = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0, stderr.decode()
    assert "newsbot stopped" in stderr.decode()
    assert TOKEN not in stderr.decode()


async def test_a_failing_loop_stops_the_service_with_an_error_status(
    feed_server: FeedServer, bot_api: FakeBotApi, tmp_path: Path
) -> None:
    # Someone drops the feeds table under the running service (a botched repair by hand, say):
    # the poll loop cannot go on. The sender and the checkpointer are cancelled with it,
    # nothing is left `sending`, and the process exits 1 for the service manager to see.
    database = tmp_path / "n.db"
    env = await _subscribed(feed_server, bot_api, database, new_entries=1)
    process = await start_newsbot(env, "run")
    await bot_api.wait_for_messages(CHANNEL_ID, 1, timeout=30)
    # A connection of its own, without foreign keys: the table simply goes.
    with sqlite3.connect(database, timeout=10) as conn:
        conn.execute("DROP TABLE feeds")
    _, stderr = await asyncio.wait_for(process.communicate(), 60)
    log = stderr.decode()
    assert process.returncode == 1, log
    assert "newsbot stops: OperationalError" in log and "no such table: feeds" in log, log
    assert [(row["id"], row["state"]) for row in outbox(database)] == [(1, "sent")]
    assert len(bot_api.messages(CHANNEL_ID)) == 1
