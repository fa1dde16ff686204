"""A show's standing blurb copied into every episode's itunes:summary (Open Source's "For an
hour every day, we're using the Internet to talk about the world…" on each): it says what the
show is, never what the episode holds. The episode's own subtitle stands in for it, else its
content (<description>, content:encoded) is read."""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Mapping, MutableMapping, Sequence
from typing import Any

_TAG = re.compile(r"<[^>]*>")
# Items that must share one summary, and the share of items with a summary, for a blurb.
_MIN_ITEMS = 3
# An episode's subtitle of fewer words is a label ("Episode 12"), not what it holds.
_SUBTITLE_WORDS = 8
# A blurb says what a show is in a few sentences: a shorter shared text is a label or a
# caption's frame (Flickr's "SolenK posted a photo:" over each picture), left as it is.
_BLURB_WORDS = 12
# A text carrying a picture or a player is more than the words it shares.
_MEDIA = re.compile(r"<(?:img|iframe|video|audio|object|embed)\b", re.I)


def _plain(value: object) -> str:
    if not isinstance(value, str):
        return ""
    return " ".join(html.unescape(_TAG.sub(" ", value)).split())


def _texts(entry: Mapping[str, Any]) -> set[str]:
    """The entry's summary and contents as plain text (itunes:summary is read as either)."""
    contents = (_plain(c.get("value")) for c in entry.get("content") or [])
    return {t for t in (_plain(entry.get("summary")), *contents) if t}


def _standing(entries: Sequence[Mapping[str, Any]]) -> str | None:
    """The text most items repeat word for word, when three or more and over half do."""
    counts = Counter(text for entry in entries for text in _texts(entry))
    for summary, count in counts.most_common(1):
        if count >= _MIN_ITEMS and count * 2 > len(entries):
            return summary if len(summary.split()) >= _BLURB_WORDS else None
    return None


def _own_text(entry: Mapping[str, Any], blurb: str) -> bool:
    """Whether the entry says something besides the blurb (a text or a subtitle)."""
    texts = [*_texts(entry), _plain(entry.get("subtitle"))]
    return any(text and blurb not in text and text not in blurb for text in texts)


def _is_blurb(value: object, blurb: str) -> bool:
    return _plain(value) == blurb and not (isinstance(value, str) and _MEDIA.search(value))


def without_standing_blurbs(entries: Sequence[MutableMapping[str, Any]]) -> None:
    """Each entry's standing blurb replaced by its own subtitle, or left out, where the entry
    has a text of its own (feedparser's entries, changed in place)."""
    blurb = _standing(entries)
    if blurb is None:
        return
    for entry in entries:
        if blurb not in _texts(entry) or not _own_text(entry, blurb):
            continue
        # A second description (itunes:summary after <description>) is read as content.
        contents = entry.get("content") or []
        entry["content"] = [c for c in contents if not _is_blurb(c.get("value"), blurb)]
        if not _is_blurb(entry.get("summary"), blurb):
            continue
        subtitle = _plain(entry.get("subtitle"))
        own = len(subtitle.split()) >= _SUBTITLE_WORDS and blurb not in subtitle
        entry["summary"] = html.escape(subtitle, quote=False) if own else ""
