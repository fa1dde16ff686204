"""Sentences a typed smiley ends ("Mucho Gusto :)", "Enjoy! ;-)"): a stop for the summary's
rules; for how much a picture post's text says, the lead ends before the first."""

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


def before_smiley_sentence(text: str) -> str:
    """`text` up to its first sentence closed by a smiley (the writer's aside to the reader),
    where a lead used to stop."""
    smiley = _CLOSING_SMILEY.search(text)
    if smiley is None:
        return text
    # The sentence begins after the last stop before its smiley (found backwards: linear).
    opening = max(text.rfind(stop, 0, smiley.start()) for stop in ".!?…\n") + 1
    return text[:opening].strip()
