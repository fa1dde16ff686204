"""Paragraphs that are links, not text: rows of link labels and a reading list's entries."""

from __future__ import annotations

import re

from bot.text.blocks import Block


def is_link_row(block: Block) -> bool:
    """A paragraph of two or more links and nothing else but separators: a row of labels
    ("<a>Position</a> – <a>Version 0.9.2 release notes.</a>", a package index's release line)."""
    if len(block.links) < 2:
        return False
    text = block.text
    for link in sorted(block.links, key=lambda lk: lk.start, reverse=True):
        text = text[: link.start] + " " + text[link.end :]
    return not re.search(r"\w", text)


def is_linked_headline(block: Block) -> bool:
    """A list item that is one link's text and a name or date beside it: a reading list's entry
    (Google News' "<a>headline</a> The Washington Post" coverage list), not the post's text."""
    linked = sum(lk.end - lk.start for lk in block.links)
    return block.role == "item" and len(block.links) == 1 and linked >= 0.6 * len(block.text)
