"""An episode's own blurb over its show notes: a podcast's or video's content that opens on
notes (a "Guest" heading, link lists) says less about the episode than its description."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

from bot.text.blocks import to_blocks

_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
# A description short of this many words is a label ("Kite surfing pictures"), not a blurb,
# unless it is a sentence ("Lessons learned from Marco's Peace ad-blocker saga.", ATP).
_BLURB_WORDS = 8
_SENTENCE_WORDS = 4
_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’»)]*$")


def _plain(markup: str) -> str:
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", markup))).strip()


def _has_media(entry: Mapping[str, Any]) -> bool:
    return any(
        str(enclosure.get("type") or "").startswith(("audio/", "video/"))
        for enclosure in entry.get("enclosures") or []
    )


def _opens_on_notes(content: str) -> bool:
    """True when the content's first text is a heading or a list: notes, not prose."""
    for block in to_blocks(content)[:3]:
        if block.kind == "text" and block.text.strip():
            return block.role not in ("para", "quote")
    return False


def episode_blurb(
    entry: Mapping[str, Any], content: str, description: str, *, one_line: bool = False
) -> bool:
    """True when an episode's `description` is the text to read rather than its `content`:
    notes that open on headings and lists, beside a description that is prose of its own."""
    if not description or not content or not _has_media(entry):
        return False
    if one_line and ("\n" in description.strip() or _TAG.search(description)):
        return False  # the shorter text read as the blurb is one line of prose, not notes too
    blurb = _plain(description)
    words = len(blurb.split())
    if words < _SENTENCE_WORDS or words < _BLURB_WORDS and not _SENTENCE_END.search(blurb):
        return False
    return blurb[:60] not in _plain(content) and _opens_on_notes(content)
