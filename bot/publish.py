"""Publishing: one sender drains the outbox in order through a Publisher."""

from __future__ import annotations

import asyncio
import logging
import random
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol, TextIO

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)

from bot.voice import Delivery
from storage.posts import Outbox
from storage.records import OutboxPost

log = logging.getLogger(__name__)


class PermanentSendError(Exception):
    """Sending cannot succeed by retrying (bad request, no rights in the chat)."""


class TransientSendError(Exception):
    """Sending may succeed later (network, server error, flood wait beyond the limiter)."""


@dataclass(frozen=True)
class OutgoingPost:
    """A rendered post and where it goes: a chat, or a forum topic in it."""

    chat_id: str
    thread_id: int | None
    delivery: Delivery


def outgoing(post: OutboxPost) -> OutgoingPost:
    """What the sender hands the publisher for an outbox row."""
    delivery = Delivery.from_stored(post.text, post.media_url, post.options)
    return OutgoingPost(post.channel_id, post.thread_id, delivery)


class Publisher(Protocol):
    """Where posts go: Telegram, or stdout in a dry run."""

    async def send(self, chat_id: str, html: str) -> int:
        """Send one HTML message; return its message id."""
        ...

    async def send_post(self, post: OutgoingPost) -> int:
        """Send a post: a photo with caption, or text with its link preview; the message id."""
        ...


def chat_id_for_telegram(chat_id: str) -> int | str:
    """Numeric ids are sent as numbers, @usernames as they are."""
    return chat_id if chat_id.startswith("@") else int(chat_id)


def link_preview_options(delivery: Delivery) -> LinkPreviewOptions:
    """The target's preview choice, always previewing the article rather than another link."""
    mode, url = delivery.link_preview, delivery.link
    if mode == "off":
        return LinkPreviewOptions(is_disabled=True)
    return LinkPreviewOptions(
        url=url,
        prefer_small_media=True if mode == "small" else None,
        prefer_large_media=True if mode in ("large", "above") else None,
        show_above_text=True if mode == "above" else None,
    )


@contextmanager
def _classified_errors() -> Iterator[None]:
    # The same split as TelegramPublisher.send: retrying cannot fix a bad request.
    try:
        yield
    except (BadRequest, Forbidden, InvalidToken) as exc:
        raise PermanentSendError(f"{type(exc).__name__}: {exc.message}") from None
    except RetryAfter as exc:
        raise TransientSendError(f"flood wait {exc.retry_after}") from None
    except (NetworkError, TelegramError) as exc:
        raise TransientSendError(f"{type(exc).__name__}: {exc.message}") from None


class TelegramPublisher:
    """Sends through PTB's Bot (its AIORateLimiter paces and retries flood waits)."""

    def __init__(self, bot: Bot) -> None:
        self.bot = bot

    async def send(self, chat_id: str, html: str) -> int:
        """Send one message; classify PTB's errors as permanent or transient."""
        try:
            message = await self.bot.send_message(
                chat_id=chat_id_for_telegram(chat_id),
                text=html,
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=False),
            )
        except (BadRequest, Forbidden, InvalidToken) as exc:
            raise PermanentSendError(f"{type(exc).__name__}: {exc.message}") from None
        except RetryAfter as exc:
            raise TransientSendError(f"flood wait {exc.retry_after}") from None
        except (NetworkError, TelegramError) as exc:
            raise TransientSendError(f"{type(exc).__name__}: {exc.message}") from None
        return message.message_id

    async def send_post(self, post: OutgoingPost) -> int:
        """A photo with caption when there is one; text if there is none or it is refused."""
        delivery = post.delivery
        chat_id = chat_id_for_telegram(post.chat_id)
        markup = (
            InlineKeyboardMarkup([[InlineKeyboardButton("Read more", url=delivery.link)]])
            if delivery.button and delivery.link
            else None
        )
        with _classified_errors():
            if delivery.image_url:
                try:
                    photo = await self.bot.send_photo(
                        chat_id=chat_id,
                        photo=delivery.image_url,
                        caption=delivery.html,
                        parse_mode=ParseMode.HTML,
                        reply_markup=markup,
                        message_thread_id=post.thread_id,
                    )
                    return photo.message_id
                except BadRequest as exc:
                    # A bad or too large image must not cost the story: the text goes instead.
                    log.warning("photo %s refused (%s): posting text", delivery.image_url, exc)
            message = await self.bot.send_message(
                chat_id=chat_id,
                text=delivery.html,
                parse_mode=ParseMode.HTML,
                link_preview_options=link_preview_options(delivery),
                reply_markup=markup,
                message_thread_id=post.thread_id,
            )
        return message.message_id


