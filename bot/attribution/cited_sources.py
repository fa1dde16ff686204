"""A source label ("Source: AutoBlog") under the writer's own text: a reference it cites, not
the outlet whose story it carries.

The writer shows the text is theirs when, outside quotations, it speaks in the first person
singular ("I believe Ecclestone and Co. now have …", "j'ai bien entendu téléchargé …") or names
the labelled outlet in its own sentences ("Dans une interview donnée à CNN, Common …"): a
reprint tells its story in its outlet's voice and does not report what that outlet said.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.attribution.hits import Hit
from bot.text.blocks import Block

# The rule a cited source label's hit carries: cut from the text, no reprint evidence.
CITED = "cited_source"
_PROSE_WORDS = 8

# What a speaker says is theirs, not the writer's: "“The team bosses think I am too old”". No
# quotation spans another's opening mark, so an unclosed one is read past once.
_QUOTATION = re.compile(
    r"“[^“”\n]{0,800}”|\"[^\"\n]{0,800}\"|«[^«»\n]{0,800}»|„[^„“”\n]{0,800}[“”]"
    r"|「[^「」\n]{0,400}」"
)
# The first person singular as a sentence's subject. English "I" only before a lowercase word
# (not "World War I", "Part I:", a separator: "RAID I USB I FireWire 400/800 I eSATA"); not
# Portuguese "eu", French for "had" ("il y a eu").
_FIRST_PERSON = re.compile(
    r"(?<![\w'’])(?:I(?=\s+[a-z][a-z'’]+\b)|I['’](?:m|ve|d|ll)\b|(?i:je|ich|io|yo|ik|я)(?!\w)"
    r"|(?i:j['’])(?=\w))"
)


def _own_paragraphs(blocks: Sequence[Block], label: Hit) -> list[tuple[str, bool]]:
    """The entry's text paragraphs without the label and quotations, each with whether it is
    a blockquote's (another's text the post quotes)."""
    paragraphs = []
    for i, block in enumerate(blocks):
        if block.kind != "text":
            continue
        text = block.text
        if i == label.block and label.cut:
            text = text[: label.cut[0]] + " " + text[label.cut[1] :]
        paragraphs.append((_QUOTATION.sub(" ", text), block.role == "quote"))
    return paragraphs


def _opening(paragraphs: Sequence[tuple[str, bool]]) -> str:
    """The first paragraph of prose (a heading's few words are none), unless it is quoted: the
    writer's lead. A comment after a quoted story ("Now, granted, I …") is the carrier's."""
    first = next((p for p in paragraphs if len(p[0].split()) >= _PROSE_WORDS), ("", False))
    return "" if first[1] else first[0]


def _names_outlet(text: str, name: str) -> bool:
    """Whether a sentence of the text names the outlet after its own words ("interview donnée à
    CNN", "una entrevista con la publicación Bloomberg")."""
    # A speaker's label ("COMPLEX::") is no sentence of the writer's: the name must follow a word.
    if len(name) <= 2:
        return False
    after_words = r"(?:(?<=[^\W\d_][,:]\s)|(?<=[^\W\d_]\s))"
    return re.search(after_words + re.escape(name) + r"(?!\w)", text, re.I) is not None


def cites_source(blocks: Sequence[Block], hit: Hit) -> bool:
    """Whether a source label's outlet is a reference of the writer's own text (see above)."""
    paragraphs = _own_paragraphs(blocks, hit)
    if _FIRST_PERSON.search(_opening(paragraphs)):
        return True
    own = "\n".join(text for text, quoted in paragraphs if not quoted)
    return _names_outlet(own, hit.publisher or "")
