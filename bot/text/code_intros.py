"""The text around a code block a post does not carry: the opening that introduces it, and
a question put to the reader about it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.blocks import Block

# A short question closing a paragraph after a sentence of its own: before a code block, it asks
# about the code ("… in my code. What do you think?").
_QUESTION_ON_CODE = re.compile(r"(?<=[.!])\s+[^.!?]{1,60}\?$")
_MIN_CODE_INTRO_WORDS = 8
# An introduction that ends pointing at the code ("… something like this", "… such as", "… I'd
# write") says nothing without it; one of several sentences ends a lead that is already there.
_POINTS_AT_CODE = re.compile(
    r"(?i)\b(?:this|these|following|below|here(?:'s|’s)?|so|thus|as|like|follows|e\.g\.?"
    r"|is|are|was|were|write|run|type|do|use|add|see|get|try|said|with|to|of|by|for|from|in|on"
    r"|using)\W*$|\b(?:like\s+(?:this|that|so)|the\s+following|below|here(?:'s|’s|\s+is|\s+are))\b"
    # "this" as what the writer saw or got ("noticed this in the log", "seen this message").
    r"|\b(?:seen|saw|see|noticed|notice|found|got|get|wrote|written|had|have)\s+(?:this|these)\b|^to\s"
)
_SENTENCE_END_INSIDE = re.compile(r"[.!?…][\"”’)]?\s+\S")


def introduced_code(blocks: Sequence[Block], j: int, code: int, text: str, kept: int) -> str:
    """The paragraph `j` before a code block left out, as lead text."""
    opening = kept == 1 and j == code - 1 and blocks[j].text.rstrip().endswith(":")
    if opening and not _SENTENCE_END_INSIDE.search(text):
        # The post's opening introduces its code ("… comes this piece of Emacs Lisp I now have
        # in my init file:"): its own words are the lead, finished where the code would follow;
        # what comes after the code reads on from it. A short lead-in ("Via Chris:") says nothing.
        if len(text.split()) < _MIN_CODE_INTRO_WORDS:
            return ""
        if not _POINTS_AT_CODE.search(text):
            return text.rstrip(" :") + "."
    return _QUESTION_ON_CODE.sub("", text)
