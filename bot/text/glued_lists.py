"""A numbered list run into its paragraph ("Tracklist: 1. Uma Onda … 2. Mundo em Confusão 3.
…", a playlist or top ten whose lines the feed lost): from its "1." on a listing, no lead text."""

from __future__ import annotations

import re

from bot.text.blocks import Block, Link

# An item's number: "1.", "01.", "2)", "3:" after a space or a line break, text after it.
_NUMBER = re.compile(r"(?:^|(?<=\s))(\d{1,2})[.):](?=[ \t\u00a0]*[^\W_])")
# Where a list may open: the paragraph's start, a line's, or after a lead-in's colon or a
# sentence's stop ("… over Nathalee Holloway.\n1: Peter. R. de Vries …"); not inside a clause
# ("stap 1: inchecken, stap 2: …" counts steps in a sentence).
_OPENS_AFTER = re.compile(r"[:.!?…)”\"\n]\s*$")
# An item of a sentence's enumeration ends on its comma or semicolon ("1) a, 2) b, 3) c"), and
# one run into its line on a sentence's stop ("1. Yes, I joined Twitter. 2. I don't hold it too
# highly, but 3. …": numbered sentences); a list's item ends on its own words.
_CLAUSE_END = re.compile(r"[,;]\s*$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$")
# Three items in a row; two, each opening a line of its own.
_MIN_ITEMS = 3
_MIN_LINE_ITEMS = 2
# An item is a title or a line, not a paragraph's worth of prose.
_MAX_ITEM_CHARS = 200


def _list_start(text: str) -> int | None:
    """Where a list numbered 1, 2, 3 … run into the text starts; None when there is none."""
    numbers = [(m.start(), int(m.group(1))) for m in _NUMBER.finditer(text)]
    for i, (start, number) in enumerate(numbers):
        before = text[max(start - 8, 0) : start]
        if number != 1 or (before.strip() and not _OPENS_AFTER.search(before)):
            continue
        run, on_lines = [start], text[:start].endswith("\n") or start == 0
        for later, next_number in numbers[i + 1 :]:
            if next_number != len(run) + 1:
                continue
            item = text[run[-1] : later]
            own_line = text[:later].endswith("\n")
            if (
                len(item) > _MAX_ITEM_CHARS
                or _CLAUSE_END.search(item)
                or (not own_line and _SENTENCE_END.search(item))
            ):
                break
            run.append(later)
            on_lines = on_lines and own_line
        if len(run) >= _MIN_ITEMS or (len(run) >= _MIN_LINE_ITEMS and on_lines):
            return start
    return None


def glued_list_apart(block: Block) -> list[Block]:
    """The paragraph's text before a numbered list run into it, and the list as a listing."""
    if block.role != "para" or block.kind != "text" or "1" not in block.text:
        return [block]
    start = _list_start(block.text)
    if start is None:
        return [block]
    before = block.text[:start].rstrip()
    parts = [(0, len(before), "para")] if before else []
    parts.append((start, len(block.text), "listing"))
    return [
        Block(
            block.text[begin:end],
            tuple(
                Link(lk.start - begin, lk.end - begin, lk.href)
                for lk in block.links
                if begin <= lk.start and lk.end <= end
            ),
            block.kind,
            role,
            block.italic,
        )
        for begin, end, role in parts
    ]
