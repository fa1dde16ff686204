"""An item titled by its address's slug ("Sebastien-Col-une-annee-riche") whose text opens
with the headline as written ("Sébastien Col : "une année riche!""): that heading is its title."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from bot.parsing.models import FeedEntry

# Words joined by hyphens or underscores, no space: how a publishing system writes an address.
_SLUG = re.compile(r"[^\W_]+(?:[-_][^\W_]+){2,}")
_HEADING = re.compile(r"<h([1-6])\b[^>]*>(.{1,300}?)</h\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
# Where the heading stands: near the text's start, not a section further down.
_HEAD_CHARS = 2000


def _letters(text: str) -> str:
    """The text's letters and digits, accents off and case folded: what a slug keeps."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in folded if c.isalnum() and not unicodedata.combining(c))


def _written(entry: FeedEntry) -> str | None:
    if not _SLUG.fullmatch(entry.title.strip()):
        return None
    slug = _letters(entry.title)
    for found in _HEADING.finditer(entry.content_html[:_HEAD_CHARS]):
        heading = " ".join(html.unescape(_TAG.sub(" ", found[2])).split())
        if heading and _letters(heading) == slug:
            return heading
    return None


def with_written_titles(entries: Sequence[FeedEntry]) -> list[FeedEntry]:
    """The entries, each titled by its address's slug given the heading its text opens with
    where that heading is the slug's words as written."""
    return [replace(e, title=written) if (written := _written(e)) else e for e in entries]
