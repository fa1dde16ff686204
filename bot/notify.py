"""Telling the admins about feeds that need a person (paused by newsbot, gone)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence

from telegram import Bot
from telegram.error import TelegramError

log = logging.getLogger(__name__)

# The seam the checker calls: give it a text, it reaches the admins (or the log).
Notify = Callable[[str], Awaitable[None]]


async def log_only(text: str) -> None:
    """Without Telegram (dry run, CLI) the notice goes to the log."""
    log.warning("for the admins: %s", text)


def telegram_notifier(bot: Bot, admin_ids: Sequence[int]) -> Notify:
    """A Notify that sends the text to each admin's private chat with the bot."""

    async def notify_admins(text: str) -> None:
        log.warning("telling the admins: %s", text)
        for admin_id in admin_ids:
            try:
                await bot.send_message(admin_id, text)
            except TelegramError as exc:
                # An admin who never started a chat with the bot cannot be reached; the
                # others still are, and /list shows the reason to everyone later.
                log.warning("cannot notify admin %d: %s", admin_id, exc)

    return notify_admins
