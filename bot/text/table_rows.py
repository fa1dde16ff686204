"""Rows of a score or data table opening a text ("25 Laura Robson 4 0.5 0.5 5 = Ryan Moore 3
0.5 1.5 5 …"): numbers, not prose, so the lead starts at the first sentence after them."""

from __future__ import annotations

import re

# A cell of a table: a number (a score, a share, a rank), or a tie's or a column's mark.
_CELL = re.compile(r"[=+±–|-]|[(]?[+-]?\d+(?:[.,:/]\d+)*[%)]?[.,;]?")
_MIN_CELLS = 6


def is_table_row(sentence: str) -> bool:
    """Whether a sentence is mostly a table's cells: six or more, and half its words or more."""
    words = sentence.split()
    cells = sum(1 for word in words if _CELL.fullmatch(word))
    return cells >= _MIN_CELLS and 2 * cells >= len(words)


def without_table_rows(sections: list[list[list[str]]]) -> list[list[list[str]]]:
    """The lead sections without the table rows before the first sentence of prose."""
    if not sections:
        return sections
    first = [list(paragraph) for paragraph in sections[0]]
    for paragraph in first:
        while paragraph and is_table_row(paragraph[0]):
            del paragraph[0]
        if paragraph:
            break
    kept = [p for p in first if p]
    # A text of table rows alone has no prose to start at: left as it is.
    if first == sections[0] or not kept:
        return sections
    return [kept, *sections[1:]]
