"""Agency bylines outside the text's sentences: a paragraph that is only the agency's name
(20minutos puts "<p>EFE</p>" above agency copy), a feed item's author element naming a wire
service (<dc:creator>Associated Press</dc:creator>), and The Conversation's syndication
byline ("Fernando Valladares, Museo Nacional de Ciencias Naturales (MNCN-CSIC)").

A staff reporter's name in the same place ("ISABEL SERRANO") is no credit; neither is an
agency named inside a sentence ("according to Reuters"), which a rewrite does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from bot.attribution.author_outlets import author_outlet_hits
from bot.attribution.hits import Hit
from bot.attribution.names import CAPITALISED_FUNCTION_WORDS, looks_like_person
from bot.attribution.outlets import lookup
from bot.text.blocks import Block

_AUTHOR_ELEMENT = re.compile(
    r"<(?P<tag>dc:creator|author|byline|dc:contributor)\b[^>]*>\s*(?:<!\[CDATA\[)?\s*"
    r"(?:<name>\s*)?(?P<who>[^<\]]{2,80}?)\s*(?:\]\]>)?\s*(?:</name>\s*)?</(?P=tag)>",
    re.I,
)
_SIGNATURE = re.compile(
    r"^(?:By|Por|Von|Par|Di|Da|От|Автор)\s*:?\s+|\s+(?:Staff|Wire|Newsroom|Redacción)$", re.I
)
_PARTS = re.compile(r"\s*(?:[/|,–—]|\s-\s)\s*")
_INSTITUTION = re.compile(
    r"\b(?:Universit\w*|College|School|Institut\w*|Istituto|Museo|Museum|Centre|Center|Centro"
    r"|Hospital|Laborator\w*|Academy|Academia|Akademie|Hochschule|Escuela|École|Faculty|Facultad"
    r"|CSIC|CNRS|INSERM|CONICET)\b"
)
_CONVERSATION_BYLINE = re.compile(
    r"^(?P<person>[A-ZÁÉÍÓÚÑ][\w'’.-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’.-]+){1,3}),\s+"
    r"(?P<inst>[^.!?\n]{6,160}?)(?:\s*\((?P<acr>[A-Z][\w-]{1,15})\))?$"
)


def _wire_name(words: str) -> str | None:
    agency = lookup(words.strip())
    if agency is None or not agency.wire:
        return None
    # An acronym signs in capitals: a tweet that is only "App" is no "APP" (Associated Press
    # of Pakistan), nor "Tap" TAP's; a name ("Reuters") is matched whatever its case.
    if (
        words.strip().isalpha()
        and not words.strip().isupper()
        and words.strip().upper() in {alias for alias in agency.aliases if alias.isupper()}
    ):
        return None
    # Keep non-Latin spellings ("ТАСС") as written; the table name is Latin.
    return words.strip() if re.search(r"[^\x00-\u024f]", words) else agency.name


def agency_block_hits(blocks: Sequence[Block]) -> Iterator[Hit]:
    """A paragraph among the first two that is only an agency's name, alone or with a person
    or desk ("EFE", "Redacción / EFE", "María López | Europa Press")."""
    for i, block in enumerate(blocks[:2]):
        text = block.text.strip()
        if block.kind != "text" or len(text) > 60 or len(text.split()) > 6:
            continue
        # "By The Associated Press", "Por EFE", "Reuters Staff": the agency alone signs it.
        signed = _SIGNATURE.sub("", text)
        parts = [p for p in _PARTS.split(signed) if p]
        names = [n for n in (_wire_name(p) for p in parts) if n]
        if len(names) == 1:
            yield Hit(
                "byline", names[0], None, i, 0, len(text), (0, len(block.text)), rule="byline"
            )
            return


def author_field_hits(raw: str, author: str | None = None) -> Iterator[Hit]:
    """An author element (the entry's, or one in raw item XML) made only of wire services."""
    # A staff name or the site beside an agency ("Delterme, Jean, agence, AFP", "Reuters,EL
    # PAÍS") marks the site's own rewrite with agency material, not agency copy.
    found = [author] if author else [m.group("who") for m in _AUTHOR_ELEMENT.finditer(raw[:4000])]
    for who in found:
        who = _SIGNATURE.sub("", re.sub(r"\S+@\S+|[()]", " ", who).strip())
        parts = [p for p in _PARTS.split(who) if p.strip()]
        names = [_wire_name(p) for p in parts]
        if names and all(names):
            unique = list(dict.fromkeys(n for n in names if n))
            yield Hit("byline", " / ".join(unique), None, 0, 0, 0, None, rule="author_field")
            return


def conversation_byline_hits(blocks: Sequence[Block]) -> Iterator[Hit]:
    """The Conversation's byline form on a line of its own near the top: an academic author,
    a comma, the institution (and its acronym), which its republishing widget carries along."""
    for i, block in enumerate(blocks[:4]):
        for line in block.text.split("\n"):
            m = _CONVERSATION_BYLINE.match(line.strip())
            if not m or not looks_like_person(m.group("person")):
                continue
            # A subhead in title case with a comma ("In Practice, It's A Lot Harder Than What
            # You Did In College") opens on a word no name has.
            if m.group("person").split()[0] in CAPITALISED_FUNCTION_WORDS:
                continue
            if not _INSTITUTION.search(m.group("inst") + " " + (m.group("acr") or "")):
                continue
            yield Hit("template", "The Conversation", None, i, 0, 0, None, rule="conversation")
            return


def byline_hits(blocks: Sequence[Block], raw: str, author: str | None = None) -> Iterator[Hit]:
    """Every byline-family hit of an entry."""
    yield from agency_block_hits(blocks)
    yield from author_field_hits(raw, author)
    yield from author_outlet_hits(author)
    yield from conversation_byline_hits(blocks)
