"""A list written as numbered lines of one paragraph (a mix's tracklist in a plain-text
description): its lines as a listing's, never lead text."""

from __future__ import annotations

import re

from bot.text.blocks import Block, Link

# Paragraphs numbered in sequence ("1. Due - $4.99 - …", "2. Scanner Pro …") are a list written
# without <ol>: two or more in a row, counting up by one. A lone "1." may open a sentence.
NUMBERED = re.compile(r"(\d{1,2})[.)](?!\d)\s*\S")
# A guide's contents number in capital Roman numerals ("I. Manual Information - …<br>II. Starting
# up the archer - …"): the same list, counted the same way.
_ROMAN = re.compile(r"(X{0,2}(?:IX|IV|VI{0,3}|I{1,3}|X))[.)]\s+\S")
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10}


def list_number(text: str) -> int | None:
    """The number a list's line or paragraph opens on (Arabic or capital Roman), if any."""
    if found := NUMBERED.match(text):
        return int(found.group(1))
    if not (found := _ROMAN.match(text)):
        return None
    digits = [_ROMAN_DIGITS[c] for c in found.group(1)]
    return sum(-d if d < nxt else d for d, nxt in zip(digits, [*digits[1:], 0], strict=True))


# Lines of one paragraph numbered in sequence from its first ("01. Chew Lips // Karen //
# [Family]<br>02. Cube // …", a mix's tracklist): a list written with line breaks, three lines
# or more. Read as one paragraph, its lines glue into "sentences" cut at a number ("… 09.").
_MIN_NUMBERED_LINES = 3


def numbered_lines(block: Block) -> list[Block]:
    """The paragraph's lines as a listing's (role "listing": never lead text, not even in a
    text of lists alone) when they count up by one; else the block."""
    lines = block.text.split("\n")
    if block.role != "para" or len(lines) < _MIN_NUMBERED_LINES:
        return [block]
    numbers = [n for n in map(list_number, lines) if n is not None]
    if len(numbers) < len(lines) or numbers != list(range(numbers[0], numbers[0] + len(lines))):
        return [block]
    items: list[Block] = []
    at = 0
    for line in lines:
        links = tuple(
            Link(lk.start - at, lk.end - at, lk.href)
            for lk in block.links
            if at <= lk.start and lk.end <= at + len(line)
        )
        items.append(Block(line, links, block.kind, "listing"))
        at += len(line) + 1
    return items


# Lines of one paragraph opening on one bullet written as text ("Improvements:<br>* returning
# shorter stack traces<br>* cleaner …"), two or more in a row: a list's items, the mark no word;
# the paragraph's other lines stay its own. A star closing on its word is emphasis ("*very*").
_BULLET_LINE = re.compile(r"([*•])(?:[ \t]+(?=[^\W_])|(?=[^\W_][^*\s]*(?:\s|$)))")


def _part(block: Block, start: int, end: int, role: str) -> Block:
    links = tuple(
        Link(lk.start - start, lk.end - start, lk.href)
        for lk in block.links
        if start <= lk.start and lk.end <= end
    )
    return Block(block.text[start:end], links, block.kind, role, block.italic)


def _line_groups(text: str) -> list[tuple[int, int, str, int]]:
    # (start, end, bullet, where its text starts) per item or run of other lines; a line in
    # lower case after an item goes on with it (an item wrapped at a width: "* Anyone can return
    # the ball at anytime by doing exactly<br>  two things, …").
    groups: list[tuple[int, int, str, int]] = []
    at = 0
    for line in text.split("\n"):
        end = at + len(line)
        found = _BULLET_LINE.match(line)
        if found:
            groups.append((at, end, found.group(1), at + found.end()))
        elif groups and (groups[-1][2] and line.lstrip()[:1].islower() or not groups[-1][2]):
            groups[-1] = (groups[-1][0], end, groups[-1][2], groups[-1][3])
        else:
            groups.append((at, end, "", at))
        at = end + 1
    return groups


def bulleted_lines(block: Block) -> list[Block]:
    """The paragraph, its runs of two or more lines opening on one bullet as list items."""
    if block.role != "para" or "\n" not in block.text:
        return [block]
    groups = _line_groups(block.text)
    marks = [mark for _, _, mark, _ in groups]
    listed = [
        bool(m) and (m in marks[max(i - 1, 0) : i] or m in marks[i + 1 : i + 2])
        for i, m in enumerate(marks)
    ]
    if not any(listed):
        return [block]
    parts = [
        _part(block, text_at if listed[i] else start, end, "item" if listed[i] else "para")
        for i, (start, end, _, text_at) in enumerate(groups)
    ]
    return [p for p in parts if p.text.strip()]
