"""An opening statement without a full stop: a deals blog's or a press desk's first line,
written as a sentence ("Kmart has the … Jean for $10 after $5 instant savings (ends 9/2)"),
is the lead, where a short label or a Title Case line over the text is not."""

from __future__ import annotations

import re

from bot.text.word_counts import word_count

# A line ending on a stop (or a cut's "…") is a sentence the summary reads as such; one on
# a colon leads into what follows (code, a list), no statement of its own.
_ENDED = re.compile(r"[.!?。．！？।؟۔։።။…][\"'”’»)\]*_）」』]*$")
# A label or kicker is a few words; a statement runs on ("New Coupon from FragranceNet.com -
# $10 off orders of $75+ use Coupon Code LSLBY at check-out (ends 9/5)", 18 words).
_MIN_WORDS = 12
# A sentence is mostly lower-case words; a headline's Title Case or a row of names is not.
_MIN_LOWER = 0.4


def opening_statement(sections: list[list[list[str]]], max_chars: int) -> str:
    """The text's first paragraph when it is one unpunctuated line that reads as a statement,
    with more text after it; else ""."""
    if not sections or not sections[0] or len(sections[0][0]) != 1:
        return ""
    line = sections[0][0][0]
    if (
        _ENDED.search(line)
        or line.rstrip().endswith((":", "："))
        or len(line) > max_chars
        or word_count(line) < _MIN_WORDS
    ):
        return ""
    if len(sections[0]) == 1 and len(sections) == 1:
        return ""  # a description alone: summaries.standfirst judges it as it is
    words = [w for w in line.split() if w[:1].isalpha()]
    lower = sum(w[:1].islower() for w in words)
    return line if words and lower >= _MIN_LOWER * len(words) else ""
