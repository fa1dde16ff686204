"""Telling the admins, in their private chats, what needs a decision."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence

from telegram import Bot
from telegram.error import TelegramError

log = logging.getLogger(__name__)

# The seam the checker calls: give it a text, it reaches the admins (or the log).
Notify = Callable[[str], Awaitable[object]]


async def log_only(text: str) -> None:
    """Without Telegram (dry run, CLI) the notice goes to the log."""
    log.warning("for the admins: %s", text)


class AdminNotifier:
    """Sends a plain-text notice to every admin; an admin who cannot be reached is logged."""

    def __init__(self, bot: Bot, admin_ids: Sequence[int]) -> None:
        self.bot = bot
        self.admin_ids = tuple(admin_ids)

    async def __call__(self, text: str) -> bool:
        """Send `text` to each admin; True when at least one got it."""
        delivered = False
        for admin_id in self.admin_ids:
            try:
                await self.bot.send_message(chat_id=admin_id, text=text[:4000])
                delivered = True
            except TelegramError as exc:
                # Usually the admin never opened a chat with the bot.
                log.warning("could not notify admin %d: %s", admin_id, exc)
        log.info("admins notified: %s", text.splitlines()[0] if text else "")
        return delivered


def telegram_notifier(bot: Bot, admin_ids: Sequence[int]) -> Notify:
    """A Notify that sends the text to each admin's private chat with the bot."""
    return AdminNotifier(bot, admin_ids)
