"""Where one of the splitter's sentences holds more: a feed's cut ("… Cepheus Explanation:
Like…"), or a cut teaser's whole question before a lowercase word ("… in download? perchè, …")."""

from __future__ import annotations

import re

# A feed's cut inside what the splitter took for one sentence.
_INNER_CUT = re.compile(r"(?:(?<=…)|(?<=\.\.\.))\s+(?=[A-Z“\"‘])")
# A teaser cut mid-sentence ("… tende ad abbass...") is no lead, but a question or exclamation
# before it is whole, though informal writing goes on in lowercase ("… download? perchè, …").
_TEASER_CUT = re.compile(r"(?:…|\.\.\.)$")
_INNER_ASK = re.compile(r"(?<=\w[?!])\s+(?=[^\W\d_A-Z])")
# Fewer words before the mark are a name's ("Yahoo! and …") or an aside's ("why? because").
_ASK_WORDS = 5


def inner_parts(sentence: str) -> list[str]:
    """The sentence split at a feed's cut, and a cut teaser's at its whole questions."""
    parts = _INNER_CUT.split(sentence)
    if not _TEASER_CUT.search(parts[-1]):
        return parts
    last, pieces = parts.pop(), []
    start = 0
    for mark in _INNER_ASK.finditer(last):
        if len(last[start : mark.start()].split()) >= _ASK_WORDS:
            pieces.append(last[start : mark.start()])
            start = mark.end()
    return [*parts, *pieces, last[start:]]
