"""The error handler: a command that raises gets a short reply, and the log the traceback."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import TelegramError

from handlers.context import NewsbotContext

log = logging.getLogger(__name__)


def _what(update: Update) -> str:
    """'/remove' for a command (bot username dropped), else 'that file' or 'that message'."""
    message = update.effective_message
    text = (message.text or "") if message is not None else ""
    if text.startswith("/"):
        return text.split(maxsplit=1)[0].split("@", 1)[0]
    return "that file" if message is not None and message.document else "that message"


async def report_error(update: object, context: NewsbotContext) -> None:
    """Log what failed with its update id and traceback; tell the admin which id to look up."""
    if not isinstance(update, Update):
        # Not a user's message (PTB reports other failures here too): the log is all there is.
        log.error("error outside an update: %r", context.error, exc_info=context.error)
        return
    what = _what(update)
    user = update.effective_user
    log.error(
        "update %d (%s from user %s) failed: %r",
        update.update_id,
        what,
        user.id if user is not None else "?",
        context.error,
        exc_info=context.error,
    )
    message = update.effective_message
    # Only to an admin in a private chat: a reply in a group or channel, or to a stranger,
    # would tell people who are not editors.
    if message is None or update.effective_chat is None or update.effective_chat.type != "private":
        return
    if user is None or user.id not in context.bot_data.desk.admin_ids:
        return
    try:
        await message.reply_text(
            f"Something went wrong with {what}; it is logged as #{update.update_id}."
        )
    except TelegramError as exc:  # Telegram itself may be what failed
        log.warning("could not tell user about update %d: %s", update.update_id, exc)
