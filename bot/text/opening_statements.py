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
# Above a text longer than itself the line is a standfirst or a lead-in (The Guardian's
# "Ousted president's private messages … reveal admission of defeat", a tutorial's set-up, a
# line "defined thus" over a formula): the text's own sentences say it better. A deals post's
# line is the news, its blurb after it a few words of detail (atom03.xml: 20 and 12 words).
_MAX_REST_PER_LINE_WORD = 1.5
# What follows a statement is prose; a formula or a code line after an opening means the
# opening led into it ("… and defined thus" over "e=lim_(n →∞)(1+1/n)^n").
_MIN_PROSE_WORDS = 3


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
    after = sections[0][1] if len(sections[0]) > 1 else sections[1][0] if len(sections) > 1 else []
    if not after or sum(w[:1].isalpha() for w in after[0].split()) < _MIN_PROSE_WORDS:
        return ""  # a formula, code or a bare link after it: the line leads into that
    rest = sum(word_count(s) for section in sections for p in section for s in p) - word_count(line)
    if rest > _MAX_REST_PER_LINE_WORD * word_count(line):
        return ""
    words = [w for w in line.split() if w[:1].isalpha()]
    lower = sum(w[:1].islower() for w in words)
    return line if words and lower >= _MIN_LOWER * len(words) else ""
