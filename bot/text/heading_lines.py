"""A heading or a caption standing on a line of its own over the text ("Actual excerpt from
Yahoo management Layoffs How To Manual" and a blank line, then "If I didn't …"): no sentence of
the lead, even where the feed's markup flattens the blank line away."""

from __future__ import annotations

import re

BLANK_LINE = re.compile(r"[ \t\r]*\n[ \t\r]*\n\s*")
# A heading ends without a sentence's or a clause's stop; a caption is a line, not a paragraph.
_HEADING_CHARS = 160
_ENDS_CLAUSE = re.compile(r"[.!?:;,…\"”’)\]。！？]$")
# What follows opens a sentence: a capital, a quotation mark or a digit.
_OPENS_SENTENCE = re.compile(r"\s*[\"“‘'(]?[^\W\d_a-zß-ÿ]|\s*\d")


def heading_line(line: str, after: str) -> bool:
    """Whether `line`, ended by a blank line before `after`, is a heading over it."""
    return (
        0 < len(line) <= _HEADING_CHARS
        and len(line.split()) >= 2
        and not _ENDS_CLAUSE.search(line)
        and bool(_OPENS_SENTENCE.match(after))
    )


# A tag-stripped excerpt's heading (WordPress's excerpt drops the tags, keeps the source's line
# breaks): the text's first line, a few words and no stop, over one line break and a line of
# prose with a sentence's end ("Results\n A great result for the first team … 16 - 3. Nick …").
_EXCERPT_HEAD_WORDS = 8
_PROSE_LINE_WORDS = 8
_OPENS_WORD = re.compile(r"\s*[\"“‘'(]?[^\W\d_a-zß-ÿ]")
_STOP_IN_LINE = re.compile(r"[.!?…。！？][\"”’)]?(?:\s|$)")


def excerpt_heading(line: str, after: str) -> bool:
    """Whether `line`, opening a tag-stripped text over one line break, heads `after`."""
    next_line = after.strip().split("\n", 1)[0]
    return (
        1 <= len(line.split()) <= _EXCERPT_HEAD_WORDS
        and not _ENDS_CLAUSE.search(line)
        and _OPENS_SENTENCE.match(line) is not None
        and _OPENS_WORD.match(after) is not None  # not "2008 : …", a date wrapped
        and len(next_line.split()) >= _PROSE_LINE_WORDS
        and _STOP_IN_LINE.search(next_line) is not None
    )


# A bold subhead on a line of its own inside a paragraph whose breaks are the source's line
# breaks ("… Chrysler en Ford.\n\n<strong>Dow Jones\n</strong>De Dow-Jonesindex stond …").
# The text before has ended its sentence; the head is a few words with no stop of its own.
_ENDED = re.compile(r"[.!?…。！？][\"”’)]?\s*$")
_LINE_HEAD = re.compile(r"[^\W_][^.!?:;,…。！？]{0,80}")
_LINE_HEAD_WORDS = 8


def is_line_head(before: str, head: str, after: str) -> bool:
    """Whether bold `head`, on its own source line between `before` and `after`, is a subhead."""
    head = head.strip()
    return (
        bool(_ENDED.search(before))
        and _LINE_HEAD.fullmatch(head) is not None
        and 1 <= len(head.split()) <= _LINE_HEAD_WORDS
        and not head.islower()
        and _OPENS_SENTENCE.match(after) is not None
    )


# A banner: a line set between runs of one decoration ("=========可乐UI 1.8.0更新============",
# "***** Update *****"). It heads the text; no sentence. A run alone ("~~~~~~") is a separator
# inside a post that goes on (a Blogger post's second part): no heading, the lead may go past it.
_BANNER = re.compile(r"\s*(?P<mark>[=*~#_-])(?P=mark){3,}[^\n]{1,80}?(?P=mark){4,}\s*")


def is_banner(text: str) -> bool:
    """Whether `text` is a banner line (a title between decoration runs), not prose."""
    return _BANNER.fullmatch(text) is not None
