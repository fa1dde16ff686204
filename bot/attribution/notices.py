"""Reprint evidence in an entry's blocks: notices, wire datelines and bylines, syndication
footers, CMS footers, source labels and template fingerprints.

Found once per entry: cleaning cuts the notices' spans, attribution judges whose they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from bot.attribution import patterns as pt
from bot.attribution.aggregators import aggregator_tag_hits
from bot.attribution.bracket_sources import bracket_source_hits, translated_source
from bot.attribution.bylines import byline_hits
from bot.attribution.cited_sources import CITED, cites_source
from bot.attribution.cjk import cjk_hits
from bot.attribution.context import (
    about_another_text,
    clause_before,
    presents_an_excerpt,
    quoted_or_glossing,
    refers_onward,
)
from bot.attribution.continue_at import continue_at_hits
from bot.attribution.dated_sources import dated_source_hits
from bot.attribution.domains import outlet_for_domain, without_glued_closer
from bot.attribution.grammar import (
    GRAMMAR,
    LANGUAGE_NAME,
    ORIGINAL_LABEL,
    TRANSLATIONS,
    nominative,
)
from bot.attribution.hits import Hit
from bot.attribution.media_hosts import is_media_host
from bot.attribution.name_spellings import without_open_mark
from bot.attribution.names import (
    drop_person,
    extract_name,
    looks_like_person,
    name_before,
    tidy,
)
from bot.attribution.outlets import is_syndicator
from bot.attribution.platforms import PLATFORMS
from bot.attribution.quoted_reprints import quoted_reprint_hits
from bot.attribution.reprint_requests import inside_request, request_hits
from bot.attribution.title_domain_names import names_site_of
from bot.attribution.wires import dateline_hits, syndication_hits, wire_hits
from bot.text.blocks import Block, Cut, sentence_bounds


def _person_fallback(block: Block, end: int) -> tuple[str | None, str | None, int]:
    """After "published by Dion", the outlet is what follows "on the ..." if anything."""
    m = re.compile(r"\s+(?:on|at|in|for|en|sur|auf|su|на|в)\s+", re.I).match(block.text, end)
    if not m:
        return None, None, end
    nm = extract_name(block, m.end())
    if nm.name and not looks_like_person(nm.name):
        return nm.name, nm.url, nm.end
    return None, None, end


def _nearby_link(block: Block, cut: tuple[int, int]) -> str | None:
    """A link inside the notice sentence, or one right after it ("... find it [here](url)")."""
    for link in block.links:
        if cut[0] <= link.start < cut[1] + 200 and link.href and link.href.startswith("http"):
            return link.href
    return None


_CITATION = re.compile(r"\s*(?:\(\s*(?:19|20)\d{2}[a-z]?\s*\)|,\s*(?:19|20)\d{2}\b|et\s+al\b)")
# A notice stamped with its own date ("19/03/08: Article publié sur Naturavox", "2008-03-19 -
# also posted on …"): the author's log of where the article also went, not a reprint's source.
_DATE_STAMP = re.compile(r"\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\s*[:–—-]\s*$")


def _publisher_at(
    phrase: pt.Phrase, block: Block, m: re.Match[str]
) -> tuple[str | None, str | None, int]:
    """The outlet a notice names (before or after it), its link, and where the name ends."""
    text, groups = block.text, m.groupdict()
    if phrase.name_before:
        before = name_before(text, m.start())
        return (drop_person(before) if before else None), None, m.end()
    if "prep" in groups and groups["prep"] is None:
        return None, None, m.end()
    nm = extract_name(block, m.end())
    name, url, end = nm.name, nm.url, max(nm.end, m.end())
    prep = (groups.get("prep") or "").lower()
    by_someone = prep in ("by", "from", "por", "par", "von", "da", "pel", "pelo", "pela")
    if name and (by_someone or phrase.rule == "translation"):
        # A person is never the publisher ("published by Dion", "Traducción de María López"):
        # the venue, if any, follows ("... on the Pulumi blog").
        if looks_like_person(name):
            name, url, end = _person_fallback(block, nm.end)
        else:
            name = drop_person(name)
    article = re.match(r"\s*(der|dem)\s", text[m.end() :])
    if name and article and not nm.url:
        name = nominative(name, article.group(1))
    return name, url, end


def _phrase_hit(phrase: pt.Phrase, block: Block, i: int, m: re.Match[str]) -> Hit | None:
    """The hit a phrase match makes, unless its context shows it is about something else."""
    text = block.text
    clause = clause_before(text, m.start())
    # The clause's subject decides: "Questo post è stato scritto da ... Software Engineer ...,
    # ed è stato pubblicato" is about the post; "The study, first published in" is not.
    opening = " ".join(clause.split()[:4])
    about_text = pt.ARTICLE_SUBJECT.search(opening) and not pt.OTHER_SUBJECT.search(opening)
    if (not about_text and pt.OTHER_SUBJECT.search(clause)) or pt.OWN_WORK.search(clause):
        return None
    if presents_an_excerpt(clause, m.group(0), i):
        return None
    if _DATE_STAMP.fullmatch(text[sentence_bounds(text, m.start(), m.end())[0] : m.start()]):
        return None
    if phrase.check_context and not (
        pt.ARTICLE_SUBJECT.search(clause)
        or not pt.CONTENT_WORD.search(pt.FILLER.sub(" ", clause))
        or pt.REPRINT_CUE.search(text, m.end(), m.end() + 150)
    ):
        return None
    if quoted_or_glossing(text, m.start()):
        return None
    sentence = text[sentence_bounds(text, m.start(), m.end())[0] : m.end()]
    if about_another_text(sentence):
        return None  # about another text: a reply, a reflection, a citation
    name, url, end = _publisher_at(phrase, block, m)
    if refers_onward(text, m, end):
        return None
    if name and LANGUAGE_NAME.fullmatch(name):
        name = None  # "translated from Spanish" names a language
    if _CITATION.match(text[end:]):
        return None  # a literature citation, not an outlet
    cut = sentence_bounds(text, m.start(), end)
    if not name and not url:
        # "This is a [cross-post](https://bernsteinbear.com/...) from Max Bernstein": with no
        # outlet named, a link inside the notice names the site.
        url = without_glued_closer(_link_inside(block, cut))
        name = _link_label(block, url) or outlet_for_domain(url)
    groups = m.groupdict()
    if not name and not url:
        if phrase.needs_name or (not groups.get("perm") and "perm" in groups):
            return None
        # A nameless "Reprinted with permission." after "Photo: ..." credits the photo.
        if pt.OTHER_SUBJECT.search(text, max(0, m.start() - 80), m.start()):
            return None
    if name and is_syndicator(name):
        name = None
    link = url or _nearby_link(block, cut)
    return Hit("explicit", name, link, i, m.start(), end, cut, rule=phrase.rule)


def _link_inside(block: Block, cut: tuple[int, int]) -> str | None:
    """The first web link whose text stands inside the notice's sentence."""
    for link in block.links:
        if cut[0] <= link.start < cut[1] and link.href and link.href.startswith("http"):
            return link.href
    return None