class StdoutPublisher:
    """Dry run: prints each post instead of sending it."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdout
        self.count = 0

    async def send(self, chat_id: str, html: str) -> int:
        """Print the message with a separator; message ids count from 1."""
        self.count += 1
        print(f"─── post {self.count} → {chat_id} " + "─" * 40, file=self.stream)
        print(html, file=self.stream)
        print(file=self.stream)
        return self.count

    async def send_post(self, post: OutgoingPost) -> int:
        """Print the post with its photo, button and preview choice."""
        delivery = post.delivery
        where = post.chat_id if post.thread_id is None else f"{post.chat_id}:{post.thread_id}"
        lines = [delivery.html]
        if delivery.image_url:
            lines.insert(0, f"[photo {delivery.image_url}]")
        if delivery.button and delivery.link:
            lines.append(f"[button Read more → {delivery.link}]")
        return await self.send(where, "\n".join(lines))


class OutboxSender:
    """Drains pending posts oldest first; marks each `sending` before the request."""

    def __init__(
        self,
        outbox: Outbox,
        publisher: Publisher,
        *,
        max_attempts: int = 5,
        base_delay: float = 1.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.outbox = outbox
        self.publisher = publisher
        self.max_attempts = max_attempts
        self.base_delay = base_delay
        self.clock = clock
        self.wake = asyncio.Event()
        self.sent = 0
        self.failed = 0

    async def send_one(self, post: OutboxPost) -> bool:
        """Try one post once; returns True when it left the pending state for good."""
        await self.outbox.mark_sending(post.id, now=self.clock())
        try:
            message_id = await self.publisher.send_post(outgoing(post))
        except PermanentSendError as exc:
            log.error("post %d failed: %s", post.id, exc)
            await self.outbox.mark_failed(post.id, str(exc), now=self.clock())
            self.failed += 1
            return True
        except TransientSendError as exc:
            attempts = post.attempts + 1
            if attempts >= self.max_attempts:
                log.error("post %d failed after %d attempts: %s", post.id, attempts, exc)
                await self.outbox.mark_failed(
                    post.id, f"{exc} (after {attempts} attempts)", now=self.clock()
                )
                self.failed += 1
                return True
            log.warning("post %d: %s; retrying (attempt %d)", post.id, exc, attempts)
            await self.outbox.mark_pending(post.id, str(exc), now=self.clock())
            # Exponential backoff with jitter, so a flapping API is not hammered.
            await asyncio.sleep(self.base_delay * 2 ** (attempts - 1) * random.uniform(0.5, 1.5))
            return False
        await self.outbox.mark_sent(post.id, message_id, now=self.clock())
        self.sent += 1
        log.info("post %d sent as message %d", post.id, message_id)
        return True

    async def drain(self, stop: asyncio.Event | None = None) -> int:
        """Send until no pending post is left (or `stop` is set); returns how many settled."""
        settled = 0
        while not (stop and stop.is_set()) and (post := await self.outbox.next_pending()):
            if await self.send_one(post):
                settled += 1
        return settled

    async def run(self, stop: asyncio.Event) -> None:
        """Drain whenever woken (new posts) and at least every few seconds, until `stop`."""
        while not stop.is_set():
            await self.drain(stop)
            self.wake.clear()
            waiters = [asyncio.create_task(self.wake.wait()), asyncio.create_task(stop.wait())]
            _, pending = await asyncio.wait(
                waiters, timeout=5.0, return_when=asyncio.FIRST_COMPLETED
            )
            for task in pending:
                task.cancel()
