"""Quotation marks in a summary: the quotations a cut summary ends inside, closed."""

from __future__ import annotations


def quotation_closed(summary: str) -> str:
    """The summary with the quotations it ends inside closed (nested ones, "„…“", "word“")."""
    marks: list[str] = []  # the quotations open so far, innermost last
    for at, char in enumerate(summary):
        after_word = at > 0 and (summary[at - 1].isalnum() or summary[at - 1] in ".,!?;:…’)")
        closing = char in '”"' or (char == "“" and after_word)
        if (char == "“" and marks[-1:] == ["„"]) or (closing and marks[-1:] == ["“"]):
            marks.pop()  # a straight mark closes a curly one too: "“who … wig?\""
        elif char in "„“" and not closing:
            marks.append(char)
    return summary + "”" * marks.count("“")
