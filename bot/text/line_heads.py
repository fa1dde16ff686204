"""A bold subhead on a line of its own inside a paragraph whose breaks are the source's line
breaks ("… Chrysler en Ford.\\n\\n<strong>Dow Jones\\n</strong>De Dow-Jonesindex stond …")."""

from __future__ import annotations

import re

# The text before has ended its sentence; the head is a few words with no stop of its own.
_ENDED = re.compile(r"[.!?…。！？][\"”’)]?\s*$")
_HEAD = re.compile(r"[^\W_][^.!?:;,…。！？]{0,80}")
_MAX_WORDS = 8
_OPENS_SENTENCE = re.compile(r"\s*[\"“‘'(]?[^\W\d_a-zß-ÿ]|\s*\d")


def is_line_head(before: str, head: str, after: str) -> bool:
    """Whether bold `head`, on its own source line between `before` and `after`, is a subhead."""
    head = head.strip()
    return (
        bool(_ENDED.search(before))
        and _HEAD.fullmatch(head) is not None
        and 1 <= len(head.split()) <= _MAX_WORDS
        and not head.islower()
        and _OPENS_SENTENCE.match(after) is not None
    )
