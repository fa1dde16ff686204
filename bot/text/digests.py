"""A digest of linked items: a newsletter issue or roundup whose headings are each a link to
another page (PyCoder's Weekly: "<h3><a>Python Violates PEP 8</a></h3>" over its blurb). The
blurb under the first is that article's, not the issue's: only text above the items leads."""

from __future__ import annotations

from collections.abc import Sequence

from bot.text.blocks import Block, Cut

# Three linked headings make a digest, when they are most of its headings (an article with a
# linked heading or two among its own sections is no digest).
_MIN_ITEMS = 3


def _is_linked_heading(block: Block) -> bool:
    text = block.text.strip()
    if block.role != "heading" or not text:
        return False
    # A heading's anchor in a page ("…/this-week-in-rust-549/#crate-of-the-week") is no item.
    linked = sum(
        link.end - link.start for link in block.links if link.href and "#" not in link.href
    )
    return linked >= 0.9 * len(block.text.rstrip())


def digest_cuts(blocks: Sequence[Block]) -> list[Cut]:
    """Cuts of a digest's items, from its first linked heading on; none for other texts."""
    headings = [i for i, b in enumerate(blocks) if b.role == "heading"]
    linked = [i for i in headings if _is_linked_heading(blocks[i])]
    if len(linked) < _MIN_ITEMS or 2 * len(linked) <= len(headings):
        return []
    return [
        Cut(index, 0, len(blocks[index].text), "digest")
        for index in range(linked[0], len(blocks))
        if blocks[index].text
    ]
