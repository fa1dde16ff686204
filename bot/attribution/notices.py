"""Reprint evidence in an entry's blocks: notices, wire datelines and bylines, syndication
footers, CMS footers, source labels and template fingerprints.

Found once per entry: cleaning cuts the notices' spans, attribution judges whose they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from bot.attribution import patterns as pt
from bot.attribution.outlets import is_syndicator, lookup
from bot.attribution.names import (
    drop_person,
    expand_acronym,
    extract_name,
    looks_like_person,
    name_before,
    smart_case,
    tidy,
)
from bot.text.blocks import Block, Cut, sentence_bounds


@dataclass(frozen=True)
class Hit:
    """One piece of evidence in blocks[block]; cut is the (start, end) a cleaner deletes."""

    family: str  # explicit | syndication | wire | source | cms | template | teaser
    publisher: str | None
    url: str | None
    block: int
    start: int
    end: int
    cut: tuple[int, int] | None
    is_self: bool = False


def _credit_name(credit: str, context: str) -> str:
    agency = lookup(credit)
    if agency:
        # Keep non-Latin spellings ("ТАСС") as written; the table name is Latin.
        return credit if re.search(r"[^\x00-\u024f]", credit) else agency.name
    if re.fullmatch(r"[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}", credit):
        return credit.lower()
    if credit.isupper() and " " not in credit and len(credit) <= 8:
        return expand_acronym(credit, context) or credit
    return smart_case(credit)


def _credit_like(part: str, strict_position: bool) -> bool:
    if lookup(part):
        return True
    if re.search(r"\d", part) and not re.fullmatch(r"[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}", part):
        return False
    letters = [c for c in part if c.isalpha()]
    if len(letters) < 2:
        return False
    upper = sum(c.isupper() for c in letters) / len(letters)
    if upper >= 0.7:
        return True
    words = part.split()
    return strict_position and len(words) <= 5 and all(w[0].isupper() for w in words)


_DATE_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}:\d{2}|\d{4}", re.I
)


def _dateline_hits(blocks: Sequence[Block], context: str) -> Iterator[Hit]:
    body = 0  # only the first body paragraphs count; headlines and kickers may come first
    for i, block in enumerate(blocks[:10]):
        if block.kind != "text":
            continue
        text = block.text
        for rx in (pt.DATELINE_PAREN, pt.DATELINE_SLASH, pt.DATELINE_DASH_AGENCY):
            for m in rx.finditer(text, 0, min(len(text), 300)):
                hit = _dateline_hit(rx, m, i, text, context)
                if hit is not None:
                    yield hit
                    return
        body += len(text.split()) >= 15
        if body >= 2:
            return


def _dateline_hit(
    rx: re.Pattern[str], m: re.Match[str], index: int, text: str, context: str
) -> Hit | None:
    """The wire credit m matched in blocks[index], if it stands where a dateline does."""
    credit = m.group("credit").strip()
    pre = text[: m.start()]
    if pt.NOT_A_CREDIT.search(credit) or _DATE_WORDS.search(credit):
        return None
    dash = rx is pt.DATELINE_DASH_AGENCY or bool(m.group("dash"))
    dated = pt.DATELINE_PRE.match(pre)
    if rx is pt.DATELINE_DASH_AGENCY and not (dated and dated.group("date")):
        return None  # "МОСКВА, 12 мая — РИА Новости." needs its date to be a dateline
    placed = (
        not pre.strip()
        or (dated is not None and pt.DATELINE_LEAD.match(dated.group("lead")) is not None)
        or (
            dash
            and (
                pt.DATELINE_CITY_START.match(pre) is not None
                or pt.BYLINE_START.match(pre) is not None
            )
        )
    )
    whole = lookup(credit)
    parts = [credit] if whole else [p for p in re.split(r"\s*/\s*", credit) if p]
    if lookup(parts[0]) and all(re.fullmatch(r"[a-z]{2,4}", p) for p in parts[1:]):
        parts = parts[:1]  # regional desk codes: "dpa/lby"
    if not parts or not all(_credit_like(p, placed) for p in parts):
        return None
    known = all(lookup(p) for p in parts)
    # Without a dash, "SHINTARO YAMANAKA (QSYUM!)" is a photo credit and
    # "USSR (Ukraine)" a gloss; a dated dateline or a known agency is needed.
    if placed and not dash and not known and not (dated and dated.group("date")):
        return None
    if not placed and not _glued_credit(m, text, parts, dash=dash, known=known):
        return None
    names = [_credit_name(p, context) for p in parts]
    cut = (0, m.end()) if placed else (m.start(), m.end())
    return Hit("wire", " / ".join(names), None, index, m.start(), m.end(), cut)


def _glued_credit(
    m: re.Match[str], text: str, parts: list[str], *, dash: bool, known: bool
) -> bool:
    """Whether an agency credit inside the lead is one: it must open a sentence ("In short:
    (ABC-Australia) Three ships"); "Rafael Greca (PMN)," is a party label."""
    pre = text[: m.start()]
    opens = (
        pre.rstrip().endswith((":", ".", "!", "?"))
        and re.match(r"\s*[A-Z]", text[m.end() :]) is not None
    )
    if not known or m.start() > 200 or not (dash or opens):
        return False
    if expand_acronym(m.group("credit").strip(), pre[-80:]):
        return False
    return not any(
        re.search(re.escape(a.name) + r"\W*$", pre) for a in (lookup(p) for p in parts) if a
    )


def _wire_hits(blocks: Sequence[Block]) -> Iterator[Hit]:
    last = len(blocks) - 1
    for i, block in enumerate(blocks):
        text = block.text
        if i < 3:
            for m in pt.WIRE_BYLINE.finditer(text):
                a = lookup(m.group("agency"))
                line_end = text.find("\n", m.end())
                cut = (m.start(), len(text) if line_end < 0 else line_end)
                yield Hit(
                    "wire", a.name if a else m.group("agency"), None, i, m.start(), m.end(), cut
                )
        tail = pt.WIRE_TAIL.search(text) if i >= last - 1 else None
        if tail:
            a = lookup(tail.group("agency"))
            yield Hit(
                "wire",
                a.name if a else tail.group("agency"),
                None,
                i,
                tail.start(),
                tail.end(),
                (tail.start(), tail.end()),
            )
        for m in pt.WIRE_SIGNOFF.finditer(text):
            yield Hit("wire", "Reuters", None, i, m.start(), m.end(), (m.start(), m.end()))


def _syndication_hits(blocks: Sequence[Block]) -> Iterator[Hit]:
    for i, block in enumerate(blocks):
        text = block.text
        for m in pt.SYND_CREDIT.finditer(text):
            who = tidy(m.group("who"))
            pub = who if who and not looks_like_person(who) and not is_syndicator(who) else None
            yield Hit("syndication", pub, None, i, m.start(), m.end(), (m.start(), m.end()))
        for m in pt.DISTRIBUTED_BY.finditer(text):
            head = text[max(0, m.start() - 200) : m.start()]
            # The last copyright line before "Distributed by" is the one it belongs to.
            held = next(reversed(list(pt.YEAR_HOLDER.finditer(head))), None)
            holder = tidy(held.group("holder")) if held else None
            synd = tidy(m.group("synd"))
            pub = holder if holder and not is_syndicator(holder) else None
            if pub is None and synd and not is_syndicator(synd):
                pub = synd
            start = m.start() - (len(head) - held.start()) if held else m.start()
            yield Hit(
                "syndication", pub, None, i, start, m.end(), sentence_bounds(text, start, m.end())
            )
        if i >= len(blocks) - 3:
            for m in pt.COPYRIGHT.finditer(text):
                holder = tidy(m.group("holder"))
                agency = lookup(holder) if holder else None
                if agency and "distributed" not in text[m.end() :].lower():
                    yield Hit(
                        "syndication",
                        agency.name,
                        None,
                        i,
                        m.start(),
                        m.end(),
                        sentence_bounds(text, m.start(), m.end()),
                    )


def _clause_before(text: str, pos: int) -> str:
    s = pos
    while (
        s > 0
        and text[s - 1] not in "\n;:(["
        and not (
            text[s - 1] in ".!?"
            and s < len(text)
            and (text[s].isspace() or text[s].isupper())
            and not re.search(r"\b[A-Z]\.$", text[max(0, s - 4) : s])
        )
    ):
        s -= 1
    return text[s:pos]


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


def _explicit_hits(blocks: Sequence[Block], taken: list[tuple[int, int, int]]) -> Iterator[Hit]:
    for i, block in enumerate(blocks):
        if block.kind != "text":
            continue
        text = block.text
        for phrase in pt.EXPLICIT:
            if phrase.requires and not phrase.requires.search(text):
                continue
            for m in phrase.regex.finditer(text):
                if any(b == i and m.start() < e and s < m.end() for b, s, e in taken):
                    continue
                clause = _clause_before(text, m.start())
                if pt.OTHER_SUBJECT.search(clause) or pt.OWN_WORK.search(clause):
                    continue
                if phrase.check_context and not (
                    pt.ARTICLE_SUBJECT.search(clause)
                    or not pt.CONTENT_WORD.search(pt.FILLER.sub(" ", clause))
                    or pt.REPRINT_CUE.search(text, m.end(), m.end() + 150)
                ):
                    continue
                groups = m.groupdict()
                name: str | None
                url: str | None = None
                end = m.end()
                if phrase.name_before:
                    before = name_before(text, m.start())
                    name = drop_person(before) if before else None
                elif "prep" in groups and groups["prep"] is None:
                    name = None
                else:
                    nm = extract_name(block, m.end())
                    name, url, end = nm.name, nm.url, max(nm.end, m.end())
                    prep = (groups.get("prep") or "").lower()
                    if name and prep in ("by", "por", "par", "von", "da", "pel", "pelo", "pela"):
                        if looks_like_person(name):
                            name, url, end = _person_fallback(block, nm.end)
                        else:
                            name = drop_person(name)
                if re.match(
                    r"\s*(?:\(\s*(?:19|20)\d{2}[a-z]?\s*\)|,\s*(?:19|20)\d{2}\b|et\s+al\b)",
                    text[end:],
                ):
                    continue  # a literature citation, not an outlet
                if not name and not url:
                    if phrase.needs_name or (not groups.get("perm") and "perm" in groups):
                        continue
                    # A nameless "Reprinted with permission." after "Photo: ..." credits the photo.
                    if pt.OTHER_SUBJECT.search(text, max(0, m.start() - 80), m.start()):
                        continue
                if name and is_syndicator(name):
                    name = None
                cut = sentence_bounds(text, m.start(), end)
                taken.append((i, m.start(), end))
                yield Hit("explicit", name, url or _nearby_link(block, cut), i, m.start(), end, cut)


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


def _source_hits(blocks: Sequence[Block]) -> Iterator[Hit]:
    n = len(blocks)
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
                if nm.name and not looks_like_person(nm.name):
                    yield Hit(
                        "source",
                        nm.name,
                        nm.url,
                        i,
                        offset + m.start(),
                        nm.end,
                        (offset, offset + len(line)),
                    )
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


def find_notices(blocks: Sequence[Block], raw: str = "") -> list[Hit]:
    """All reprint evidence in the blocks (of `raw`, the HTML or text they came from), self-credits
    included: is_self is set later, by bot.attribution.reprints.attribute."""
    taken: list[tuple[int, int, int]] = []
    context = " ".join(b.text for b in blocks)
    hits = list(_cms_hits(blocks, taken))
    hits += _explicit_hits(blocks, taken)
    hits += _syndication_hits(blocks)
    hits += _dateline_hits(blocks, context)
    hits += _wire_hits(blocks)
    hits += _source_hits(blocks)
    hits += _template_hits(blocks, raw)
    return hits


def notice_cuts(hits: Iterable[Hit]) -> list[Cut]:
    """Spans a cleaner should delete: every notice, self or not."""
    return [Cut(h.block, *h.cut, h.family) for h in hits if h.cut]
