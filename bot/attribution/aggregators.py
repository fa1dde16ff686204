"""Aggregator source tags: the partner outlet an aggregator republishes, named in brackets at the
very start of the item ("[Capital FM] Nairobi -- ...", "[Africa Check] No, photos ...").

AllAfrica is the model: every partner story it carries opens with "[Outlet]", and its own
pieces say "[allAfrica]" (which attribute() then judges a self-credit). The tag and a
"City --" dateline right after it are cut from the summary.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from bot.attribution.domains import outlet_for_domain
from bot.attribution.names import tidy
from bot.attribution.outlets import lookup
from bot.text.blocks import Block

_TAG = re.compile(r"^\s*\[(?P<name>[^\[\]\n]{2,60})\]\s+(?=\S)")
_TAG_ALONE = re.compile(r"\s*\[(?P<name>[^\[\]\n]{2,60})\]\s*")
# "Nairobi -- ", "Abuja — " right after the tag: the partner's own dateline.
_DATELINE = re.compile(r"(?:[A-Z][\w.'’-]*\s?){1,4}\s*(?:--|—|–)\s+")
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}")
# Bracketed labels that are not outlets: status notes, media kinds, languages, sections.
_NOT_AN_OUTLET = re.compile(
    r"\b(?:update[ds]?|video|audio|photos?|pdf|podcast|watch|listen|live|breaking|opinion"
    r"|sponsored|advertisement|ad|paid|exclusive|review|analysis|editorial|interview|guest"
    r"|correction|retraction|editor['’]?s|note|read|more|en|fr|de|es|english|version|translation"
    r"|looking|wanted|help|ask|show|tell|poll|quiz|live|music|slides?|infographic|gallery"
    r"|slideshow|recap|preview|explainer|feature|release|announcement|event|webinar|jobs?|hiring"
    r"|giveaway|contest|deals?|sale|promo|satire|alert|obituar\w*|letters?|column|politics"
    r"|business|world|sports?|tech\w*|health|science|culture|entertainment|lifestyle|travel"
    r"|local|national|economy|finance|markets|education|environment|climate|crime|weather|arts"
    r"|books|food|features"
    # An image's placeholder ("[IMG] Photo of …", a feed reader's mark for a dropped picture).
    r"|img|image|images|pics?|pictures?|thumbnail|gif|jpe?g|png)\b",
    re.I,
)
_MIN_WORDS_AFTER = 4  # "[Hallelujah]" alone, or before three words, is a stage direction


def outlet_words(name: str) -> bool:
    """Whether a tag reads as an outlet's name: a domain, or capitalised words (connectors and
    a parenthesised acronym allowed), at most six of them."""
    if _DOMAIN.fullmatch(name):
        return True
    words = re.sub(r"\([^)]*\)", " ", name).split()
    if not 1 <= len(words) <= 6 or _NOT_AN_OUTLET.search(name):
        return False
    connectors = {"of", "and", "for", "the", "de", "du", "des", "la", "le", "da", "do", "&", "-"}
    # "allAfrica", "eNCA": a capital inside the word is a brand's spelling.
    capital = [w[0].isupper() or w[0].isdigit() or any(c.isupper() for c in w[1:]) for w in words]
    return all(c or w.lower() in connectors for c, w in zip(capital, words, strict=True)) and any(
        c.isalpha() for c in name
    )


def aggregator_tag_hits(blocks: Sequence[Block]) -> Iterator[tuple[str, int, int, int]]:
    """(publisher, block, start, cut_end) for a source tag opening the entry's first text block."""
    first = next((i for i, b in enumerate(blocks[:3]) if b.kind == "text"), None)
    if first is None:
        return
    text = blocks[first].text
    m = _TAG.match(text) or _TAG_ALONE.fullmatch(text)
    if not m or blocks[first].link_at(m.start("name")):
        return
    name = m.group("name").strip()
    # An item whose whole text is the tag is the aggregator's empty stub for that outlet.
    alone = len(blocks) == 1 and m.end() >= len(text.rstrip())
    words_after = len(text[m.end() :].split())
    if not outlet_words(name) or (words_after < _MIN_WORDS_AFTER and not alone):
        return
    # "[Ewout] sent us some info on this …", "[Ben Heck] has written …": a verb in lower case
    # after the tag makes it the sentence's subject (a tipster, a maker), no partner outlet.
    if text[m.end() : m.end() + 1].islower():
        return
    known = lookup(name)
    publisher = known.name if known else None
    if publisher is None and _DOMAIN.fullmatch(name):
        publisher = outlet_for_domain(name)
    publisher = publisher or tidy(name)
    if publisher is None:
        return
    dateline = _DATELINE.match(text, m.end())
    end = dateline.end() if dateline and dateline.end() - m.end() <= 40 else m.end()
    yield publisher, first, m.start(), end
