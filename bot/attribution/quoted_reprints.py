"""A quoted article with its source link: an entry that is a blockquote of another site's text
followed only by a link to that page ("<headline> - NATATION - Eurosport") reprints it."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from bot.attribution.hits import Hit
from bot.attribution.media_hosts import is_media_host
from bot.attribution.title_domain_names import names_site_of
from bot.text.blocks import Block

# Separators of a page title's parts ("Headline - SECTION - Site", "Headline | Site").
_TITLE_PARTS = re.compile(r"\s+[-|–—·»:]\s+")
# What may stand around the link in its paragraph: punctuation, "Source:"/"via" words.
_AROUND = re.compile(
    r"[\s.,:;()\[\]«»\"“”'’-]*(?:(?:source|via|quelle|fonte|fuente)\s*:?\s*)?", re.I
)
# Most of the entry's text is quoted: the writer's own words are a line or two at most.
_QUOTED_SHARE = 0.75


def _source_link(block: Block) -> tuple[str, str] | None:
    """The link's text and target where the paragraph is that one link and nothing else."""
    if len(block.links) != 1 or block.role != "para":
        return None
    link = block.links[0]
    text = block.text
    if not (link.href or "").startswith("http"):
        return None
    if _AROUND.fullmatch(text[: link.start]) is None or _AROUND.fullmatch(text[link.end :]) is None:
        return None
    return text[link.start : link.end].strip(), link.href or ""


def _publisher(label: str, href: str) -> str | None:
    # The link is titled as the page is, its last part the site's name where its address
    # agrees ("... - NATATION - Eurosport" at eurosport.fr), as a browser's "blog this" writes
    # it. A call ("Read the full article on Medium"), a permalink mark ("★") or a bare name is
    # some other link.
    parts = _TITLE_PARTS.split(label)
    if len(parts) >= 2 and names_site_of(parts[-1], href):
        return parts[-1].strip()
    return None


def quoted_reprint_hits(blocks: Sequence[Block]) -> Iterator[Hit]:
    """A source hit for the link closing an entry that is mostly a blockquote: the quoted text
    is that page's, and the link is its credit."""
    if len(blocks) < 2:
        return
    last = len(blocks) - 1
    found = _source_link(blocks[last])
    if found is None or not any(b.role == "quote" for b in blocks[:last]):
        return
    quoted = sum(len(b.text) for b in blocks[:last] if b.role == "quote")
    if quoted < _QUOTED_SHARE * sum(len(b.text) for b in blocks[:last]):
        return
    label, href = found
    name = _publisher(label, href)
    if name and not is_media_host(name, href):
        cut = (0, len(blocks[last].text))
        yield Hit("source", name, href, last, 0, cut[1], cut, rule="quoted_reprint")
