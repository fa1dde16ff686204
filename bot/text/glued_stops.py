"""Sentences glued at a full stop ("vendredi à Rijeka.L'ancien record"): a space put back."""

# Beside parsing/repair.sentences_spaced, not in it: that rule runs at parse time on the stored
# content, which keys and fingerprints are made of, so it stays strict (4+ letter words, two
# words before, a plain word after). This one reads only a post's text, so it may also take a
# 3-letter word ("for now.Kick back"), an elided article ("Rijeka.L'ancien") or a quote after
# the next word (W5's before/after: 17 posts spaced, none worse).

from __future__ import annotations

import re

# A word of 3+ letters, its stop, then a capitalised word (or an elided article, "L'", "D'",
# "Qu'") with no space between: a feed that dropped its paragraph break. A dotted name is no
# such thing: a host ("www.example.Com"), code ("document.Write(", "System.IO.File",
# "Console.WriteLine") or a path keeps its dot, so the left word opens a token of its own and
# the right one is a plain word that no dot, bracket or slash follows.
_GLUED = re.compile(
    r"(?<![\w.@/:=#&?%+-])([^\W\d_]{3,})\.(?=([^\W\d_]['’][^\W\d_]|[^\W\d_]{2,}(?![\w(.@/:=-])))"
)
# A capitalised top-level domain after a name ("Amazon.Com") is a host, not a new sentence.
_DOMAINS = frozenset("com net org info biz edu gov de fr uk co io tv me eu nl es it ru".split())


def _spaced(found: re.Match[str]) -> str:
    left, right = found[1], found[2]
    glued = (
        left[-3:].islower()
        and right[0].isupper()
        and (right[1] in "'’" or right[1:].islower())
        and right.lower() not in _DOMAINS
    )
    return f"{left}. " if glued else found[0]


def spaced(text: str) -> str:
    """The text with a space after each full stop that glues two sentences together."""
    return _GLUED.sub(_spaced, text) if "." in text else text
