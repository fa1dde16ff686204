"""Tags an item carries from a list the site ticks, not its topics: kept only where named."""

from __future__ import annotations

import html
import re
import statistics
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from bot.parsing.models import FeedEntry

_TAG = re.compile(r"<[^<>]*>")
_WORD = re.compile(r"\w+")
# An item with four times the usual count of the feed's tagged items, five at least, had its
# tags ticked from a list (every column of the site); so had one with twice the usual and a
# long list in order of name (a bilingual keyword list: "Allemagne, Angleterre, Argentina,
# Argentine, ..."). Lower bars took real topics off podcasts and news sites that tag richly.
_MANY = 5
_TIMES = 4
_LONG_LIST = 10
_LONG_TIMES = 2
# A word of a tag is named by a word of the post sharing its first five letters ("Europe" in
# "Euro-Mediterranean", "Fellowship" in "fellowships"); a shorter word must be there whole.
_STEM = 5


def without_ticked_lists(entries: Sequence[FeedEntry]) -> list[FeedEntry]:
    """Entries whose tags were ticked from a list keep only those their post names."""
    counts = [len(e.categories) for e in entries]
    tagged = [n for n in counts if n]
    if len(counts) < 3 or not tagged:
        return list(entries)
    usual = max(statistics.median(tagged), 1)
    return [
        replace(e, categories=_named(e)) if _ticked(e.categories, usual) else e for e in entries
    ]


def _ticked(categories: tuple[str, ...], usual: float) -> bool:
    count = len(categories)
    if count >= _MANY and count >= _TIMES * usual:
        return True
    # Its first ten in order of name: a list's start, whatever the site added after it.
    folded = [c.casefold() for c in categories[:_LONG_LIST]]
    return count >= max(_LONG_LIST, _LONG_TIMES * usual) and folded == sorted(folded)


def _named(entry: FeedEntry) -> tuple[str, ...]:
    text = f"{entry.title} {_TAG.sub(' ', entry.content_html)}"
    words = set(_WORD.findall(_folded(html.unescape(text))))
    stems = {w[:_STEM] for w in words if len(w) >= _STEM}
    return tuple(c for c in entry.categories if _is_named(c, words, stems))


def _is_named(category: str, words: set[str], stems: set[str]) -> bool:
    return any(
        word[:_STEM] in stems if len(word) >= _STEM else len(word) >= 2 and word in words
        for word in _WORD.findall(_folded(category))
    )


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
