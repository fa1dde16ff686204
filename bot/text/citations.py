"""Citations a post cannot honour: a parenthesis that is only a link to a cited page, written
as that page's title ("(The WebSocket API (WebSockets) - Web APIs | MDN)"), its address or an
author and year ("(Tian and Pearl, 2000)"). The post carries no such link, so the title left in
the prose reads as noise."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.blocks import Block, Cut

# What a cited page's link text is: a page title with its site after a separator ("… - Web
# APIs | MDN", "Using WebSockets · Cloudflare Durable Objects docs"), its address, an author
# and year. A parenthesis of the writer's own words that happens to be linked ("(possibly
# influenced by …)", "(previously)") is none of these and stays.
_PAGE_TITLE = re.compile(r"\S\s+[-|·—–]\s+\S")
# An address with its path: a bare domain ("(isitchristmas.com)") names a site, as a word would.
_ADDRESS = re.compile(r"(?:https?://\S+|(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/\S+)", re.I)
_AUTHOR_YEAR = re.compile(
    r"[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+|\s+et\s+al\.?)?,?\s+(?:1[5-9]|20)\d\d[a-z]?"
)
# A link to a quoted passage of the cited page (a text fragment, "#:~:text=…").
_TEXT_FRAGMENT = "#:~:text="


def _is_citation(anchor: str, href: str | None) -> bool:
    return (
        _TEXT_FRAGMENT in (href or "")
        or _PAGE_TITLE.search(anchor) is not None
        or _ADDRESS.fullmatch(anchor) is not None
        or _AUTHOR_YEAR.fullmatch(anchor) is not None
    )


def citation_cuts(blocks: Sequence[Block]) -> list[Cut]:
    """Cuts of the parentheses that only cite a linked page (with the space before them)."""
    cuts = []
    for index, block in enumerate(blocks):
        text = block.text
        for link in block.links:
            start, end = link.start, link.end
            if not (0 < start and end < len(text) and text[start - 1] == "(" and text[end] == ")"):
                continue
            if not _is_citation(text[start:end].strip(), link.href):
                continue
            begin = start - 1
            while begin > 0 and text[begin - 1] in " \t":
                begin -= 1
            cuts.append(Cut(index, begin, end + 1, "citation"))
    return cuts
