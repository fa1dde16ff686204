"""Agency copy: wire credits in datelines ("(Reuters) -", "/PRNewswire/ --"), agency bylines
and sign-offs, and syndication footers (distributor credits, copyright lines)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from urllib.parse import urlsplit

from bot.attribution import patterns as pt
from bot.attribution.hits import Hit
from bot.attribution.names import expand_acronym, looks_like_person, smart_case, tidy
from bot.attribution.outlets import by_domain, is_distributor, is_syndicator, lookup
from bot.text.blocks import Block, sentence_bounds


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


_ADDRESS_NEXT = re.compile(r"\s*(?:https?://|www\.)", re.I)


def dateline_hits(blocks: Sequence[Block], context: str) -> Iterator[Hit]:
    body = 0  # only the first body paragraphs count; headlines and kickers may come first
    for i, block in enumerate(blocks[:10]):
        if block.kind != "text":
            continue
        text = block.text
        for rx in (pt.DATELINE_PAREN, pt.DATELINE_SLASH, pt.DATELINE_DASH_AGENCY):
            for m in rx.finditer(text, 0, min(len(text), 300)):
                if _labels_link(block, m.end()):
                    continue
                hit = _dateline_hit(rx, m, i, text, context)
                if hit is not None:
                    yield hit
                    return
        body += len(text.split()) >= 15
        if body >= 2:
            return


def _labels_link(block: Block, end: int) -> bool:
    """Whether a link or an address follows: "Objective-C (ObjC) – http://…" labels a show's
    link, where a dateline leads into the story's first sentence."""
    rest = block.text[end:]
    start = end + len(rest) - len(rest.lstrip())
    if _ADDRESS_NEXT.match(block.text, start):
        return True
    link = block.link_at(start)
    return link is not None and link.end >= len(block.text.rstrip(" .,;"))


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
    if not known and _glosses(credit, pre):
        return None
    # Without a dash, "SHINTARO YAMANAKA (QSYUM!)" is a photo credit and
    # "USSR (Ukraine)" a gloss; a dated dateline or a known agency is needed.
    if placed and not dash and not known and not (dated and dated.group("date")):
        return None
    if not placed and not _glued_credit(m, text, parts, dash=dash, known=known):
        return None
    names = [_credit_name(p, context) for p in parts]
    cut = (0, m.end()) if placed else (m.start(), m.end())
    return Hit("wire", " / ".join(names), None, index, m.start(), m.end(), cut)


# Joining words a name's initials skip ("Department of Energy (DOE)").
_SKIPPED = frozenset("of and for the on & de du des la le el y et".split())


def _glosses(credit: str, pre: str) -> bool:
    """Whether an acronym in brackets spells the words right before it: "Introducing Shared
    Security Abstraction (SSA) - a concept …" glosses a term, no agency's dateline."""
    letters = re.sub(r"\W", "", credit)
    if not 2 <= len(letters) <= 8 or not letters.isupper():
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", pre) if w.casefold() not in _SKIPPED]
    return (
        len(words) >= len(letters)
        and "".join(w[0] for w in words[-len(letters) :]).upper() == letters
    )


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


# A news aggregator's "other coverage" line lists outlets by name, the wire among them ("Le
# Figaro - leJDD.fr - L'Express - AFP", Google News): no credit of the item's.
_LISTED_NAME = re.compile(r"[^\s.!?,;:](?:[^.!?;:\n]|\.(?=\S)){0,40}")
_MIN_LISTED = 2


def _in_outlet_list(text: str, tail: re.Match[str]) -> bool:
    """Whether a wire tail closes a list of two or more other short names joined by its dash."""
    dash = re.match(r"\s([-–—]+)\s*", text[tail.start() :])
    if dash is None:
        return False
    parts = text[: tail.start()].split(f" {dash.group(1)} ")
    # A byline and a date before the wire ("By Jo Lee - Jan 5 - AP") are no outlets.
    return len(parts) >= _MIN_LISTED and all(
        _LISTED_NAME.fullmatch(p.strip())
        and len(p.split()) <= 4
        and not _DATE_WORDS.search(p)
        and not p.lstrip().startswith("By ")
        for p in parts
    )


def _links_elsewhere(block: Block, tail: re.Match[str]) -> bool:
    """Whether the agency's name links a story on another site than the agency's (The
    Inquirer's "AP" to smh.com.au): a cited source; agency copy names its agency as text."""
    link = block.link_at(tail.start("agency"))
    host = urlsplit(link.href or "").hostname if link else None
    agency = lookup(tail.group("agency"))
    return host is not None and not (agency and by_domain(host) is agency)


# The lines a news site signs an agency's story off with after the agency's name: the photo's
# credit ("Foto: Yahoo.com", "Photo: AFP") and the site's own name or address ("Lavinotinto.com").
_SIGN_OFF_LINE = re.compile(
    r"(?i)(?:(?:cr[ée]dito?s?\s+)?(?:fotos?|photos?|imagen|images?|bild|foto\s+de|photo\s+credit)"
    r"\s*:\s*[^\n]{1,80}|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,24}|\W*)"
)


def _signed_off(blocks: Sequence[Block]) -> int:
    """The index of the last block before the photo credit and site's name closing a story."""
    last = len(blocks) - 1
    while last > 0 and _SIGN_OFF_LINE.fullmatch(blocks[last].text.strip()):
        last -= 1
    return last


def wire_hits(blocks: Sequence[Block]) -> Iterator[Hit]:
    # "EFE / Foto: Yahoo.com / Lavinotinto.com": the agency closes the story before the site's
    # sign-off lines, as it would close the story alone.
    last = _signed_off(blocks)
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
        if tail and not _in_outlet_list(text, tail) and not _links_elsewhere(block, tail):
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


def syndication_hits(blocks: Sequence[Block]) -> Iterator[Hit]:
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
            if pub is None and not (synd and is_syndicator(synd) and not is_distributor(synd)):
                continue  # "Distributed by PRX." names a distributor, not an original publisher
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
