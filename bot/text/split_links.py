"""One link split in two by an editor ("<a href=X>HP</a><a href=X>Magic Giveaway</a>"): the
space between its words went with the split, and a browser shows "HPMagic" as the post would."""

from __future__ import annotations

import re

# Two links to the same address, nothing between them, a word's end against a capital: the
# words of one name, not a word spelled across two links ("<a>Face</a><a>book</a>").
_SPLIT = re.compile(
    r"(<[aA]\b[^>]*?\b(?i:href)=([\"'])([^\"']+)\2[^>]*>[^<]*\w)(</[aA]>)"
    r"(?=<[aA]\b[^>]*?\b(?i:href)=[\"']\3[\"'][^>]*>\s*[A-Z])"
)


def spaced_split_links(markup: str) -> str:
    """`markup` with a space between the halves of a link split in two words."""
    if "</a><" not in markup and "</A><" not in markup:
        return markup  # cheap check first: no link closes against another tag
    return _SPLIT.sub(r"\1\4 ", markup)
