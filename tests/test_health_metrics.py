"""/metrics and /healthz over HTTP from a running service: counters move as posts go out (a
429 among them); a sender stuck on a Bot API that never answers turns /healthz to 503."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.config import ConfigError, load_settings
from bot.delivery.publishers import StdoutPublisher
from bot.delivery.sender import OutboxSender
from bot.operations.health import HealthView, unhealthy_reasons
from bot.operations.metrics import ServiceMetrics
from storage.store import Storage
from tests.conftest import (
    ADMIN_ID,
    CHANNEL_ID,
    ServiceFactory,
    SettingsFactory,
    wait_until,
)
from tests.support.botapi import FakeBotApi
from tests.support.feedserver import FeedServer
from tests.support.ports import free_port
from tests.support.rss import Item, rss

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def _items(n: int) -> list[Item]:
    now = time.time()
    return [
        Item(
            f"Story {i}",
            f"https://news.example.com/{i}",
            f"<p>Lead of story {i}.</p>",
            f"s{i}",
            now + i,
        )
        for i in range(1, n + 1)
    ]


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
        yield session


async def _metrics(http: aiohttp.ClientSession, base: str) -> Samples:
    async with http.get(f"{base}/metrics") as response:
        assert response.status == 200
        text = await response.text()
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


async def _health(http: aiohttp.ClientSession, base: str) -> tuple[int, str]:
    async with http.get(f"{base}/healthz") as response:
        return response.status, await response.text()


async def _subscribe(database: str, url: str) -> None:
    storage = await Storage.open(database)
    await storage.feeds.add(url, now=time.time())
    await storage.close()


async def test_metrics_count_checks_errors_and_posts_as_they_go_out(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
    http: aiohttp.ClientSession,
) -> None:
    port = free_port()
    settings = make_settings(metrics_address=f"127.0.0.1:{port}", chat_rate_period=1.0)
    base = f"http://127.0.0.1:{port}"
    feed_server.set_feed("world.xml", rss("World", "https://news.example.com", _items(1)))
    feed_server.set_response("gone-missing.xml", 404)
    await _subscribe(settings.database, feed_server.url("world.xml"))
    await _subscribe(settings.database, feed_server.url("gone-missing.xml"))
    # The first post draws a flood wait (429): counted, and the post goes out after it.
    bot_api.inject_fault(
        "sendMessage", error_code=429, description="Too Many Requests: retry after 1", retry_after=1
    )
    service = service_factory(settings)
    await service.start()
    await wait_until(lambda: len(feed_server.hits("world.xml")) >= 1, what="first check")

    before = await _metrics(http, base)
    assert before[("newsbot_sends_total", (("result", "sent"),))] == 0
    assert before[("newsbot_posts", (("state", "sent"),))] == 0
    assert before[("newsbot_parse_worker_restarts_total", ())] == 0

    feed_server.set_feed("world.xml", rss("World", "https://news.example.com", _items(3)))
    await bot_api.wait_for_messages(CHANNEL_ID, 2, timeout=15)
    after = await _metrics(http, base)
    for _ in range(50):  # the answer reaches the service just after the chat has the post
        if after[("newsbot_posts", (("state", "sent"),))] == 2:
            break
        await asyncio.sleep(0.1)
        after = await _metrics(http, base)
    assert after[("newsbot_sends_total", (("result", "sent"),))] == 2
    assert after[("newsbot_posts", (("state", "sent"),))] == 2
    assert after[("newsbot_posts_queued_total", ())] == 2
    assert after[("newsbot_entries_recorded_total", ())] >= 3
    assert after[("newsbot_stories_recorded_total", ())] >= 3
    assert after[("newsbot_send_seconds_count", ())] == 3
    assert after[("newsbot_sends_total", (("result", "refused"),))] == 1
    assert after[("newsbot_telegram_errors_total", (("error", "flood_wait_429"),))] == 1
    assert after[("newsbot_feed_checks_total", (("outcome", "updated"),))] >= 2
    assert after[("newsbot_fetch_errors_total", (("error", "http_4xx"),))] >= 1
    assert after[("newsbot_outbox_oldest_pending_seconds", ())] == 0
    assert ("newsbot_event_loop_lag_seconds", ()) in after
    assert await _health(http, base) == (200, "ok\n")
    assert await service.stop() == 0


async def test_healthz_turns_503_when_the_sender_is_stuck(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
    http: aiohttp.ClientSession,
) -> None:
    # A Bot API that takes an hour to answer a post, and an answer timeout longer than the
    # test: the sender waits for real, as it would behind a hung proxy.
    port = free_port()
    settings = make_settings(
        metrics_address=f"127.0.0.1:{port}", health_max_age=1.0, send_timeout=600.0
    )
    base = f"http://127.0.0.1:{port}"
    feed_server.set_feed("world.xml", rss("World", "https://news.example.com", _items(1)))
    await _subscribe(settings.database, feed_server.url("world.xml"))
    service = service_factory(settings)
    await service.start()
    await wait_until(lambda: len(feed_server.hits("world.xml")) >= 1, what="first check")
    assert await _health(http, base) == (200, "ok\n")

    bot_api.set_latency("sendMessage", 3600)
    feed_server.set_feed("world.xml", rss("World", "https://news.example.com", _items(2)))
    await wait_until(lambda: bool(bot_api.calls_to("sendMessage")), what="a send")
    status, reason = 200, ""
    for _ in range(50):
        status, reason = await _health(http, base)
        if status == 503:
            break
        await asyncio.sleep(0.1)
    assert status == 503
    assert reason.startswith("unhealthy: a send has waited") and "for Telegram" in reason
    # Cut the hung answer short so the service can stop.
    await bot_api.stop()
    assert await service.stop() == 0
    assert bot_api.messages(ADMIN_ID) == []


def test_a_bad_metrics_address_is_refused_with_a_clear_message() -> None:
    with pytest.raises(ConfigError) as refused:
        load_settings(_env_file=None, metrics_address="9464")
    assert str(refused.value) == (
        "NEWSBOT_METRICS_ADDRESS: Value error, must be host:port, e.g. 127.0.0.1:9464 (got '9464')"
    )


async def test_healthz_names_a_stopped_loop_and_feeds_nobody_checks(tmp_path: Path) -> None:
    # The view of a service whose scheduler ended and whose feed has been due for an hour
    # with no check started since: both reasons, in the operator's words.
    storage = await Storage.open(str(tmp_path / "n.db"))
    try:
        await storage.feeds.add("https://news.example.com/feed", now=0, next_check_at=1000.0)
        metrics = ServiceMetrics()
        metrics.last_check_started = metrics.last_check_done = time.monotonic() - 120
        ended = asyncio.create_task(asyncio.sleep(0))
        await ended
        sender = OutboxSender(storage.outbox, StdoutPublisher())
        view = HealthView({"scheduler": ended}, storage, sender, metrics, 60.0, lambda: 4600.0)
        reasons = await unhealthy_reasons(view)
    finally:
        await storage.close()
    assert reasons[0] == "the scheduler loop has stopped"
    assert reasons[1].startswith("no feed check has started or finished for 12")
    assert reasons[1].endswith("while feeds have been due for 3600 s")