def _link_label(block: Block, url: str | None) -> str | None:
    """The text of the link to url when it is the site's name ("<The Absolute Sound>" for
    theabsolutesound.com): a name reads better than the domain."""
    link = next((k for k in block.links if url and k.href == url), None)
    label = block.text[link.start : link.end].strip() if link else ""
    return label if label and names_site_of(label, url) else None


_PHRASES = (*PLATFORMS, *GRAMMAR, *TRANSLATIONS, *pt.EXPLICIT)


def _whole_link(block: Block) -> bool:
    """Whether a block's text is one link's text: an entry of a list of links."""
    text = block.text.strip()
    return len(block.links) == 1 and block.links[0].end - block.links[0].start >= len(text)


def _in_link_list(blocks: Sequence[Block], i: int) -> bool:
    """Whether block i is one of a run of whole-link blocks (a show's or a post's links): its
    text is the linked page's title ("Excerpts from Natalie Goldberg/…"), no notice."""
    near = [blocks[j] for j in (i - 1, i + 1) if 0 <= j < len(blocks)]
    return _whole_link(blocks[i]) and any(_whole_link(b) for b in near)


def _explicit_hits(blocks: Sequence[Block], taken: list[tuple[int, int, int]]) -> Iterator[Hit]:
    for i, block in enumerate(blocks):
        if block.kind != "text" or _in_link_list(blocks, i):
            continue
        folded = block.text.casefold()
        for phrase in _PHRASES:
            if phrase.cues and not any(cue in folded for cue in phrase.cues):
                continue
            if phrase.requires and not phrase.requires.search(block.text):
                continue
            for m in phrase.regex.finditer(block.text):
                if any(b == i and m.start() < e and s < m.end() for b, s, e in taken):
                    continue
                hit = _phrase_hit(phrase, block, i, m)
                if hit is not None:
                    taken.append((i, hit.start, hit.end))
                    yield hit


def _original_label_hits(blocks: Sequence[Block]) -> Iterator[Hit]:
    """ "Original: <link or URL>" on a line of its own: the text is a copy of that page."""
    for i, block in enumerate(blocks):
        for m in ORIGINAL_LABEL.finditer(block.text):
            nm = extract_name(block, m.end())
            if nm.url or (nm.name and "." in nm.name and " " not in nm.name):
                cut = (m.start(), nm.end)
                yield Hit("explicit", nm.name, nm.url, i, m.start(), nm.end, cut, rule="original")


def _cms_hits(blocks: Sequence[Block], taken: list[tuple[int, int, int]]) -> Iterator[Hit]:
    for i, block in enumerate(blocks):
        for rx in pt.CMS_FOOTERS:
            for m in rx.finditer(block.text):
                nm = extract_name(block, m.end())
                title_link = block.link_at(m.start("title"))
                taken.append((i, m.start(), nm.end))
                yield Hit(
                    "cms",
                    nm.name,
                    title_link.href if title_link else None,
                    i,
                    m.start(),
                    nm.end,
                    sentence_bounds(block.text, m.start(), nm.end),
                )


