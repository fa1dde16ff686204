"""A clipping's dated source: a press-review blog posts an outlet's excerpt, cut on an ellipsis,
and closes it with the outlet and the day it ran, then the article's link ("… La France est
troisième du podium européen... (ZDNet - 1er Décembre 2008)" and "www.zdnet.fr/"). The excerpt
is that outlet's text: its original publisher."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from urllib.parse import urlsplit

from bot.attribution.hits import Hit
from bot.attribution.names import looks_like_person
from bot.text.blocks import Block

# A day as a clipping dates it: "1er Décembre 2008", "3 Dec. 2008", "December 3, 2008",
# "03/12/2008", "2008-12-03".
_DATE = (
    r"(?:\d{1,2}(?:er|st|nd|rd|th|\.)?\s+[^\W\d_]{3,10}\.?\s+\d{4}"
    r"|[^\W\d_]{3,10}\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})"
)
# The excerpt's cut, then "(Outlet - date)" closing the block.
_MARKER = re.compile(r"(?:\.\.\.|…)\s*\((?P<name>[^()\n]{2,80}?)\s+[-–—]\s+" + _DATE + r"\s*\)\s*$")
_TAIL_CHARS = 200
_MAX_NAME_WORDS = 8


def _article_link(blocks: Sequence[Block], i: int) -> tuple[str | None, bool]:
    """The link of the block after the marker's, when that block is one web link and the
    entry's last (the clipped article's address); whether the marker closes the entry."""
    if i == len(blocks) - 1:
        return None, True
    after = blocks[i + 1]
    text = after.text.strip()
    if i + 2 != len(blocks) or len(after.links) != 1:
        return None, False
    link = after.links[0]
    if link.end - link.start < len(text):
        return None, False
    href = link.href or ""
    # An address written without its scheme ("www.vnunet.fr/news/…") resolves on the blog's
    # own host: the address the link shows is the outlet's, the href is not.
    shown = text.removeprefix("http://").removeprefix("https://").split("/")[0].casefold()
    host = (urlsplit(href).hostname or "").casefold()
    return (href if href.startswith("http") and host == shown else None), True


def dated_source_hits(blocks: Sequence[Block]) -> Iterator[Hit]:
    """A source hit for an excerpt closed by its outlet and date, the entry's last text."""
    for i in range(max(0, len(blocks) - 2), len(blocks)):
        block = blocks[i]
        if block.kind != "text":
            continue
        start = max(0, len(block.text) - _TAIL_CHARS)
        m = _MARKER.search(block.text, start)
        if m is None:
            continue
        name = " ".join(m.group("name").split()).strip(" \"“”'«»")
        if not name or len(name.split()) > _MAX_NAME_WORDS or looks_like_person(name):
            continue
        url, last = _article_link(blocks, i)
        if not last:
            continue
        cut = (m.start(), m.end())
        yield Hit("source", name, url, i, cut[0], cut[1], cut, rule="dated_source")
