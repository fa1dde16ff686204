"""What a refusal from Telegram means for a post: the send errors and their classification."""

from __future__ import annotations

import logging

import httpx
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    RetryAfter,
    TelegramError,
    TimedOut,
)

from bot.delivery.pacing import retry_after_seconds

# Bad requests that are about the chat, not the post: every post to it would fail the same way.
_TARGET_PROBLEMS = (
    "chat not found",
    "not enough rights",
    "need administrator rights",
    "have no rights",
    "chat_write_forbidden",
    "chat_admin_required",
)
# Errors raised after the request was written: Telegram may have carried it out.
_AFTER_REQUEST = (httpx.ReadTimeout, httpx.ReadError, httpx.RemoteProtocolError)


log = logging.getLogger(__name__)


class SendError(Exception):
    """Telegram did not confirm a post; `reason` says why, in Telegram's words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class PermanentSendError(SendError):
    """Refused for this post (a bad request): sending it again as it is cannot succeed."""


class CannotParseEntities(PermanentSendError):
    """Telegram refused the post's HTML: a rendering bug; plain text will go through."""


class MessageTooLong(PermanentSendError):
    """Telegram counts the post longer than its limit: a shorter rendering will go through."""


class TransientSendError(SendError):
    """A server or network error before Telegram carried the request out: retry later."""


class AmbiguousSendError(SendError):
    """The request reached Telegram but no answer came back: the post may be in the chat."""


class FloodWait(SendError):
    """429: nothing may be sent to this chat for `seconds`."""

    def __init__(self, reason: str, seconds: float) -> None:
        super().__init__(reason)
        self.seconds = seconds


class TargetUnavailable(SendError):
    """The bot cannot post to this chat at all (removed, no rights, token revoked)."""


def classify(error: TelegramError) -> SendError:
    """What a PTB error means for the post: one of the SendError kinds above."""
    reason = f"{type(error).__name__}: {error.message}"
    if isinstance(error, RetryAfter):
        seconds = retry_after_seconds(error)
        return FloodWait(f"flood wait {seconds:g} s", seconds)
    if isinstance(error, Forbidden):
        return TargetUnavailable(error.message)  # "Forbidden: bot is not a member of …"
    if isinstance(error, InvalidToken):
        return TargetUnavailable(f"the bot token was refused ({error.message})")
    if isinstance(error, ChatMigrated):
        return TargetUnavailable(
            f"the group became a supergroup with id {error.new_chat_id}; set that id"
        )
    if isinstance(error, BadRequest):
        lowered = error.message.lower()
        if "can't parse entities" in lowered:
            return CannotParseEntities(reason)
        if "message is too long" in lowered:
            return MessageTooLong(reason)
        if any(problem in lowered for problem in _TARGET_PROBLEMS):
            return TargetUnavailable(reason)
        return PermanentSendError(reason)
    if isinstance(error.__cause__, _AFTER_REQUEST):
        detail = type(error.__cause__).__name__
        return AmbiguousSendError(f"no answer from Telegram ({detail})")
    if isinstance(error, TimedOut):
        return TransientSendError(f"timed out before sending ({type(error.__cause__).__name__})")
    return TransientSendError(reason)  # 5xx, connection refused, DNS …


# What PTB raises when Telegram (or a proxy before it) answers "ok" with a result that is not
# the object asked for: it fails reading the result, after the request was carried out.
UNREADABLE_ANSWER = (AttributeError, KeyError, TypeError, ValueError)


def unreadable_answer(error: Exception) -> AmbiguousSendError:
    """An answer PTB could not read: the request reached Telegram, so the post may be there."""
    log.error("unreadable answer from Telegram", exc_info=error)
    return AmbiguousSendError(f"unreadable answer from Telegram ({type(error).__name__})")
