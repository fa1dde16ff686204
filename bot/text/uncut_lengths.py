"""How long a feed's one-line items run uncut: three stories' lines ending on their own stop past
a length show the feed does not cut its lines there, so a shorter line's "..." is its writer's."""

from __future__ import annotations

import re

# The keys learned (with boilerplate's others): three items ran this long and ended whole.
UNCUT_PREFIX = "uncut:"
_LENGTHS = (60, 130)
# A line this much shorter than the feed's uncut items is no cut of its: room for the jitter
# of a cut made at a word's end.
_MARGIN = 10
# An item's own end: a stop after a word or a closing mark, no dots (a cut's or a pause's).
_ENDS_WHOLE = re.compile(r"(?<![.…])[.!?。．！？؟][\"'”’»)\]]*$")


def uncut_keys(lone_line: str) -> dict[str, None]:
    """The keys an entry's only line gives when it ends on its own stop, by its length."""
    if not _ENDS_WHOLE.search(lone_line[-8:]):
        return {}
    return {f"{UNCUT_PREFIX}{n}": None for n in _LENGTHS if len(lone_line) >= n}


def runs_uncut_past(phrases: frozenset[str], chars: int) -> bool:
    """Whether the feed was learned to give items longer than `chars` uncut."""
    return any(f"{UNCUT_PREFIX}{n}" in phrases for n in _LENGTHS if n >= chars + _MARGIN)
