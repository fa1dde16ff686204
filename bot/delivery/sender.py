"""The outbox sender: drains posts in order, decides what each refusal means for the post, and
brings sent messages up to date with the sites that also carried their story."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace

from bot.delivery.errors import (
    AmbiguousSendError,
    CannotParseEntities,
    FloodWait,
    MessageTooLong,
    PermanentSendError,
    SendError,
    TargetUnavailable,
)
from bot.delivery.publishers import Publisher, outgoing
from bot.render.content import CAPTION_LIMIT, TEXT_LIMIT, with_also_carried
from bot.render.fallbacks import html_to_plain, shorter
from storage.posts import Outbox
from storage.records import OutboxPost, TextFormat

log = logging.getLogger(__name__)

# Tells the admins something; True when at least one of them got it.
Notify = Callable[[str], Awaitable[bool]]
# Backoff after server and network errors doubles from the base delay up to this.
MAX_BACKOFF = 600.0
PLAIN_NOTE = "re-sent as plain text"
SHORTER_NOTE = "re-sent shorter"


class OutboxSender:
    """Drains pending posts oldest first; marks each `sending` (committed) before the request."""

    def __init__(
        self,
        outbox: Outbox,
        publisher: Publisher,
        *,
        max_attempts: int = 5,
        base_delay: float = 1.0,
        resend_unconfirmed: bool = False,
        notify: Notify | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.outbox = outbox
        self.publisher = publisher
        self.max_attempts = max_attempts
        self.base_delay = base_delay
        self.resend_unconfirmed = resend_unconfirmed
        self.notify = notify
        self.clock = clock
        self.wake = asyncio.Event()
        self.sent = 0
        self.failed = 0
        # Channels newsbot lost access to (kept in storage), and flood waits (monotonic ends).
        self.stopped: dict[str, str] = {}
        self._held: dict[str, float] = {}
        self._stop: asyncio.Event | None = None

    async def load(self) -> None:
        """Read the stopped channels from storage (at start-up)."""
        for target in await self.outbox.stopped_targets():
            self.stopped[target.channel_id] = target.reason
            log.warning(
                "not sending to %s: %s (stopped earlier; /resume restarts it)",
                target.channel_id,
                target.reason,
            )

    async def resume(self, channel_id: str | None = None) -> list[str]:
        """Restart sending to a stopped channel, or to all; returns those restarted."""
        resumed = await self.outbox.resume_targets(channel_id)
        for channel in resumed:
            self.stopped.pop(channel, None)
            log.info("sending to %s resumed", channel)
        self.wake.set()
        return resumed

    def _backoff(self, errors: int) -> float:
        # Exponential with jitter, so a flapping API is not hammered in lockstep.
        delay = min(self.base_delay * 2.0 ** (errors - 1), MAX_BACKOFF)
        return delay * random.uniform(0.5, 1.5)

    async def _pause(self, seconds: float) -> None:
        """Sleep, but wake at once when the service is asked to stop."""
        if seconds <= 0:
            return
        if self._stop is None:
            await asyncio.sleep(seconds)
            return
        try:
            await asyncio.wait_for(self._stop.wait(), seconds)
        except TimeoutError:
            pass

    def _stopping(self) -> bool:
        return self._stop is not None and self._stop.is_set()

    def waiting_channels(self) -> set[str]:
        """Channels not sent to now: stopped (no rights) or held by a flood wait."""
        return set(self.stopped) | self._held_channels()

    def _held_channels(self) -> set[str]:
        now = time.monotonic()
        self._held = {c: end for c, end in self._held.items() if end > now}
        return set(self._held)

    async def _tell(self, text: str) -> bool:
        if self.notify is None:
            return False
        try:
            return await self.notify(text)
        except Exception:  # telling the admins must never stop the sender
            log.exception("could not notify the admins")
            return False

    async def notify_unconfirmed(self) -> None:
        """Tell the admins, once, about each unconfirmed post they have not heard of."""
        posts = await self.outbox.unconfirmed_to_notify()
        if not posts or self.notify is None:
            return
        lines = [
            f"{len(posts)} post(s) may or may not be in the channel: Telegram had the request "
            "but newsbot never saw the answer. Check the channel, then /retry <id> to send "
            "again or /skip <id> to leave it."
        ]
        lines += [f"#{p.id} {p.title or ''} ({p.last_error})" for p in posts]
        if await self._tell("\n".join(lines)):
            await self.outbox.mark_notified([p.id for p in posts], now=self.clock())

    async def _stop_target(self, post: OutboxPost, reason: str) -> None:
        self.stopped[post.channel_id] = reason
        await self.outbox.stop_target(post.channel_id, reason, now=self.clock())
        log.error("stopped sending to %s: %s; its posts stay pending", post.channel_id, reason)
        await self._tell(
            f"Stopped sending to {post.channel_id}: {reason}\n"
            "Posts wait in the queue. Make the bot an admin of the channel allowed to post, "
            "then send /resume."
        )

    async def send_one(self, post: OutboxPost) -> bool:
        """Try one post once; returns True when it left the pending state for good."""
        if not await self.outbox.mark_sending(post.id, now=self.clock()):
            return False  # skipped by an editor meanwhile
        plain = post.text_format == TextFormat.PLAIN
        try:
            message_id = await self.publisher.send(outgoing(self._with_carriers(post)), plain=plain)
        except SendError as exc:
            return await self._refused(post, exc)
        note = post.last_error
        if not (note and note.startswith((PLAIN_NOTE, SHORTER_NOTE))):
            note = None
        await self.outbox.mark_sent(
            post.id,
            message_id,
            now=self.clock(),
            note=note,
            carriers_shown=post.carriers_version,
        )
        self.sent += 1
        log.info("post %d sent as message %d", post.id, message_id)
        return True

    @staticmethod
    def _with_carriers(post: OutboxPost) -> OutboxPost:
        """The post with its "Also carried by" line, when other sites carried the story."""
        if not post.also_carried:
            return post
        limit = CAPTION_LIMIT if post.media_url else TEXT_LIMIT
        text = with_also_carried(
            post.text, post.also_carried, plain=post.text_format == TextFormat.PLAIN, limit=limit
        )
        return replace(post, text=text)

    async def add_also_carried(self, post: OutboxPost) -> None:
        """Amend a sent message to name the sites that carried its story since ("Also
        carried by")."""
        if post.message_id is None:
            await self.outbox.mark_carriers_shown(post.id, post.carriers_version, now=self.clock())
            return
        try:
            await self.publisher.amend_sent_message(
                outgoing(self._with_carriers(post)),
                post.message_id,
                plain=post.text_format == TextFormat.PLAIN,
            )
        except FloodWait as exc:
            self._held[post.channel_id] = time.monotonic() + exc.seconds
            log.warning(
                "also-carried update of post %d: %s for %s", post.id, exc.reason, post.channel_id
            )
            return
        except SendError as exc:
            # The amendment is a courtesy: it is given up rather than allowed to hold up posts.
            log.warning("also-carried update of post %d given up: %s", post.id, exc.reason)
        else:
            log.info("post %d amended: also carried by %s", post.id, ", ".join(post.also_carried))
        await self.outbox.mark_carriers_shown(post.id, post.carriers_version, now=self.clock())

    async def _refused(self, post: OutboxPost, exc: SendError) -> bool:
        now, reason = self.clock(), exc.reason
        plain = post.text_format == TextFormat.PLAIN
        if isinstance(exc, FloodWait):
            # Never counted against the post: it waits as long as Telegram asks.
            self._held[post.channel_id] = time.monotonic() + exc.seconds
            log.warning("post %d: %s for %s", post.id, reason, post.channel_id)
            await self.outbox.mark_pending(post.id, reason, now=now)
            return False
        if isinstance(exc, TargetUnavailable):
            await self.outbox.mark_pending(post.id, reason, now=now)
            await self._stop_target(post, reason)
            return False
        if isinstance(exc, CannotParseEntities) and not plain:
            log.error(
                "rendering bug in post %d: Telegram refused its HTML (%s); re-sending it as "
                "plain text. The HTML was: %r",
                post.id,
                reason,
                post.text[:2000],
            )
            await self.outbox.rewrite(
                post.id,
                html_to_plain(post.text),
                text_format=TextFormat.PLAIN,
                reason=f"{PLAIN_NOTE}: {reason}",
                now=now,
            )
            return False
        if isinstance(exc, MessageTooLong) and (short := shorter(post.text, plain=plain)):
            log.warning("post %d: %s; re-rendered shorter", post.id, reason)
            await self.outbox.rewrite(
                post.id,
                short,
                text_format=post.text_format,
                reason=f"{SHORTER_NOTE}: {reason}",
                now=now,
            )
            return False
        if isinstance(exc, PermanentSendError):
            log.error("post %d failed: %s", post.id, reason)
            await self.outbox.mark_failed(post.id, reason, now=now)
            self.failed += 1
            return True
        if isinstance(exc, AmbiguousSendError) and not self.resend_unconfirmed:
            log.error("post %d unconfirmed: %s; not sent again by itself", post.id, reason)
            await self.outbox.mark_unconfirmed(post.id, reason, now=now)
            await self.notify_unconfirmed()
            return True
        return await self._retry_later(post, exc)

    async def _retry_later(self, post: OutboxPost, exc: SendError) -> bool:
        errors = await self.outbox.mark_pending(
            post.id, exc.reason, now=self.clock(), counts_as_error=True
        )
        if errors >= self.max_attempts:
            reason = f"{exc.reason} (after {errors} tries)"
            log.error("post %d failed: %s", post.id, reason)
            await self.outbox.mark_failed(post.id, reason, now=self.clock())
            self.failed += 1
            return True
        delay = self._backoff(errors)
        log.warning("post %d: %s; retrying in %.1f s (try %d)", post.id, exc.reason, delay, errors)
        # Waiting here, before the next post, keeps the channel in order.
        await self._pause(delay)
        return False

    async def drain(self, stop: asyncio.Event | None = None) -> int:
        """Send until no sendable post is left (or `stop` is set); returns how many settled."""
        self._stop = stop
        await self.notify_unconfirmed()
        settled = 0
        while not self._stopping():
            waiting = self.stopped.keys() | self._held_channels()
            post = await self.outbox.next_pending(waiting)
            if post is None and (sent := await self.outbox.next_also_carried(waiting)):
                # "Also carried by" amendments go after every post waiting, paced like posts.
                await self._pause(self.publisher.ready_in(sent.channel_id))
                if self._stopping():
                    break
                await self.add_also_carried(sent)
                continue
            if post is None:
                # Posts held by a flood wait still count: wait it out rather than return.
                if not self._held or not await self.outbox.next_pending(self.stopped.keys()):
                    break
                await self._pause(min(self._held.values()) - time.monotonic())
                continue
            await self._pause(self.publisher.ready_in(post.channel_id))
            if self._stopping():
                break
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
