"""A post's author named as a speaker label before its text ("Gabe: Some new art …" by the
author Gabe, Penny Arcade's news posts): the feed's byline, not a sentence of the story."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.blocks import Block, Cut
from bot.text.field_labels import FIELD_LABEL

# A label of one to four words ending in a colon at the text's very start.
_LABEL = re.compile(r"\s*(?P<name>[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,3}):(?:\s+|$)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PARENS = re.compile(r"\(([^()]+)\)")


def author_names(author: str) -> set[str]:
    """The names an author element gives, casefolded: "gabe@x.com (Gabe)" is "gabe"."""
    names = {name.strip().casefold() for name in _PARENS.findall(author)}
    bare = _PARENS.sub(" ", _EMAIL.sub(" ", author))
    names.add(" ".join(bare.split()).casefold())
    names.discard("")
    return names


def byline_label_cuts(blocks: Sequence[Block], author: str | None) -> list[Cut]:
    """A cut of the entry's author's name as a label opening its first block of text."""
    if not author:
        return []
    first = next((i for i, block in enumerate(blocks) if block.text.strip()), None)
    if first is None:
        return []
    found = _LABEL.match(blocks[first].text)
    if found is None or found["name"].casefold() not in author_names(author):
        return []
    # The label alone is a paragraph of its own ("Ben Kuchera:" over the review): cut it whole.
    return [Cut(first, 0, found.end(), "byline")]


def without_field_label(text: str) -> str:
    """`text` without a field label ("Description:") opening it."""
    found = FIELD_LABEL.match(text)
    if found is None:
        return text
    rest = text[found.end() :]
    return rest[:1].upper() + rest[1:]


# "by" and a name of capitalised words, nothing after it: who made the thing the headline names.
_NAME_WORD = r"(?:[A-Z\d][\w'’&.-]*|the|of|and|de|la|le|du|van|von|der|&)"
_BY = r"(?:by|von|par|door|av|af|por|di|przez|от)"
_MAKER_CREDIT = re.compile(rf"\s+{_BY}\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,7}}[.!]?\s*")


def is_maker_credit(text: str) -> bool:
    """Whether `text` (what follows a headline in a lead) is only "by" and a maker's name."""
    return _MAKER_CREDIT.fullmatch(text) is not None
