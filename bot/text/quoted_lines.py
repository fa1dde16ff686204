"""Lines each wholly a quotation, one a paragraph (a dialogue's lines, a page of one-line
jokes): run together they read as one speech, so the lead is the first alone."""

from __future__ import annotations

# A paragraph in quotation marks from its first character to its last (its stop inside or
# after the closing mark): '"Okay."', "“David Blaine was gutted … by Darren Bent.”".
_OPENING = '"“„«'
_CLOSING = '"”“»'


def _wholly_quoted(paragraph: list[str]) -> bool:
    text = " ".join(paragraph).strip().rstrip(".!?")
    return len(text) > 2 and text[0] in _OPENING and text[-1] in _CLOSING


def quoted_lines_apart(sections: list[list[list[str]]]) -> list[list[list[str]]]:
    """The sections, the first paragraph a section of its own when it and the next are each
    wholly a quotation."""
    if not sections or len(sections[0]) < 2:
        return sections
    first, second, *rest = sections[0]
    if not (_wholly_quoted(first) and _wholly_quoted(second)):
        return sections
    return [[first], [second, *rest], *sections[1:]]
