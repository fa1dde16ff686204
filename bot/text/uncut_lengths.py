"""How long a feed's items run uncut: an item ending on its own stop past a length, in three
stories, shows the feed does not cut its texts there, so a shorter line's "..." is its writer's."""

from __future__ import annotations

import re
from collections.abc import Iterator

# The keys learned (with boilerplate's others): three items ran this long and ended whole.
UNCUT_PREFIX = "uncut:"
_LENGTHS = (60, 130)
# A line this much shorter than the feed's uncut items is no cut of its: room for the jitter
# of a cut made at a word's end.
_MARGIN = 10
# An item's own end: a stop after a word or a closing mark, no dots (a cut's or a pause's).
_ENDS_WHOLE = re.compile(r"(?<![.…])[.!?。．！？؟][\"'”’»)\]]*$")


def uncut_keys(backwards: Iterator[str], forwards: Iterator[str] | None) -> dict[str, None]:
    """The keys an item gives when its last unit ends on its own stop: `forwards`, its units
    when it is short (None: a long article's), tell how long it ran."""
    if not _ENDS_WHOLE.search(next(backwards, "")[-8:]):
        return {}
    chars = sum(map(len, forwards)) if forwards is not None else _LENGTHS[-1]
    return {f"{UNCUT_PREFIX}{length}": None for length in _LENGTHS if chars >= length}


def runs_uncut_past(phrases: frozenset[str], chars: int) -> bool:
    """Whether the feed was learned to give items longer than `chars` uncut."""
    return any(f"{UNCUT_PREFIX}{n}" in phrases for n in _LENGTHS if n >= chars + _MARGIN)
