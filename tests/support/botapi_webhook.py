"""The fake Bot API's webhook: setWebhook is recorded, and queued updates are then POSTed to
the URL with the X-Telegram-Bot-Api-Secret-Token header, retried until answered 200."""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING, Any

import aiohttp

JsonDict = dict[str, Any]
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Telegram retries a refused delivery later; the fake, soon.
RETRY_SECONDS = 0.2


class WebhookPush:
    """Mixed into FakeBotApi: setWebhook/deleteWebhook/getWebhookInfo and the pushing task."""

    if TYPE_CHECKING:
        _updates: list[JsonDict]
        _updates_changed: asyncio.Event
        _closing: asyncio.Event

    webhook_url: str = ""
    webhook_secret: str | None = None
    # A test may make the fake send another secret than the one registered.
    secret_sent: str | None = None
    # Set by a test: what Telegram says of the last failed delivery (getWebhookInfo).
    webhook_last_error: str | None = None
    # (update_id, HTTP status; 0 when the connection failed) of each delivery attempt.
    deliveries: list[tuple[int, int]]
    _pusher: asyncio.Task[None] | None = None

    async def _m_setWebhook(self, params: JsonDict) -> bool:
        url = str(params.get("url") or "")
        if not url:
            await self._m_deleteWebhook({})
            return True
        self.webhook_url, self.webhook_secret = url, params.get("secret_token")
        if self._pusher is None or self._pusher.done():
            self._pusher = asyncio.create_task(self._push())
        self._updates_changed.set()
        return True

    async def _m_deleteWebhook(self, params: JsonDict) -> bool:
        if params.get("drop_pending_updates") in (True, "true"):
            self._updates.clear()
        self.webhook_url, self.webhook_secret = "", None
        await self.stop_pushing()
        return True

    async def _m_getWebhookInfo(self, params: JsonDict) -> JsonDict:
        pending = len(self._updates)
        info: JsonDict = {"url": self.webhook_url, "has_custom_certificate": False}
        info["pending_update_count"] = pending
        if self.webhook_last_error:
            info |= {"last_error_date": 1, "last_error_message": self.webhook_last_error}
        return info

    async def stop_pushing(self) -> None:
        """End the pushing task (deleteWebhook, server stop)."""
        if self._pusher is not None and self._pusher is not asyncio.current_task():
            self._pusher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._pusher
        self._pusher = None

    async def _push(self) -> None:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
            while self.webhook_url and not self._closing.is_set():
                if not self._updates:
                    self._updates_changed.clear()
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._updates_changed.wait(), 1.0)
                    continue
                update = self._updates[0]
                status = await self._deliver(session, update)
                self.deliveries.append((int(update["update_id"]), status))
                if status == 200:
                    self._updates.remove(update)
                else:
                    await asyncio.sleep(RETRY_SECONDS)

    async def _deliver(self, session: aiohttp.ClientSession, update: JsonDict) -> int:
        secret = self.secret_sent if self.secret_sent is not None else self.webhook_secret
        headers = {SECRET_HEADER: secret} if secret else {}
        try:
            async with session.post(self.webhook_url, json=update, headers=headers) as response:
                return response.status
        except aiohttp.ClientError:
            return 0
