"""Restarts and stops: unconfirmed posts, a clean SIGTERM, one service per database, the CLI."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import sys
import time
from contextlib import closing
from pathlib import Path

from bot.config import Settings
from storage.store import Storage
from tests.conftest import (
    ADMIN_ID,
    CHANNEL_ID,
    REPO,
    TOKEN,
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
from tests.test_cli import newsbot


async def _two_sent_then_second_left_sending(
    settings: Settings,
    bot_api: FakeBotApi,
    feed_server: FeedServer,
    service_factory: ServiceFactory,
) -> None:
    """Two stories posted, then post 2 set back to `sending`: as if the process had died
    after Telegram took it and before its answer was recorded."""
    service = service_factory(settings)
    await start_with_feed(service, bot_api, feed_server)
    publish(feed_server, stories(3))
    await bot_api.wait_for_messages(CHANNEL_ID, 2, timeout=10)
    await wait_for_post(settings.database, 2, "sent")
    assert await service.stop() == 0
    with closing(sqlite3.connect(settings.database)) as conn, conn:
        conn.execute("UPDATE posts SET state = 'sending', message_id = NULL WHERE id = 2")


def _notices(bot_api: FakeBotApi) -> list[str]:
    return [
        m.text or ""
        for m in bot_api.replies_to(ADMIN_ID)
        if (m.text or "").endswith(")") and "may or may not be in the channel" in (m.text or "")
    ]


async def test_a_post_left_sending_is_unconfirmed_told_once_and_settled_by_retry(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    settings = make_settings(**FAST)
    await _two_sent_then_second_left_sending(settings, bot_api, feed_server, service_factory)

    restarted = service_factory(settings)
    await restarted.start()
    post = await wait_for_post(settings.database, 2, "unconfirmed")
    assert post["last_error"] == "process stopped while Telegram had the request"
    await wait_until(lambda: len(_notices(bot_api)) == 1, what="the admins' notice")
    assert "#2 Story number 3 & <friends>" in _notices(bot_api)[0]
    hits = len(feed_server.hits("world.xml"))
    await wait_until(lambda: len(feed_server.hits("world.xml")) >= hits + 2, what="two polls")
    assert len(bot_api.messages(CHANNEL_ID)) == 2  # not sent again by itself
    await restarted.stop()

    # The next start says nothing more about it; the editor decides.
    again = service_factory(settings)
    await again.start()
    queue = await ask(bot_api, "/queue")
    assert queue.startswith("Unconfirmed, may be in the channel (1)")
    assert "#2 Story number 3 & <friends> — 1 tries" in queue
    assert len(_notices(bot_api)) == 1
    assert await ask(bot_api, "/retry 2") == "Post #2 queued again: Story number 3 & <friends>"
    await bot_api.wait_for_messages(CHANNEL_ID, 3, timeout=10)
    assert headlines(bot_api)[2] == "Story number 3 & <friends>"
    await wait_for_post(settings.database, 2, "sent")
    assert await ask(bot_api, "/retry 2") == (
        "Post #2 is sent; only failed, unconfirmed or skipped posts can be retried."
    )
    assert await ask(bot_api, "/skip 9") == "There is no post #9. See /queue."


async def test_resend_unconfirmed_sends_a_post_left_sending_again(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    settings = make_settings(**FAST)
    await _two_sent_then_second_left_sending(settings, bot_api, feed_server, service_factory)

    restarted = service_factory(settings.model_copy(update={"resend_unconfirmed": True}))
    await restarted.start()
    await bot_api.wait_for_messages(CHANNEL_ID, 3, timeout=10)
    post = await wait_for_post(settings.database, 2, "sent")
    assert headlines(bot_api)[1:] == ["Story number 3 & <friends>"] * 2  # the accepted risk
    assert post["attempts"] == 2
    assert _notices(bot_api) == []


async def test_a_stop_lets_the_request_in_flight_finish_and_records_it(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    settings = make_settings(**FAST)
    service = service_factory(settings)
    await start_with_feed(service, bot_api, feed_server)
    bot_api.set_latency("sendMessage", 1.0)
    publish(feed_server, stories(3))
    await wait_for_post(settings.database, 1, "sending")

    started = time.monotonic()
    assert await service.stop() == 0  # what SIGTERM does: the handler sets the stop event
    assert time.monotonic() - started >= 0.5  # it waited for Telegram's answer

    posts = outbox(settings.database)
    assert [(p["state"], p["message_id"]) for p in posts] == [("sent", 1), ("pending", None)]
    assert headlines(bot_api) == ["Story number 2 & <friends>"]


async def test_a_second_service_on_the_same_database_refuses_to_start_naming_the_first(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
    tmp_path: Path,
) -> None:
    settings = make_settings()
    await start_with_feed(service_factory(settings), bot_api, feed_server)
    env = {
        "NEWSBOT_BOT_TOKEN": TOKEN,
        "NEWSBOT_CHANNEL_ID": str(CHANNEL_ID),
        "NEWSBOT_ADMIN_IDS": str(ADMIN_ID),
        "NEWSBOT_DATABASE": settings.database,
        "NEWSBOT_API_BASE_URL": bot_api.base_url,
        "PYTHONPATH": os.pathsep.join(p for p in [str(REPO), os.environ.get("PYTHONPATH")] if p),
    }
    second = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        "run",
        cwd=tmp_path,
        env={k: v for k, v in os.environ.items() if not k.startswith("NEWSBOT_")} | env,
        stderr=asyncio.subprocess.PIPE,
    )
    _, stderr = await asyncio.wait_for(second.communicate(), timeout=30)
    assert second.returncode == 1
    assert stderr.decode().strip().splitlines() == [
        f"newsbot: another newsbot (pid {os.getpid()}) is already running on "
        f"{settings.database}; stop it first"
    ]
    # The first one is unharmed: it still answers.
    assert (await ask(bot_api, "/status")).startswith("Feeds: 1")


async def test_the_posts_command_lists_the_outbox_by_state(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
    tmp_path: Path,
) -> None:
    settings = make_settings(**FAST, send_max_retries=1)
    service = service_factory(settings)
    await start_with_feed(service, bot_api, feed_server)
    bot_api.inject_fault("sendMessage", error_code=500, description="Internal Server Error")
    publish(feed_server, stories(3))
    await bot_api.wait_for_messages(CHANNEL_ID, 1, timeout=10)
    await wait_for_post(settings.database, 2, "sent")
    await service.stop()

    env = {"NEWSBOT_DATABASE": settings.database}
    failed = newsbot("posts", "--state", "failed", cwd=tmp_path, env=env)
    assert failed.returncode == 0, failed.stderr
    header, row = failed.stdout.strip().splitlines()
    assert header.split("\t") == [
        "id", "state", "attempts", "queued", "sent", "channel", "title", "last error"
    ]  # fmt: skip
    fields = row.split("\t")
    assert fields[:3] == ["#1", "failed", "1"] and fields[4:] == [
        "-",
        str(CHANNEL_ID),
        "Story number 2 & <friends>",
        "NetworkError: Internal Server Error (after 1 tries)",
    ]
    everything = newsbot("posts", cwd=tmp_path, env=env).stdout.strip().splitlines()
    assert [line.split("\t")[1] for line in everything[1:]] == ["failed", "sent"]

    # An editor's /skip: the post is listed as skipped, no longer as failed.
    storage = await Storage.open(settings.database)
    try:
        assert await storage.outbox.skip(1, now=time.time())
    finally:
        await storage.close()
    skipped = newsbot("posts", "--state", "skipped", cwd=tmp_path, env=env).stdout
    assert [line.split("\t")[:2] for line in skipped.strip().splitlines()[1:]] == [
        ["#1", "skipped"]
    ]
    failed_now = newsbot("posts", "--state", "failed", cwd=tmp_path, env=env).stdout
    assert failed_now.strip().splitlines()[1:] == []
