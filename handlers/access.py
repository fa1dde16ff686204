"""Who may steer the bot, where, and in which order: the checks in front of every handler."""

from __future__ import annotations

import functools
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from contextlib import asynccontextmanager
from typing import Any

from telegram import Message, Update

from bot.admin.desk import AdminDesk
from handlers.context import NewsbotContext

log = logging.getLogger(__name__)

# What PTB calls, and what newsbot's handlers are: the same, plus the desk.
Handler = Callable[[Update, NewsbotContext], Coroutine[Any, Any, None]]
DeskHandler = Callable[[Update, NewsbotContext, AdminDesk], Awaitable[None]]


def addressed_elsewhere(message: Message, bot_username: str | None) -> bool:
    """True for `/start@other_bot`: a command meant for another bot in the chat."""
    word = (message.text or message.caption or "").split(maxsplit=1)
    if not word or not word[0].startswith("/") or "@" not in word[0]:
        return False
    return word[0].split("@", 1)[1].lower() != (bot_username or "").lower()


def refusal(desk: AdminDesk) -> str:
    """What a stranger is told in a private chat: no chat or user id, only a public @name."""
    channel = desk.channel_name or ""
    whose = f"the editors of {channel}" if channel.startswith("@") else "its editors"
    return f"Sorry, this bot is run by {whose}; only they can use its commands."


async def admitted(update: Update, context: NewsbotContext) -> bool:
    """True for an admin in a private chat. A stranger in a private chat is refused; in a
    group nobody is answered, and commands for other bots are ignored."""
    user, message, chat = update.effective_user, update.effective_message, update.effective_chat
    if user is None or message is None:
        return False
    if addressed_elsewhere(message, context.bot.username):
        return False
    private = chat is None or chat.type == "private"
    desk = context.bot_data.desk
    if user.id not in desk.admin_ids:
        log.warning(
            "refused a message from non-admin user %d (%s chat)", user.id, chat and chat.type
        )
        if private:
            await message.reply_text(refusal(desk))
        return False
    if not private:
        # Anything said in a group is read by everyone in it, ids and errors included.
        log.info("ignored a command of admin %d in a %s chat", user.id, chat and chat.type)
        return False
    return True


@asynccontextmanager
async def in_order(
    update: Update, context: NewsbotContext, *, changes: bool
) -> AsyncIterator[None]:
    """Commands run concurrently, but the changes one chat asks for run one by one, in the
    order they were sent; reads (`changes=False`) run at once."""
    chat = update.effective_chat
    if not changes or chat is None:
        yield
        return
    # asyncio.Lock wakes its waiters first come, first served: the order the updates came in.
    async with context.bot_data.sequence(chat.id):
        yield


def admin_only(handler: DeskHandler, *, changes: bool = True) -> Handler:
    """Run `handler` for admins in a private chat (for messages that are not commands)."""

    @functools.wraps(handler)
    async def wrapper(update: Update, context: NewsbotContext) -> None:
        if await admitted(update, context):
            async with in_order(update, context, changes=changes):
                await handler(update, context, context.bot_data.desk)

    return wrapper
