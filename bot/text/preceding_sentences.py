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
    sentences = sentences_before(html, at, window=window, wrappers=wrappers, count=1)
    return sentences[0] if sentences else None


def sentences_before(
    html: str, at: int, *, window: int, wrappers: re.Pattern[str], count: int
) -> list[str]:
    """The last `count` sentences of `html` before `at` (see `sentence_before`), in order; none
    when anything but `wrappers` stands between the last of them and `at`."""
    before = html[max(0, at - window) : at]
    between = wrappers.search(before)
    if between is None or between.start() == 0 or before[between.start() - 1] == ">":
        return []
    text = unescape(_TAG.sub(" ", before[: between.start()])).replace("\xa0", " ").rstrip()
    ends = [i + 1 for i in range(len(text) - 1) if is_sentence_end(text, i)]
    starts = [0, *ends][-count:]
    bounds = zip(starts, [*starts[1:], len(text)], strict=True)
    return [" ".join(text[a:b].split()) for a, b in bounds if text[a:b].strip()]
