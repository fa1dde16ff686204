"""Editors' changes applied to the service: target addresses, and re-rendering pending posts."""

from __future__ import annotations

import asyncio
import re

from bot.render.voice import Voice, content_from_json, render_for
from storage.database import MAX_INTEGER
from storage.records import Target
from storage.store import Storage

_ADDRESS = re.compile(r"(-?[0-9]+|@[A-Za-z][A-Za-z0-9_]{3,31})(?::([0-9]+))?")


def parse_address(text: str) -> tuple[str, int | None] | None:
    """`-1001234567890`, `@channel`, or either with `:topic` → (chat id, topic id)."""
    match = _ADDRESS.fullmatch(text.strip())
    if match is None:
        return None
    topic = int(match.group(2)) if match.group(2) else None
    if topic is not None and topic > MAX_INTEGER:
        return None  # stored as an SQLite integer: a larger one is no topic
    if not match.group(1).startswith("@") and abs(int(match.group(1))) > MAX_INTEGER:
        return None  # no chat id is larger (Telegram's fit in 52 bits)
    return match.group(1), topic


def voice_of(target: Target) -> Voice:
    """The voice a target's posts are rendered in."""
    return Voice(target.template, target.footer, target.link_preview, target.button)


async def rerender_pending(storage: Storage, target_id: int, *, now: float) -> int:
    """Render the target's pending posts again in its current voice; returns how many."""
    # Posts are rendered when queued (the sender stays a dumb loop), so a voice change must
    # reach the posts still waiting: this is what makes it apply to the next post.
    target = await storage.targets.get(target_id)
    if target is None:
        return 0
    voice = voice_of(target)
    pending = await storage.targets.pending_contents(target)

    def render_all() -> list[tuple[int, str, str | None, str | None]]:
        renders: list[tuple[int, str, str | None, str | None]] = []
        for post_id, content in pending:
            delivery = render_for(content_from_json(content), voice)
            renders.append((post_id, delivery.html, delivery.image_url, delivery.options_json()))
        return renders

    return await storage.targets.rerender(await asyncio.to_thread(render_all), now=now)
