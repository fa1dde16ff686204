"""`newsbot backup` while the service runs, `newsbot restore` after a loss: the service goes on
from the backup and posts nothing twice."""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

from storage.store import Storage
from tests.conftest import (
    CHANNEL_ID,
    ServiceFactory,
    SettingsFactory,
    service_environment,
    wait_until,
)
from tests.support.botapi import FakeBotApi
from tests.support.cli import run_newsbot
from tests.support.feedserver import FeedServer
from tests.support.rss import Item, rss


def _feed(n: int) -> str:
    now = time.time()
    items = [
        Item(
            f"Story {i}",
            f"https://news.example.com/{i}",
            f"<p>Lead of story {i}.</p>",
            f"s{i}",
            now + i,
        )
        for i in range(1, n + 1)
    ]
    return rss("World", "https://news.example.com", items)


def _titles(bot_api: FakeBotApi) -> list[str]:
    return [(m.text or "").split("\n")[0] for m in bot_api.messages(CHANNEL_ID)]


async def test_backup_while_running_then_restore_posts_nothing_twice(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
    tmp_path: Path,
) -> None:
    settings = make_settings(chat_rate_period=1.0)
    env = service_environment(bot_api, Path(settings.database))
    feed_server.set_feed("world.xml", _feed(1))
    storage = await Storage.open(settings.database)
    await storage.feeds.add(feed_server.url("world.xml"), now=time.time())
    await storage.close()
    service = service_factory(settings)
    await service.start()
    await wait_until(lambda: bool(feed_server.hits("world.xml")), what="the first check")
    hits = len(feed_server.hits("world.xml"))
    feed_server.set_feed("world.xml", _feed(3))
    await bot_api.wait_for_messages(CHANNEL_ID, 2, timeout=15)
    await service_is_idle(feed_server, hits)

    backup = tmp_path / "backup.db"
    done = await run_newsbot(env, "backup", str(backup))
    assert done.status == 0, done.stderr
    assert f"backed up to {backup}" in done.stdout
    assert "feeds 1," in done.stdout and "posts 2," in done.stdout
    assert "posts: sent 2" in done.stdout
    # Restoring under a running service is refused: it would write beside it.
    refused = await run_newsbot(env, "restore", str(backup))
    assert refused.status == 1
    assert "is already running on" in refused.stderr and "before restoring" in refused.stderr
    assert await service.stop() == 0

    # A second backup to the same file is refused; --force overwrites it.
    again = await run_newsbot(env, "backup", str(backup))
    assert (again.status, again.stderr.strip()) == (
        1,
        f"newsbot: {backup} exists: choose another name, or --force to overwrite it",
    )
    assert (await run_newsbot(env, "backup", "--force", str(backup))).status == 0

    # The database is lost; the backup comes back, and the service goes on from it.
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(settings.database + suffix)
    restored = await run_newsbot(env, "restore", str(backup))
    assert restored.status == 0, restored.stderr
    assert "posts: sent 2" in restored.stdout
    feed_server.set_feed("world.xml", _feed(4))
    service = service_factory(settings)
    await service.start()
    await bot_api.wait_for_messages(CHANNEL_ID, 3, timeout=15)
    hits = len(feed_server.hits("world.xml"))
    await service_is_idle(feed_server, hits)
    assert _titles(bot_api) == ["Story 2", "Story 3", "Story 4"]
    assert await service.stop() == 0


async def service_is_idle(feed_server: FeedServer, hits: int) -> None:
    """Two more checks of the feed have passed: whatever they would post has been queued."""
    await wait_until(lambda: len(feed_server.hits("world.xml")) >= hits + 2, what="two checks")
