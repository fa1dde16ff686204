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
