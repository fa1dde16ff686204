"""A bracketed link whose whole text is a source word ("[Quelle]", "(Source)", "[Fonte]"): the
linked page is the original the entry was copied from, as a "Source: <link>" label says; not
when the entry writes up in another language an English page it cites."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from urllib.parse import urlsplit

from bot.attribution.domains import outlet_for_domain
from bot.attribution.hits import Hit
from bot.attribution.media_hosts import is_media_host
from bot.text.blocks import Block

# The word alone, in the languages SOURCE_LABEL reads, plus "Original"/"Originalartikel".
_WORD = re.compile(
    r"(?:Source|Sources|Fonte|Fontes|Fuente|Fuentes|Quelle|Quellen|Источник|Джерело|Źródło"
    r"|Bron|Original|Originalartikel|Article\s+original|Artículo\s+original|Articolo\s+originale)",
    re.I,
)
_PAIRS = {"[": "]", "(": ")"}
# English function words: in a linked address's slug they say the page is in English; a text
# with hardly any of them is not ("livespeakr-now-accepting-pre-orders" under Italian).
_ENGLISH = frozenset(
    "the and of to with for is are that this you your now new how from what why".split()
)
_ENGLISH_SHARE = 0.03
_WORDS = re.compile(r"[^\W\d_]+")


def translated_source(blocks: Sequence[Block], href: str) -> bool:
    """Whether the entry is a write-up in another language of the English page it links as
    its source: the writer's own text, citing where the news came from, not a copy of it."""
    slug = {w.casefold() for w in _WORDS.findall(urlsplit(href).path)}
    if not slug & _ENGLISH:
        return False
    words = [w.casefold() for b in blocks for w in _WORDS.findall(b.text)]
    return len(words) >= 40 and sum(w in _ENGLISH for w in words) < _ENGLISH_SHARE * len(words)


def _bracket_span(block: Block, start: int, end: int) -> tuple[int, int] | None:
    """The span of "[word]" when the link's text is only a source word inside brackets."""
    text = block.text
    if not _WORD.fullmatch(text[start:end].strip()):
        return None
    before = text[:start].rstrip()
    close = end + len(text[end:]) - len(text[end:].lstrip())
    if before and before[-1] in _PAIRS and text[close : close + 1] == _PAIRS[before[-1]]:
        return len(before) - 1, close + 1
    return None


def bracket_source_hits(blocks: Sequence[Block]) -> Iterator[Hit]:
    """A source hit for the one "[Quelle]"-style web link of an entry, in its first or last
    blocks; several such links are citations of facts ("... grew 40% (Source)"), no original."""
    found = [
        (i, link, span)
        for i, block in enumerate(blocks)
        for link in block.links
        if (span := _bracket_span(block, link.start, link.end))
    ]
    if len(found) != 1:
        return
    i, link, cut = found[0]
    href = link.href or ""
    if 3 <= i < len(blocks) - 3 or not href.startswith("http"):
        return  # mid-text, a bracketed source backs one claim, not the whole entry
    if translated_source(blocks, href):
        return
    name = outlet_for_domain(href)
    if name and not is_media_host(name, href):
        yield Hit("source", name, href, i, cut[0], cut[1], cut, rule="bracket_source")
