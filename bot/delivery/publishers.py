"""Where posts go: Telegram, or stdout in a dry run (refusals are classified in `errors`)."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from typing import Any, Protocol, TextIO

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import ExtBot

from bot.delivery.errors import UNREADABLE_ANSWER, classify, unreadable_answer
from bot.delivery.pacing import Pacer
from bot.render.voice import Delivery
from storage.records import OutboxPost, PreviewMode

log = logging.getLogger(__name__)


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


def link_preview_options(delivery: Delivery) -> LinkPreviewOptions:
    """The target's preview choice, always previewing the article rather than another link."""
    mode, url = delivery.link_preview, delivery.link
    if mode == PreviewMode.OFF:
        return LinkPreviewOptions(is_disabled=True)
    return LinkPreviewOptions(
        url=url,
        prefer_small_media=True if mode == PreviewMode.SMALL else None,
        prefer_large_media=True if mode in (PreviewMode.LARGE, PreviewMode.ABOVE) else None,
        show_above_text=True if mode == PreviewMode.ABOVE else None,
    )


class Publisher(Protocol):
    """Where posts go: Telegram, or stdout in a dry run."""

    async def send(self, post: OutgoingPost, *, plain: bool = False) -> int:
        """Send one post (HTML unless `plain`): a photo with caption, or text; its message id."""
        ...

    async def amend_sent_message(
        self, post: OutgoingPost, message_id: int, *, plain: bool = False
    ) -> None:
        """Replace the text (or caption) of a message sent earlier with the post's."""
        ...

    def ready_in(self, chat_id: str) -> float:
        """Seconds until a message to this chat may be sent without breaking the pace."""
        ...


def chat_id_for_telegram(chat_id: str) -> int | str:
    """Numeric ids are sent as numbers, @usernames as they are."""
    return chat_id if chat_id.startswith("@") else int(chat_id)


def _read_more(delivery: Delivery) -> InlineKeyboardMarkup | None:
    """The "Read more" button under a post, when the target wants one."""
    if not (delivery.button and delivery.link):
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton("Read more", url=delivery.link)]])


class TelegramPublisher:
    """Sends through PTB's bot; its Pacer spaces the requests and tracks flood waits."""

    def __init__(self, bot: ExtBot[Any], pacer: Pacer, *, timeout: float = 15.0) -> None:
        self.bot = bot
        self.pacer = pacer
        self.timeout = timeout

    async def send(self, post: OutgoingPost, *, plain: bool = False) -> int:
        """A photo with caption when there is one (text if it is refused), else text."""
        # PTB's errors become SendErrors (see `classify`).
        delivery = post.delivery
        chat_id = chat_id_for_telegram(post.chat_id)
        parse_mode = None if plain else ParseMode.HTML
        markup = _read_more(delivery)
        # The outbox handles 429s itself, so the pacer must not retry them (rate_limit_args).
        try:
            if delivery.image_url:
                try:
                    photo = await self.bot.send_photo(
                        chat_id=chat_id,
                        photo=delivery.image_url,
                        caption=delivery.html,
                        parse_mode=parse_mode,
                        reply_markup=markup,
                        message_thread_id=post.thread_id,
                        read_timeout=self.timeout,
                        rate_limit_args=True,
                    )
                    return photo.message_id
                except BadRequest as exc:
                    # A bad or too large image must not cost the story: the text goes instead.
                    log.warning("photo %s refused (%s): posting text", delivery.image_url, exc)
            message = await self.bot.send_message(
                chat_id=chat_id,
                text=delivery.html,
                parse_mode=parse_mode,
                link_preview_options=link_preview_options(delivery),
                reply_markup=markup,
                message_thread_id=post.thread_id,
                read_timeout=self.timeout,
                rate_limit_args=True,
            )
        except TelegramError as exc:
            raise classify(exc) from exc
        except UNREADABLE_ANSWER as exc:
            raise unreadable_answer(exc) from exc
        return message.message_id

    async def amend_sent_message(
        self, post: OutgoingPost, message_id: int, *, plain: bool = False
    ) -> None:
        """Edit the caption of a photo post (its text when it went out as text), or the text."""
        # An edit that changes nothing counts as done.
        delivery = post.delivery
        chat_id = chat_id_for_telegram(post.chat_id)
        parse_mode = None if plain else ParseMode.HTML
        # Telegram drops the keyboard of an edited message unless it is sent again.
        markup = _read_more(delivery)
        try:
            if delivery.image_url:
                try:
                    await self.bot.edit_message_caption(
                        chat_id=chat_id,
                        message_id=message_id,
                        caption=delivery.html,
                        parse_mode=parse_mode,
                        reply_markup=markup,
                        read_timeout=self.timeout,
                        rate_limit_args=True,
                    )
                    return
                except BadRequest as exc:
                    # The photo was refused at send time and the post went out as text.
                    if "no caption" not in exc.message.lower():
                        raise
            await self.bot.edit_message_text(
                chat_id=chat_id,
                message_id=message_id,
                text=delivery.html,
                parse_mode=parse_mode,
                link_preview_options=link_preview_options(delivery),
                reply_markup=markup,
                read_timeout=self.timeout,
                rate_limit_args=True,
            )
        except BadRequest as exc:
            if "message is not modified" not in exc.message.lower():
                raise classify(exc) from exc
        except TelegramError as exc:
            raise classify(exc) from exc
        except UNREADABLE_ANSWER as exc:
            raise unreadable_answer(exc) from exc

    def ready_in(self, chat_id: str) -> float:
        """The pacer's wait for this chat."""
        return self.pacer.ready_in(chat_id)


class StdoutPublisher:
    """Dry run: prints each post instead of sending it."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdout
        self.count = 0

    async def send(self, post: OutgoingPost, *, plain: bool = False) -> int:
        """Print the post with a separator; message ids count from 1."""
        self.count += 1
        target = post.chat_id if post.thread_id is None else f"{post.chat_id}:{post.thread_id}"
        print(f"─── post {self.count} → {target} " + "─" * 40, file=self.stream)
        if post.delivery.image_url:
            print(f"[photo {post.delivery.image_url}]", file=self.stream)
        print(post.delivery.html, file=self.stream)
        if post.delivery.button and post.delivery.link:
            print(f"[button Read more → {post.delivery.link}]", file=self.stream)
        print(file=self.stream)
        return self.count

    async def amend_sent_message(
        self, post: OutgoingPost, message_id: int, *, plain: bool = False
    ) -> None:
        """Print the new text of an amended message."""
        print(f"─── edit of message {message_id} → {post.chat_id} " + "─" * 30, file=self.stream)
        print(post.delivery.html, file=self.stream)
        print(file=self.stream)

    def ready_in(self, chat_id: str) -> float:
        """No pace on stdout."""
        return 0.0
