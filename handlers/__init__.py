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
from handlers.queue import queue_command, retry_command, skip_command
from handlers.routing import filter_command, fulltext_command, route_command, targets_command
from handlers.status import COMMANDS, help_command, status_command, unknown_command
from handlers.voice import footer_command, preview_command, template_command


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
    application.add_handler(CommandHandler("queue", queue_command))
    application.add_handler(CommandHandler("retry", retry_command))
    application.add_handler(CommandHandler("skip", skip_command))
    application.add_handler(CommandHandler("preview", preview_command))
    application.add_handler(CommandHandler("template", template_command))
    application.add_handler(CommandHandler("footer", footer_command))
    application.add_handler(CommandHandler("filter", filter_command))
    application.add_handler(CommandHandler("route", route_command))
    application.add_handler(CommandHandler("targets", targets_command))
    application.add_handler(CommandHandler("fulltext", fulltext_command))
    application.add_handler(MessageHandler(filters.Document.ALL, import_document))
    application.add_handler(MessageHandler(filters.COMMAND, unknown_command))


def bot_commands() -> list[BotCommand]:
    """The command menu registered with set_my_commands."""
    return [BotCommand(name, description) for name, description in COMMANDS]
