"""A list written as numbered lines of one paragraph (a mix's tracklist in a plain-text
description): its lines as a listing's, never lead text."""

from __future__ import annotations

import re

from bot.text.blocks import Block, Link

# Paragraphs numbered in sequence ("1. Due - $4.99 - …", "2. Scanner Pro …") are a list written
# without <ol>: two or more in a row, counting up by one. A lone "1." may open a sentence.
NUMBERED = re.compile(r"(\d{1,2})[.)](?!\d)\s*\S")


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
    found = [NUMBERED.match(line) for line in lines]
    numbers = [int(n.group(1)) for n in found if n]
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
