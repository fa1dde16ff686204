"""The running service's parts, as the Telegram handlers see them."""

from __future__ import annotations

from dataclasses import dataclass

from bot.checker import FeedChecker
from bot.config import Settings
from bot.delivery.sender import OutboxSender
from bot.scheduler import FeedScheduler
from storage.store import Storage

CONTEXT_KEY = "newsbot"


@dataclass
class ServiceContext:
    """Shared by every handler through `application.bot_data[CONTEXT_KEY]`."""

    settings: Settings
    storage: Storage
    checker: FeedChecker
    scheduler: FeedScheduler
    sender: OutboxSender
