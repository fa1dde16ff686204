"""Webhook mode end to end: the Bot API server POSTs updates to PTB's webhook server, with the
secret token; a delivery with a wrong secret is refused and the command is not carried out."""

from __future__ import annotations

import pytest

from bot.config import ConfigError, load_settings
from tests.conftest import ADMIN_ID, ServiceFactory, SettingsFactory, wait_until
from tests.support.botapi import FakeBotApi
from tests.support.ports import free_port


async def test_updates_arrive_through_the_webhook_with_the_secret(
    bot_api: FakeBotApi, make_settings: SettingsFactory, service_factory: ServiceFactory
) -> None:
    port = free_port()
    settings = make_settings(
        webhook_url=f"http://127.0.0.1:{port}/telegram/hook",
        webhook_listen=f"127.0.0.1:{port}",
        webhook_secret="s3cret-Token_1",
    )
    service = service_factory(settings)
    await service.start()
    [registered] = bot_api.calls_to("setWebhook")
    assert registered["url"] == f"http://127.0.0.1:{port}/telegram/hook"
    assert registered["secret_token"] == "s3cret-Token_1"
    assert registered["allowed_updates"] == ["message"]

    update_id = bot_api.send_user_message(ADMIN_ID, "/list")
    await wait_until(lambda: bool(bot_api.replies_to(ADMIN_ID)), what="a reply to /list")
    assert (update_id, 200) in bot_api.deliveries
    assert not bot_api.calls_to("getUpdates")
    assert await service.stop() == 0


async def test_a_wrong_secret_is_refused_and_the_command_not_carried_out(
    bot_api: FakeBotApi, make_settings: SettingsFactory, service_factory: ServiceFactory
) -> None:
    port = free_port()
    settings = make_settings(
        webhook_url=f"http://127.0.0.1:{port}/telegram/hook", webhook_listen=f"127.0.0.1:{port}"
    )
    service = service_factory(settings)
    await service.start()
    # No NEWSBOT_WEBHOOK_SECRET: newsbot registered a random one of its own.
    [registered] = bot_api.calls_to("setWebhook")
    assert len(registered["secret_token"]) >= 32

    bot_api.secret_sent = "someone-else"
    update_id = bot_api.send_user_message(ADMIN_ID, "/list")
    await wait_until(
        lambda: [s for u, s in bot_api.deliveries if u == update_id][:2] == [403, 403],
        what="two refused deliveries",
    )
    assert bot_api.replies_to(ADMIN_ID) == []

    # With the registered secret again, Telegram's next try goes through.
    bot_api.secret_sent = None
    await wait_until(lambda: bool(bot_api.replies_to(ADMIN_ID)), what="a reply to /list")
    assert await service.stop() == 0


def test_a_webhook_url_must_be_https_for_telegram_itself() -> None:
    with pytest.raises(ConfigError) as refused:
        load_settings(_env_file=None, webhook_url="http://bot.example.com/hook")
    assert str(refused.value).startswith("NEWSBOT_WEBHOOK_URL must be https://")
    https = load_settings(_env_file=None, webhook_url="https://bot.example.com/hook")
    assert https.webhook_url == "https://bot.example.com/hook"
    # A local Bot API server accepts plain http.
    local = load_settings(
        _env_file=None,
        webhook_url="http://bot.internal/hook",
        api_base_url="http://127.0.0.1:8081/bot",
    )
    assert local.webhook_url == "http://bot.internal/hook"


def test_a_bad_webhook_secret_is_refused_without_echoing_it() -> None:
    with pytest.raises(ConfigError) as refused:
        load_settings(_env_file=None, webhook_secret="has spaces!")
    assert str(refused.value) == (
        "NEWSBOT_WEBHOOK_SECRET: Value error, must be 1-256 characters of A-Z, a-z, 0-9, _ and -"
    )
