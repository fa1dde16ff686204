"""Who may steer the bot: the admin check wrapped around every command handler."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.ext import ContextTypes

from bot.context import CONTEXT_KEY, ServiceContext

log = logging.getLogger(__name__)

Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]
AdminHandler = Callable[[Update, ContextTypes.DEFAULT_TYPE, ServiceContext], Awaitable[None]]


def service_of(context: ContextTypes.DEFAULT_TYPE) -> ServiceContext:
    """The service parts stored in bot_data at start-up."""
    service = context.bot_data[CONTEXT_KEY]
    assert isinstance(service, ServiceContext)
    return service


def admin_only(handler: AdminHandler) -> Handler:
    """Run `handler` for admins in a private chat; refuse everyone else, changing nothing."""

    @functools.wraps(handler)
    async def wrapper(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        service = service_of(context)
        user = update.effective_user
        message = update.effective_message
        if user is None or message is None:
            return
        if user.id not in service.settings.admin_ids:
            log.warning("refused %r from non-admin user %d", message.text, user.id)
            await message.reply_text(
                "Sorry, this bot is run by the editors of "
                f"{service.settings.channel_id or 'its channel'}; only they can use its commands."
            )
            return
        if update.effective_chat is not None and update.effective_chat.type != "private":
            return  # admin commands are answered in the private chat only
        await handler(update, context, service)

    return wrapper
