"""Plain-text notes written one a line without stops ("Déco très chouette" over "Patron sympa"):
each line a sentence of its own, so the lines do not run together as one."""

from __future__ import annotations

import re

# A note is a short line; a longer one is prose that the writer would have punctuated.
_MIN_LINES = 3
_MIN_NOTE_WORDS = 2
_MAX_NOTE_WORDS = 16


def note_lines_stopped(lines: list[str]) -> list[str]:
    """A plain-text paragraph's lines, each unstopped note of a list of notes given its stop."""
    # Three or more lines that each open in capitals (none a hard wrap's going on in lower
    # case), most of them ending on a word, are a list of notes ("Cuisine traditionnelle assez
    # sympa" / "Déco très chouette" / …), which the sentence splitter would read as one
    # sentence. A one-word line ("Jordi") is a hard wrap before a name.
    # Lines in Title Case are titles (a reading list's books, a product's features) and a line
    # closing on a colon leads into a list: neither is a note of prose.
    if len(lines) < _MIN_LINES or not all(_is_note(line) for line in lines):
        return lines
    bare = [line for line in lines if line[-1].isalnum()]
    if 2 * len(bare) <= len(lines):
        return lines
    return [f"{line}." if line[-1].isalnum() else line for line in lines]


def _is_note(line: str) -> bool:
    words = len(line.split())
    # A line ending on a capitalised word breaks a name ("… del Paris Saint" over "Germain, …"):
    # a hard wrap that fell before capitals, not a note.
    last = line.split()[-1]
    if line.endswith(":") or _title_cased(line) or (last[:1].isupper() and last[-1].isalnum()):
        return False
    # A long line is a note only when it holds its own sentence end ("… attendre. Gérable …").
    return (
        line[:1].isupper()
        and _MIN_NOTE_WORDS <= words
        and (words <= _MAX_NOTE_WORDS or not line[-1].isalnum() or bool(_STOP_INSIDE.search(line)))
    )


_STOP_INSIDE = re.compile(r"\w[.!?] +[A-ZÀ-Þ]")


def _title_cased(line: str) -> bool:
    words = [w for w in line.split() if w[:1].isalpha()]
    return 2 * sum(w[0].isupper() for w in words) > len(words)