def cms_footer_hits(blocks: Sequence[Block]) -> list[Hit]:
    """Only the CMS footers ("The post X appeared first on Y") of the blocks: the cheap pass
    that learns an aggregated feed's sites' names from the items that have one."""
    return list(_cms_hits(blocks, []))


# A label naming a second source after the first ("Sources : Korben / Gizmod", "Sources:
# Datanews et IT Professional"): the writer's references, no one outlet's text reprinted.
_SOURCE_LIST = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*(?:[/,&+]|and|et|y|e|und|и)\s+[^\W\d_]", re.I)


def _text_end(blocks: Sequence[Block]) -> int:
    """Where the entry's own text ends: before the link lists closing it and their short
    headings ("You may find these useful", "Related posts")."""
    end = len(blocks)
    while end > 0 and (
        blocks[end - 1].kind == "nav"
        or (end < len(blocks) and blocks[end].kind == "nav" and len(blocks[end - 1].text) <= 40)
    ):
        end -= 1
    return end


def _source_hits(blocks: Sequence[Block]) -> Iterator[Hit]:
    # A label closes the text, which may be followed by lists of related posts.
    n = _text_end(blocks)
    for i, block in enumerate(blocks):
        if 3 <= i < n - 3:
            continue
        offset = 0
        for line in block.text.split("\n"):
            m = pt.SOURCE_LABEL.match(line)
            rest = line[m.end() :] if m else ""
            if (
                m
                and len(rest.split()) <= 12
                and "@" not in rest
                and not re.search(
                    r"getty|shutterstock|unsplash|pixabay|wikimedia|flickr|istock|alamy|file\s+photo",
                    rest,
                    re.I,
                )
            ):
                nm = extract_name(block, offset + m.end())
                if (
                    nm.name
                    and not looks_like_person(nm.name)
                    and not is_media_host(nm.name, nm.url)
                    and not _SOURCE_LIST.match(block.text, nm.end, offset + len(line))
                    and not (nm.url and translated_source(blocks, nm.url))
                ):
                    hit = Hit(
                        "source",
                        nm.name,
                        nm.url,
                        i,
                        offset + m.start(),
                        nm.end,
                        (offset, offset + len(line)),
                    )
                    yield replace(hit, rule=CITED) if cites_source(blocks, hit) else hit
            offset += len(line) + 1


def _template_hits(blocks: Sequence[Block], raw: str) -> Iterator[Hit]:
    for name, rx in pt.FINGERPRINTS:
        if rx.search(raw) or any(rx.search(b.text) for b in blocks[:2]):
            yield Hit("template", name, None, 0, 0, 0, None)
    if 1 <= len(blocks) <= 6:
        m = pt.TEASER_FROM.match(blocks[-1].text)
        if m:
            who = tidy(m.group("who"))
            pub = who if who and not looks_like_person(who) else None
            yield Hit(
                "teaser",
                pub,
                None,
                len(blocks) - 1,
                0,
                len(blocks[-1].text),
                (0, len(blocks[-1].text)),
            )


def find_notices(blocks: Sequence[Block], raw: str = "", *, author: str | None = None) -> list[Hit]:
    """All reprint evidence in the blocks (of `raw`, the HTML or text they came from), self-credits
    included: is_self is set later, by bot.attribution.reprints.attribute."""
    taken: list[tuple[int, int, int]] = []
    context = " ".join(b.text for b in blocks)
    hits = list(_cms_hits(blocks, taken))
    hits += _explicit_hits(blocks, taken)
    hits += cjk_hits(blocks)
    hits += _original_label_hits(blocks)
    hits += continue_at_hits(blocks)
    hits += syndication_hits(blocks)
    hits += dateline_hits(blocks, context)
    hits += wire_hits(blocks)
    hits += _source_hits(blocks)
    hits += dated_source_hits(blocks)
    hits += bracket_source_hits(blocks)
    hits += quoted_reprint_hits(blocks)
    hits += (
        Hit("aggregator", pub, None, i, start, end, (start, end), rule="aggregator_tag")
        for pub, i, start, end in aggregator_tag_hits(blocks)
    )
    hits += _template_hits(blocks, raw)
    hits += byline_hits(blocks, raw, author)
    # A site's "转载请注明转自《X》" asks others to credit it: what it names credits no one.
    requests = list(request_hits(blocks))
    kept = [_closed_name(h) for h in hits if not inside_request(h, requests)]
    return kept + requests


def _closed_name(hit: Hit) -> Hit:
    """A publisher never opens with a bracket or quotation mark it does not close."""
    name = hit.publisher and without_open_mark(hit.publisher)
    return hit if name == hit.publisher else replace(hit, publisher=name or None)


def notice_cuts(hits: Iterable[Hit]) -> list[Cut]:
    """Spans a cleaner should delete: every notice, self or not."""
    return [Cut(h.block, *h.cut, h.family) for h in hits if h.cut]
