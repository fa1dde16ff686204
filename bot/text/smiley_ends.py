"""Sentences a typed smiley ends ("Mucho Gusto :)", "Enjoy! ;-)"): a stop for the summary's
rules, and banter for the measure of how much a picture post's text says."""

from __future__ import annotations

import re

# A smiley typed after a sentence's words or its stop, spaced from the word before: not
# "f(x);)" nor a "Note:P" label.
_SMILEY = r"(?:(?<=\s)|(?<=[.!?]))(?:[:;=]-?[)DpP]|\^_?\^)"
_SMILEY_END = re.compile(_SMILEY + r"$")
# One closing a sentence ("… aqui vai uma colinha pra ajudar ;)"), space or the end after it.
_CLOSING_SMILEY = re.compile(_SMILEY + r"(?=\s|$)")


def ends_on_smiley(sentence: str) -> bool:
    """Whether a sentence ends on a typed smiley, as on a stop."""
    return _SMILEY_END.search(sentence) is not None


def without_smiley_sentences(text: str) -> str:
    """`text` without its sentences closed by a smiley (the writer's aside to the reader)."""
    kept, start = [], 0
    for smiley in _CLOSING_SMILEY.finditer(text):
        # The sentence begins after the last stop before its smiley (found backwards: linear).
        opening = max(text.rfind(stop, start, smiley.start()) for stop in ".!?…\n") + 1
        kept.append(text[start : max(opening, start)])
        start = smiley.end()
    kept.append(text[start:])
    return re.sub(r"\s{2,}", " ", "".join(kept)).strip()
