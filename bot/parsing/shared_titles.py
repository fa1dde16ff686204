"""Titles most of the feed's items share, alike or but for a number (a show's name on every
episode, "Episode 5" beside "Episode 4"): no headline by themselves. The words an item's own
subtitle or first line adds after that title ("Festival 2008: Marina Benjamin", "Usher's uCast:
Episode 5 - Usher the Humanitarian.") are its headline, where most of those items have such
words; else the title stays."""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from bot.parsing.models import FeedEntry

_NUMBER = re.compile(r"\d+")
# Items that must share a title's shape (and at least half of them) for it to be the feed's.
_MIN_SHARED = 3
# The line's own words follow the title after a separator: "Festival 2008: Marina Benjamin".
_AFTER = re.compile(r"^\s*[:|\-–—]+\s*(?P<own>\S.*)$")
# Where a label before a title ends: "RTHK: The MAN HK … 2008", "Show - Episode 5".
_LABEL_END = re.compile(r"[:|]\s+|\s[-–—]\s+")
_FIRST_LINE = re.compile(r"(?is)<br\s*/?>|</?(?:p|div|h\d|li|ul|ol|blockquote)\b[^>]*>|\n")
_TAG = re.compile(r"<[^>]*>")
_MAX_CHARS = 150


def _folded(text: str) -> str:
    return " ".join(text.lower().split())


def _shape(title: str) -> str:
    return _NUMBER.sub("#", _folded(title))


def _first_line(markup: str) -> tuple[str, str]:
    """The markup's first line of text, and the markup without it."""
    for part in _FIRST_LINE.split(markup):
        line = " ".join(html.unescape(_TAG.sub("", part)).split())
        if line:
            return line, markup.replace(part, "", 1)
    return "", markup


def _own_words(title: str, lines: Sequence[str]) -> str | None:
    """The words a line adds after `title` (or its part after a label: "RTHK: ") and a
    separator, else None."""
    folded = _folded(title)
    wants = [folded, *(folded[m.end() :] for m in _LABEL_END.finditer(folded))]
    for line, want in ((line, want) for line in lines for want in wants if want):
        plain = " ".join(line.split())
        at = plain.lower().find(want)
        if at < 0 or len(plain.lower()) != len(plain):
            continue
        found = _AFTER.match(plain[at + len(want) :])
        if found is None:
            continue
        own = found.group("own").strip()
        # One closing full stop is the line's sentence end, no part of a headline; "…" stays.
        own = own[:-1] if own.endswith(".") and not own.endswith("..") else own
        if len(own) <= _MAX_CHARS and any(c.isalpha() for c in own) and len(own) >= 3:
            return own
    return None


def with_own_headlines(
    entries: Sequence[FeedEntry], subtitles: Mapping[str, str]
) -> list[FeedEntry]:
    """Entries whose title most items share, alike or but for a number, headlined by the
    words their subtitle (`subtitles`, by entry key) or first line adds after it."""
    shapes = Counter(_shape(e.title) for e in entries if e.title)
    shared = {s for s, n in shapes.items() if n >= _MIN_SHARED and n * 2 >= len(entries)}
    if not shared:
        return list(entries)
    found: dict[str, FeedEntry] = {}
    sharing = [e for e in entries if e.title and _shape(e.title) in shared]
    for entry in sharing:
        found.update({entry.key: own} if (own := _headlined(entry, subtitles)) else {})
    # The feed's way when most of those items name their own subject so; one episode of
    # fifty whose subtitle happens to go on after its number ("À Beira Talk Show 02 - Comenta
    # incêndios…") keeps its numbered title, as its fellows do.
    if len(found) * 2 < len(sharing):
        return list(entries)
    # Words several items add alike are the feed's too (a show's tagline after its name).
    said = Counter(_folded(e.title) for e in found.values())
    return [
        found[e.key] if e.key in found and said[_folded(found[e.key].title)] < 2 else e
        for e in entries
    ]


def _headlined(entry: FeedEntry, subtitles: Mapping[str, str]) -> FeedEntry | None:
    """The entry headlined by the words its subtitle, first line or description adds after its
    title; a first line that gave them is dropped (it only said the headline again)."""
    if own := _own_words(entry.title, (subtitles.get(entry.key, ""),)):
        return replace(entry, title=own)
    line, rest = _first_line(entry.content_html)
    if own := _own_words(entry.title, (line,)):
        return replace(entry, title=own, content_html=rest)
    if own := _own_words(entry.title, (_first_line(entry.description_html)[0],)):
        return replace(entry, title=own)
    return None
