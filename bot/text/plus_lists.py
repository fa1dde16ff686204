"""A list written on one line with "+" between its items ("Die Meldungen: Paywall-Experiment der
NYT funktioniert + neue ARD-ZDF-Onlinestudie erschienen + …", a news podcast's rundown): items,
never sentences of a lead."""

from __future__ import annotations

import re

from bot.text.block_model import Block

# A "++" closing a word is the word's ("C++"): no separator; a "+" glued to an item's last word
# is one ("… am frühen Abend+ Mobile Geräte …", Fastlane's rundown, its items links). A Chinese
# C++ guide's paragraph ("C++ 是 Google … 正如每个 C++ 程序员 … C++ 有") was dropped as a list.
_PLUS = re.compile(r"\s\+\s|(?<=[^\s+])\+\s(?=\S)")
# Three separators make a list; "A + B" may be prose ("Rock + Roll", "2 + 2").
_MIN_SEPARATORS = 3
# An item is a headline's length (with a note: "Buchtipps: … (hier bestellen, Afil.-Link)");
# long pieces are prose with a plus in it, pieces of a word or two a sum ("1 + 2 + 3 + 4") or
# a sentence's closing enumeration ("… a look at crankshaft: raspberry pi + android auto + free
# software + love.", LINUX Unplugged). Only the items between the first and the last "+" are
# whole: the first carries the lead-in, the last the close, so they say nothing of the items.
_MAX_ITEM_WORDS = 30
_MIN_MEAN_WORDS = 3


def is_plus_list(text: str) -> bool:
    """Whether `text` is items joined by "+" (three or more), each of a headline's length."""
    items = _PLUS.split(text)
    if len(items) <= _MIN_SEPARATORS or "=" in text:  # "=": a sum, a formula, code
        return False
    inner = [len(item.split()) for item in items[1:-1]]
    return max(inner) <= _MAX_ITEM_WORDS and sum(inner) >= _MIN_MEAN_WORDS * len(inner)


def without_plus_lists(blocks: list[Block]) -> list[Block]:
    """`blocks` without the paragraphs that are "+"-separated lists."""
    return [block for block in blocks if block.kind != "text" or not is_plus_list(block.text)]
