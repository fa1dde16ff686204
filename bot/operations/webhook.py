"""Webhook mode: Telegram POSTs updates to newsbot (PTB's webhook server) instead of newsbot
asking getUpdates."""

from __future__ import annotations

import logging
import secrets
from urllib.parse import urlsplit

from telegram.ext import Updater

from bot.config import Settings, listen_address

log = logging.getLogger(__name__)


def webhook_secret(settings: Settings) -> str:
    """NEWSBOT_WEBHOOK_SECRET, or a fresh random one (setWebhook registers it at each start)."""
    # Without a secret anyone who finds the URL could send the bot updates that look like an
    # admin's commands; a random one per start costs nothing, since newsbot registers the
    # webhook again whenever it starts.
    if settings.webhook_secret is not None:
        return settings.webhook_secret.get_secret_value()
    return secrets.token_urlsafe(32)


async def start_webhook(updater: Updater, settings: Settings, secret: str) -> None:
    """Listen on NEWSBOT_WEBHOOK_LISTEN and register NEWSBOT_WEBHOOK_URL with Telegram."""
    assert settings.webhook_url is not None
    host, port = listen_address(settings.webhook_listen)
    # The listener serves the URL's path: a reverse proxy in front may pass it on unchanged.
    path = urlsplit(settings.webhook_url).path.lstrip("/")
    await updater.start_webhook(
        listen=host,
        port=port,
        url_path=path,
        webhook_url=settings.webhook_url,
        secret_token=secret,
        allowed_updates=["message"],
    )
    log.info(
        "receiving updates at %s (listening on %s:%d/%s)", settings.webhook_url, host, port, path
    )
