"""A site's home-page address written inside a sentence ("Jim Kukral of http://www.fathomseo.com
talk about…"): read as its host name ("of fathomseo.com talk about…"), as an editor writes it."""

from __future__ import annotations

import re

# Only a home page (no path, or "/") in a sentence: a word on its left on the same line, and a
# word, a comma or the sentence's end after it. A deeper address ("go to http://x.com/Diaries
# and enter") says which page, and a host with no dot or with a port ("http://localhost:4646")
# is code: both stay as written. The link line and the address opening a line are link_rows' matter.
_HOME_IN_PROSE = re.compile(
    r"(?<=[^\W\d_][ \t])https?://(?:www\.)?(?P<host>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/?"
    r"(?=,?[ \t]+[^\W\d_]|[.!?)]?(?:\s|$))"
)


def hosts_in_prose(paragraph: str) -> str:
    """`paragraph` with each home-page address inside a sentence written as its host name."""
    if "://" not in paragraph:
        return paragraph
    return _HOME_IN_PROSE.sub(lambda found: found["host"], paragraph)
