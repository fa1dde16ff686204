"""Formatting admin replies (plain text, so no feed string needs HTML escaping)."""

from __future__ import annotations

import re
import time
from collections.abc import Iterable

from telegram import Message, Update

from storage.database import MAX_INTEGER

# Telegram's text limit, minus room for safety.
CHUNK_LIMIT = 4000
_ROW_ID = re.compile(r"#?([0-9]+)", re.ASCII)
_MINUTES = re.compile(r"[0-9]{1,6}(?:\.[0-9]{1,6})?", re.ASCII)


class ReplyWithUsage(Exception):
    """Raised by a command handler: answer with the command's usage line, after `note`."""

    def __init__(self, note: str = "") -> None:
        super().__init__(note)
        self.note = note


def ago(timestamp: float | None, now: float | None = None) -> str:
    """'never', or how long ago in the largest sensible unit."""
    if timestamp is None:
        return "never"
    seconds = max((now if now is not None else time.time()) - timestamp, 0.0)
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{int(seconds // size)} {unit} ago"
    return f"{int(seconds)} s ago"


def chunks(blocks: Iterable[str], limit: int = CHUNK_LIMIT) -> list[str]:
    """Join blocks with blank lines into messages no longer than `limit`."""
    messages: list[str] = []
    current = ""
    for block in blocks:
        block = block[:limit]
        candidate = f"{current}\n\n{block}" if current else block
        if len(candidate) > limit:
            messages.append(current)
            current = block
        else:
            current = candidate
    if current:
        messages.append(current)
    return messages


def message_of(update: Update) -> Message:
    """The message a command came in (a command always comes in one)."""
    message = update.effective_message
    assert message is not None
    return message


async def reply_long(message: Message, blocks: Iterable[str]) -> None:
    """Reply with as many messages as the blocks need."""
    for text in chunks(blocks):
        await message.reply_text(text, do_quote=False)


def parse_id(text: str) -> int | None:
    """'12' or '#12' → 12; anything else → None (the caller answers with the usage line)."""
    # ASCII digits only: str.isdigit() also takes '²', which int() then refuses. And no
    # more than SQLite's integers hold, which no row id exceeds.
    match = _ROW_ID.fullmatch(text.strip())
    if match is None or int(match.group(1)) > MAX_INTEGER:
        return None
    return int(match.group(1))


def parse_minutes(text: str) -> float | None:
    """'15' or '1.5' → minutes (≥ 1/60, at most a week); 'default' → 0; else None."""
    text = text.strip().lower()
    if text in ("default", "off", "reset"):
        return 0.0
    # ASCII digits only, as for ids: float() would also take '٣', 'nan' and '1e3'.
    if _MINUTES.fullmatch(text) is None:
        return None
    minutes = float(text)
    return minutes if 1 / 60 <= minutes <= 7 * 24 * 60 else None


def duration(seconds: float) -> str:
    """A span in the largest unit that keeps it whole-ish: '45 s', '90 min', '2 h', '1.5 d'."""
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size and (seconds % size == 0 or seconds >= 10 * size):
            return f"{seconds / size:.3g} {unit}"
    if seconds >= 60:
        return f"{seconds / 60:.3g} min"
    return f"{seconds:.3g} s"
