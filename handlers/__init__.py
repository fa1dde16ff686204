"""Telegram admin commands: registration with a PTB Application."""

from __future__ import annotations

from telegram import BotCommand
from telegram.ext import Application, CommandHandler, MessageHandler, filters

from handlers.feeds import (
    add_command,
    interval_command,
    list_command,
    pause_command,
    remove_command,
    resume_command,
)
from handlers.opml import export_command, import_command, import_document
from handlers.status import COMMANDS, help_command, status_command, unknown_command


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Attach every command handler (and the unknown-command answer) to `application`."""
    application.add_handler(CommandHandler(["start", "help"], help_command))
    application.add_handler(CommandHandler("add", add_command))
    application.add_handler(CommandHandler("remove", remove_command))
    application.add_handler(CommandHandler("list", list_command))
    application.add_handler(CommandHandler("pause", pause_command))
    application.add_handler(CommandHandler("resume", resume_command))
    application.add_handler(CommandHandler("interval", interval_command))
    application.add_handler(CommandHandler("import", import_command))
    application.add_handler(CommandHandler("export", export_command))
    application.add_handler(CommandHandler("status", status_command))
    application.add_handler(MessageHandler(filters.Document.ALL, import_document))
    application.add_handler(MessageHandler(filters.COMMAND, unknown_command))


def bot_commands() -> list[BotCommand]:
    """The command menu registered with set_my_commands."""
    return [BotCommand(name, description) for name, description in COMMANDS]
