"""What PTB hands every handler: the context, with newsbot's desk in a typed bot_data."""

from __future__ import annotations

import asyncio
from typing import Any

from telegram.ext import CallbackContext, ContextTypes, ExtBot

from bot.admin.desk import AdminDesk


class BotData:
    """`application.bot_data`: the editors' desk, attached once the service is up."""

    def __init__(self) -> None:
        # PTB creates bot_data with the Application, before the service's parts exist.
        self._desk: AdminDesk | None = None
        # One lock per admin chat: its changes run in the order sent (handlers/access.py).
        self._sequences: dict[int, asyncio.Lock] = {}

    def attach(self, desk: AdminDesk) -> None:
        """Hand the handlers the desk of the running service."""
        self._desk = desk

    def sequence(self, chat_id: int) -> asyncio.Lock:
        """The lock that keeps one chat's changes in order."""
        return self._sequences.setdefault(chat_id, asyncio.Lock())

    @property
    def desk(self) -> AdminDesk:
        """The desk; a handler that runs before it is attached is a wiring bug."""
        if self._desk is None:
            raise RuntimeError("no AdminDesk attached to bot_data")
        return self._desk


NewsbotContext = CallbackContext[ExtBot[Any], dict[Any, Any], dict[Any, Any], BotData]
CONTEXT_TYPES = ContextTypes(bot_data=BotData)
