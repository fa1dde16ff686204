"""Inline TeX in a post's text ("\\(P(y_t)\\)", MathJax's delimiters) read as the formula it
shows: a reader of a Telegram post sees no typeset maths, only the source."""

from __future__ import annotations

import re

from pylatexenc.latex2text import LatexNodes2Text

# MathJax's default inline and display delimiters; "$…$" is left alone (prices, shell).
_MATH = re.compile(r"\\\((.{1,300}?)\\\)|\\\[(.{1,300}?)\\\]|\$\$(.{1,300}?)\$\$", re.S)
# A braced superscript or subscript of more than one character keeps its grouping:
# "2^{height + 1}" is "2^(height + 1)", where pylatexenc would write "2^height + 1".
_GROUPED = re.compile(r"([\^_])\{([^{}]+)\}")
_TO_TEXT = LatexNodes2Text()


def _grouped(found: re.Match[str]) -> str:
    inside = found.group(2).strip()
    return found.group(1) + (inside if inside.isalnum() else f"({inside})")


def _formula(found: re.Match[str]) -> str:
    source = next(group for group in found.groups() if group is not None)
    text: str = _TO_TEXT.latex_to_text(_GROUPED.sub(_grouped, source))
    return " ".join(text.split())


def plain_math(text: str) -> str:
    """The text with each inline TeX formula written as plain text ("\\(\\text{ATE} = P(y_t)
    - P(y_c)\\)" is "ATE = P(y_t) - P(y_c)")."""
    if "\\(" not in text and "\\[" not in text and "$$" not in text:
        return text
    return _MATH.sub(_formula, text)
