"""Show notes' chapter index ("02:27 - Evan Czaplicki Introduction", "59:41 - Canonical Uses?"):
the episode's table of contents with its links, never its lead; prose above it is."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.block_model import Block

# A time into the episode, then the chapter's title ("59:41 - Canonical Uses?", "[01:02:03]
# Intro", "(12:30) Q&A"): one line of the index.
_MARKER = re.compile(r"\s*[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?(?:\s*[-–—:|]\s*|\s+)\S")
# Three markers make an index; fewer may be times in prose ("We meet at 10:30 - be early").
_MIN_MARKERS = 3


def without_chapter_index(blocks: Sequence[Block]) -> list[Block]:
    """`blocks` up to the first of three or more chapter markers: the notes' index and what
    follows it (its links, the picks) are no lead."""
    markers = [i for i, block in enumerate(blocks) if _MARKER.match(block.text)]
    if len(markers) < _MIN_MARKERS:
        return list(blocks)
    return list(blocks[: markers[0]])
