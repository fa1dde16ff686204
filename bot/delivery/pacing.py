"""Pacing requests to the Bot API: steady per channel, capped overall, 429s held per chat."""

# Why not PTB's AIORateLimiter: it does limit channels (any negative or @username chat id
# counts as a group), but with aiolimiter's leaky bucket, which lets `max_rate` requests through
# at once and then drips. Telegram's "20 per minute" behaves as a sliding window, so a burst
# gets 20 through, then more within the same minute, and those draw 429s (bench/pacing.py:
# 9 of them for 200 posts). And a RetryAfter there pauses every request to every chat, the
# admins' replies included. Here each channel is spaced evenly, the spacing counted from the
# end of the previous request (so no window ever holds more, whatever the latency), and a 429
# holds only the chat it came from.

from __future__ import annotations

import asyncio
import time
import warnings
from collections.abc import Callable, Coroutine
from contextlib import AbstractAsyncContextManager, nullcontext
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter
from telegram.warnings import PTBDeprecationWarning

JSONDict = dict[str, Any]
# An admin reply that meets a 429 is retried this often here; the sender's posts never are
# (they pass rate_limit_args=True), because the outbox must see the flood wait itself.
DEFAULT_RETRIES = 2
BOT_KEY = "(bot)"


def retry_after_seconds(error: RetryAfter) -> float:
    """RetryAfter's wait in seconds, whether PTB gives it as int or timedelta."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def chat_key(chat_id: object) -> str | None:
    """The chat a request is about, as a string ("-100…", "@name", "42"), or None."""
    if chat_id is None or chat_id == "":
        return None
    return str(chat_id).strip()


def is_paced_chat(key: str) -> bool:
    """Channels and groups (negative ids, @usernames) get the per-chat limit."""
    # Private chats (the admins) are left to the overall limit: the bot answers a command with
    # one or two messages, and pacing them to one per second would only slow editors down.
    return key.startswith("@") or key.startswith("-")


class Pacer(BaseRateLimiter[bool]):
    """A PTB rate limiter: `chat_limit` per `chat_period` per channel, evenly spaced."""

    def __init__(
        self,
        *,
        chat_limit: int,
        chat_period: float,
        overall_limit: int,
        overall_period: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.chat_interval = chat_period / chat_limit
        self.overall_interval = overall_period / overall_limit
        self.clock = clock
        self._next_overall = 0.0
        self._chat_free_at: dict[str, float] = {}
        self._held_until: dict[str, float] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    def ready_in(self, chat_id: object) -> float:
        """Seconds until a request to this chat may start (0 when it may start now)."""
        key = chat_key(chat_id)
        if key is None:
            return 0.0
        ready = max(self._chat_free_at.get(key, 0.0), self._held_until.get(key, 0.0))
        return max(ready - self.clock(), 0.0)

    def hold(self, chat_id: object, seconds: float) -> None:
        """Send nothing to this chat for `seconds` (a 429's retry_after)."""
        key = chat_key(chat_id)
        if key is not None:
            self._held_until[key] = max(self._held_until.get(key, 0.0), self.clock() + seconds)

    async def _overall_slot(self) -> None:
        # Slots are handed out evenly spaced, first come first served.
        now = self.clock()
        slot = max(now, self._next_overall)
        self._next_overall = slot + self.overall_interval
        if slot > now:
            await asyncio.sleep(slot - now)

    def _lock(self, key: str) -> AbstractAsyncContextManager[Any]:
        if not is_paced_chat(key):
            return nullcontext()
        return self._locks.setdefault(key, asyncio.Lock())

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: bool | None,
    ) -> bool | JSONDict | list[JSONDict]:
        """Wait for the chat's turn and an overall slot, then make the request."""
        # With `rate_limit_args=True` the caller handles a 429 itself: no retry here.
        # Requests without a chat (getMe, setMyCommands) share one key, for their flood waits.
        key = chat_key(data.get("chat_id")) or BOT_KEY
        retries = 0 if rate_limit_args else DEFAULT_RETRIES
        for attempt in range(retries + 1):
            # One request per channel at a time, so the spacing is between answer and request.
            async with self._lock(key):
                # Under the lock only this request can move the chat's time; one wait suffices.
                if (delay := self.ready_in(key)) > 0:
                    await asyncio.sleep(delay)
                await self._overall_slot()
                try:
                    return await callback(*args, **kwargs)
                except RetryAfter as exc:
                    self.hold(key, retry_after_seconds(exc))
                    if attempt == retries:
                        raise
                finally:
                    if is_paced_chat(key):
                        self._chat_free_at[key] = self.clock() + self.chat_interval
        raise AssertionError("unreachable")  # the loop returns or raises
