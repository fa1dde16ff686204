"""A list written on one line with separators ("// Do The Shit // Bloomberg Is Thanos? // We Riot
Right? //", "Drums | Bass | Vocals"): a list's items, never a sentence of lead text."""

from __future__ import annotations

import re
from collections import Counter

# Marks that part items, spaced on both sides ("and/or" and "1/2" are words, not separators);
# no dashes: "Artist – Song" and a sentence's aside use them.
_SEPARATOR = re.compile(r"(?:^|\s)(//|\||•|·|∙|◆|♦|★|/)(?=\s|$)")
# An item is a label or a short title; a segment of more words is a sentence of its own.
_MAX_ITEM_WORDS = 8
_MIN_ITEMS = 3


def is_separated_list(line: str) -> bool:
    """Whether `line` is three or more short items parted by one repeated separator."""
    marks = Counter(_SEPARATOR.findall(line))
    if not marks:
        return False
    mark, _ = marks.most_common(1)[0]
    items = [item.strip() for item in re.split(rf"(?:^|\s){re.escape(mark)}(?=\s|$)", line)]
    items = [item for item in items if item]
    return len(items) >= _MIN_ITEMS and all(len(item.split()) <= _MAX_ITEM_WORDS for item in items)
