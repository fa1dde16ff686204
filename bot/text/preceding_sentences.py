"""The sentence that stands right before a place in an entry's HTML, with only wrappers
between: what presents the picture, player or list that follows it."""

from __future__ import annotations

import re
from html import unescape

from bot.text.blocks import is_sentence_end

_TAG = re.compile(r"<[^>]*>")


def sentence_before(html: str, at: int, *, window: int, wrappers: re.Pattern[str]) -> str | None:
    """The last sentence of `html` before `at` (looking back `window` characters), when only
    `wrappers` (a pattern anchored at the end) stand between it and `at`; spaces collapsed."""
    before = html[max(0, at - window) : at]
    between = wrappers.search(before)
    if between is None or between.start() == 0 or before[between.start() - 1] == ">":
        return None
    text = unescape(_TAG.sub(" ", before[: between.start()])).replace("\xa0", " ").rstrip()
    start = max((i + 1 for i in range(len(text) - 1) if is_sentence_end(text, i)), default=0)
    return " ".join(text[start:].split())
