"""Quotation marks in a summary: the quotations a cut summary ends inside, closed."""

from __future__ import annotations

# Marks that open a quotation and close with the same mark (Swedish and Finnish ”…”, straight
# quotes) where one stands before a word after a space or at the start.
_SAME_MARKS = '”"'
_BEFORE_OPENING = " \t\n([{—–-/"
# How each opening mark is closed; „ is left to the writer ("„…“" or "„…”").
_CLOSERS = {"“": "”", "”": "”", '"': '"'}


def _closes_alone(summary: str, at: int, marks: list[str]) -> bool:
    """An opening mark between spaces, after the stop of the curly quotation still open."""
    if summary[at] != "“" or marks[-1:] != ["“"] or summary[at + 1 : at + 2].strip():
        return False
    return summary[:at].rstrip()[-1:] in ".!?…,;"


def quotation_closed(summary: str) -> str:
    """The summary with the quotations it ends inside closed (nested ones, "„…“", "word“",
    Swedish ”…”)."""
    marks: list[str] = []  # the quotations open so far, innermost last
    depths: list[int] = []  # how many brackets were open when each of them opened
    depth = 0
    for at, char in enumerate(summary):
        del depths[len(marks) :]
        if char in "([":
            depth += 1
        elif char in ")]" and depth:
            # A quotation the writer left open inside brackets ends with them ("(\"What If
            # Mexicans Were Crack?)"): no mark is owed for it at the summary's end.
            depth -= 1
            while depths and depths[-1] > depth:
                marks.pop()
                depths.pop()
        after_word = at > 0 and (summary[at - 1].isalnum() or summary[at - 1] in ".,!?;:…’)")
        # A double prime after a word closes a curly quotation too (WordPress's “Chrome 0.2″);
        # so does an opening mark standing between spaces after an open one's stop ("“Even if
        # … in myself. “ And"); after a colon it opens one ("his introduction: “ Welcome to").
        closing = char in '”"' or (
            char in "“″" and (after_word or _closes_alone(summary, at, marks))
        )
        opens_word = (at == 0 or summary[at - 1] in _BEFORE_OPENING) and summary[
            at + 1 : at + 2
        ].isalnum()
        # A double prime may close one too (WordPress writes ”ruby186″).
        if char in _SAME_MARKS + "″" and marks[-1:] in (['"'], ["”"]) and not opens_word:
            marks.pop()
        elif (char == "“" and marks[-1:] == ["„"]) or (closing and marks[-1:] == ["“"]):
            marks.pop()  # a straight mark closes a curly one too: "“who … wig?\""
        elif char in "„“" and not closing:
            marks.append(char)
        elif char in _SAME_MARKS and opens_word:
            marks.append(char)
        depths += [depth] * (len(marks) - len(depths))
    if marks.count('"') > 1:
        marks = [m for m in marks if m != '"']  # straight marks nested: which closes is unclear
    return summary + "".join(_CLOSERS[m] for m in reversed(marks) if m in _CLOSERS)
