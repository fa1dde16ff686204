"""A digest of linked items: a newsletter issue or roundup whose headings are each a link to
another page (PyCoder's Weekly: "<h3><a>Python Violates PEP 8</a></h3>" over its blurb), or a
bookmark digest's list items, each a linked line over its note ("links for 2008-12-10"). The
blurb under the first is that article's, not the issue's: only text above the items leads."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.blocks import Block, Cut, to_blocks

# Three linked headings make a digest, when they are most of its headings (an article with a
# linked heading or two among its own sections is no digest).
_MIN_ITEMS = 3


def _is_linked_heading(block: Block, role: str = "heading") -> bool:
    text = block.text.strip()
    if block.role != role or not text:
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
        start = _noted_links_start(blocks)
        if start is None:
            return []
    else:
        start = linked[0]
    return [
        Cut(index, 0, len(blocks[index].text), "digest")
        for index in range(start, len(blocks))
        if blocks[index].text
    ]


# A note under a linked item: words of its own, not a row of tag links ("(tags: CEO CMO …)").
_NOTE_WORDS = 4


def _is_note(block: Block) -> bool:
    linked = sum(link.end - link.start for link in block.links)
    words = block.text.split()
    return block.role == "item" and len(words) >= _NOTE_WORDS and 2 * linked < len(block.text)


# A linked address ("https://apenwarr.ca/log/…") names no item: a newsletter's sources.
_ADDRESS = re.compile(r"\s*(?:https?://|www\.)\S+\s*")


def _noted_links_start(blocks: Sequence[Block]) -> int | None:
    """Where a list of three or more linked items opens, when most have a note under them and
    the list is all the text (a bare list of links, or one inside an article, is the post's)."""
    texts = [b for b in blocks if b.text.strip()]
    if any(b.role != "item" for b in texts):
        return None
    linked = [
        i
        for i, b in enumerate(blocks)
        if _is_linked_heading(b, "item") and not _ADDRESS.fullmatch(b.text)
    ]
    if len(linked) < _MIN_ITEMS:
        return None
    ends = [*linked[1:], len(blocks)]
    noted = sum(
        any(_is_note(b) for b in blocks[i + 1 : end]) for i, end in zip(linked, ends, strict=True)
    )
    return linked[0] if 2 * noted > len(linked) else None


def is_link_digest(html: str) -> bool:
    """True for an entry's HTML that is a digest of linked items (its feed description, a flat
    copy of the same items, is no text of its own either)."""
    return bool(digest_cuts(to_blocks(html)))
