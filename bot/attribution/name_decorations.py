"""A feed title less what decorates its site's name: marks framing it ("***** Us in USA *****",
"● MARKETING ALTERNATIF ●"), a bracketed ellipsis ("Soragni.it [...]"), a version label."""

from __future__ import annotations

import re
import unicodedata

# Symbols a title frames a name with; ASCII ones the name itself may carry ("C++", "E*Trade")
# count only as whole words or as the same mark on both sides ("*Severely Glamorous*").
_ASCII_MARKS = frozenset("*~=#^°")
# A closing "[...]" or "(…)": the feed software's cut marker, no part of the name.
_CUT_MARKER = re.compile(r"\s*[\[(](?:\.{3}|…)[\])]$")
# A release label after the name ("KKNetwork v1.4 XMAS 2008", "Ian Landsman's Weblog v2.0"):
# the theme's version and what follows it describe the site's look, not its name.
_VERSION = re.compile(r"\s+[vV]\d+(?:\.\d+)+(?:\s.*)?$")


def _is_mark(char: str) -> bool:
    """Whether a character is a decorative symbol (a bullet, a star, an asterisk)."""
    return char in _ASCII_MARKS or unicodedata.category(char) in ("So", "Sm", "Sk")


def _framed(text: str) -> str:
    """The text less whole words of marks at either end, and one mark run on both sides."""
    words = text.split()
    while len(words) > 1 and all(_is_mark(c) for c in words[0]):
        words.pop(0)
    while len(words) > 1 and all(_is_mark(c) for c in words[-1]):
        words.pop()
    text = " ".join(words)
    if len(text) > 2 and text[0] == text[-1] and _is_mark(text[0]):
        inner = text.strip(text[0]).strip()
        return inner if any(c.isalnum() for c in inner) else text
    return text


def undecorated(title: str) -> str:
    """The title with its name's decoration dropped; the title when only marks would be left."""
    text = _CUT_MARKER.sub("", title)
    text = _VERSION.sub("", text)
    text = _framed(text)
    return text if any(c.isalnum() for c in text) else title
