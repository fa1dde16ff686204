"""The running service's shared parts: one plain home for what every part of it uses."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import aiohttp

from bot.compose.teasers import OffLoop
from bot.config import Settings
from storage.store import Storage

Clock = Callable[[], float]


@dataclass(frozen=True)
class SharedParts:
    """Settings, storage, HTTP session, off-loop runner and clock, built once in bot/app.py
    and handed to the checker, the scheduler and the admin use cases alike."""

    # Each receives it from the wiring, so nobody reaches these through another part.

    settings: Settings
    storage: Storage
    session: aiohttp.ClientSession
    # Blocking work (parsing, summarising) in the worker pool, or a thread in tests.
    off_loop: OffLoop
    # The default target's chat: NEWSBOT_CHANNEL_ID, or a stand-in for a dry run.
    channel_id: str
    clock: Clock = time.time
