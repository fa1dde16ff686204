"""An "About The Author" box (a heading over the writer's promotional bio, with its addresses
and free downloads): the site's furniture, no lead, wherever the feed puts it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.block_model import Block, Cut

_HEADING = re.compile(
    r"\W*(?i:about\s+the\s+authors?|über\s+den\s+autor(?:in)?|à\s+propos\s+de\s+"
    r"l['’]auteur(?:e)?|sobre\s+(?:el|la|o|a)\s+autor(?:a)?|over\s+de\s+auteur"
    r"|informazioni\s+sull['’]autore|l['’]autore)\s*(?P<colon>:)?\s*"
)
# The bio under the heading: a paragraph or two, of a box's length.
_BIO_BLOCKS = 2
_BIO_CHARS = 700


def author_box_cuts(blocks: Sequence[Block]) -> list[Cut]:
    """Cuts of an author box: its heading and the bio paragraphs under it."""
    for i, block in enumerate(blocks):
        if block.kind != "text" or not block.text.lstrip()[:1].isalpha():
            continue
        found = _HEADING.match(block.text)
        if not found or (found.end() < len(block.text) and not found.group("colon")):
            continue  # "About the author of this book, …" goes on as a sentence
        cuts = [Cut(i, 0, len(block.text), "author box")]
        if found.end() < len(block.text):
            return cuts  # "About the Author: Dr. Huizenga …", the bio in the heading's block
        bio = [j for j in range(i + 1, len(blocks)) if blocks[j].kind == "text"][:_BIO_BLOCKS]
        for j in bio:
            if len(blocks[j].text) > _BIO_CHARS:
                break
            cuts.append(Cut(j, 0, len(blocks[j].text), "author box"))
        return cuts
    return []
