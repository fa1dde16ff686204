"""Who may steer the bot: the admin check in front of every admin command."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from telegram import Update

from bot.admin.desk import AdminDesk
from handlers.context import NewsbotContext

log = logging.getLogger(__name__)

# What PTB calls, and what newsbot's handlers are: the same, plus the desk.
Handler = Callable[[Update, NewsbotContext], Coroutine[Any, Any, None]]
DeskHandler = Callable[[Update, NewsbotContext, AdminDesk], Awaitable[None]]


async def admitted(update: Update, desk: AdminDesk) -> bool:
    """True for an admin in a private chat; anyone else is refused, and nothing changes."""
    user = update.effective_user
    message = update.effective_message
    if user is None or message is None:
        return False
    if user.id not in desk.admin_ids:
        log.warning("refused %r from non-admin user %d", message.text, user.id)
        await message.reply_text(
            "Sorry, this bot is run by the editors of "
            f"{desk.channel_name or 'its channel'}; only they can use its commands."
        )
        return False
    # Admin commands are answered in the private chat only.
    return update.effective_chat is None or update.effective_chat.type == "private"


def admin_only(handler: DeskHandler) -> Handler:
    """Run `handler` for admins in a private chat (for messages that are not commands)."""

    @functools.wraps(handler)
    async def wrapper(update: Update, context: NewsbotContext) -> None:
        desk = context.bot_data.desk
        if await admitted(update, desk):
            await handler(update, context, desk)

    return wrapper
