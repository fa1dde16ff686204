"""The text model cleaning and attribution share: an entry's paragraphs (blocks) with their
links, and the spans a cleaner cuts from them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True)
class Link:
    """A hyperlink inside a block: character span of its text and its target."""

    start: int
    end: int
    href: str | None


@dataclass(frozen=True)
class Block:
    """One paragraph of plain text, its kind ("text", "caption", "nav", "embed", "code") and
    its role ("para", "heading", "subhead", "item", "quote"): only text paragraphs are lead text."""

    # "embed" is a quoted post (a tweet); "code" a preformatted block (a program, a shell
    # session); "subhead" a paragraph all in bold, or a bold run-in head split from its
    # paragraph; "item" a list's; "quote" a blockquote's paragraph; "listing" a numbered line of
    # a paragraph (text.numbered_lines), never lead text.

    text: str
    links: tuple[Link, ...] = ()
    kind: str = "text"
    role: str = "para"
    # All its words in italics (<i>, <em>): set off from the writer's text, as an epigraph.
    italic: bool = False

    def link_at(self, pos: int) -> Link | None:
        """The link whose text covers position pos, if any."""
        for link in self.links:
            if link.start <= pos < link.end:
                return link
        return None


class Cut(NamedTuple):
    """A span of blocks[block] a cleaner deletes, and the notice family that asked for it."""

    block: int
    start: int
    end: int
    family: str
