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
