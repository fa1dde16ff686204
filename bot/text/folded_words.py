"""A text's words as learning keys and signs them: each `\\w+` run of the casefolded text, as
UTF-8 bytes (what the keys and signatures hash)."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+")
# For ASCII text `\w` is [0-9A-Za-z_] and casefold is lower: one byte table folds a letter and
# turns every other character into a space, and a split finds the words (at C speed: 5.7 against
# 30 us a 158-character line, CPU time, for the regex over the casefolded text and the encodes).
_ASCII_FOLD = bytes(
    c + 32 if 65 <= c <= 90 else c if 48 <= c <= 57 or 97 <= c <= 122 or c == 95 else 32
    for c in range(256)
)


def ascii_folded_words(text: str) -> list[bytes]:
    """folded_words of an ASCII text."""
    return text.encode().translate(_ASCII_FOLD).split()


def folded_words(text: str) -> list[bytes]:
    """`[w.encode() for w in re.findall(r"\\w+", text.casefold())]`."""
    if text.isascii():
        return text.encode().translate(_ASCII_FOLD).split()
    # \w never matches a space, so the words joined by one split apart again as they were.
    words = _WORD.findall(text.casefold())
    return " ".join(words).encode().split(b" ") if words else []
