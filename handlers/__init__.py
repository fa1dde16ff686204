"""Telegram admin commands: registration with a PTB Application."""

from __future__ import annotations

from typing import Any

from telegram.ext import Application, CommandHandler, ExtBot, MessageHandler, filters

from handlers.access import admin_only
from handlers.commands import COMMANDS, bot_commands
from handlers.context import CONTEXT_TYPES, BotData, NewsbotContext
from handlers.errors import report_error
from handlers.opml import import_document
from handlers.status import unknown_command

# The Application newsbot builds: its bot takes the pacer's rate-limit arguments (bool), and
# bot_data is newsbot's; the job queue (Any) newsbot does not use.
NewsbotApplication = Application[
    ExtBot[bool], NewsbotContext, dict[Any, Any], dict[Any, Any], BotData, Any
]

__all__ = ["CONTEXT_TYPES", "BotData", "NewsbotApplication", "bot_commands", "register"]


def register(application: NewsbotApplication) -> None:
    """Attach the command table, the OPML upload, the unknown-command answer and the error
    handler to `application`."""
    for command in COMMANDS:
        application.add_handler(
            CommandHandler((command.name, *command.aliases), command.callback())
        )
    application.add_handler(MessageHandler(filters.Document.ALL, admin_only(import_document)))
    application.add_handler(
        MessageHandler(filters.COMMAND, admin_only(unknown_command, changes=False))
    )
    application.add_error_handler(report_error)
