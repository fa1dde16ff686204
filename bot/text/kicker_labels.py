"""A feed's kicker: a label of a few words and a full stop opening its entries' text
("<strong>News Analysis.</strong> Late yesterday, …", "News Brief.", "Podcast."), learned where
the text of three different stories opens on it, as boilerplate is."""

from __future__ import annotations

import hashlib
import re

# One to three words and a full stop, as the first sentence of a paragraph that goes on. Alone
# it may be a sentence ("Wrong. John …", "Start Small. Try …"): only the feed's recurring ones go.
_LABEL = re.compile(r"\s*(?:[^\W\d_][\w'’&-]*\s+){0,2}[^\W\d_][\w'’&-]+\.\s*")
_MAX_CHARS = 40
# Learned keys of kickers are told from units' keys (hex digests) by this prefix.
LABEL_PREFIX = "kicker:"


def label_key(unit: str) -> str | None:
    """The key a kicker-shaped unit is learned and recognised by, None for any other unit."""
    if len(unit) > _MAX_CHARS or _LABEL.fullmatch(unit) is None:
        return None
    # A word of two or three letters and a stop is a title's abbreviation ("Fr. John shows…",
    # "Dr. Dominic D'Agostino…", "Mr."), which a podcast's notes open on as often as a kicker.
    if len(unit.split()[-1].rstrip(".")) < 4:
        return None
    words = " ".join(unit.casefold().rstrip(". \t\n").split())
    return LABEL_PREFIX + hashlib.blake2b(words.encode(), digest_size=8).hexdigest()


def opening_label_keys(first_units: list[str]) -> dict[str, None]:
    """The key of the kicker opening an entry's first paragraph (its first units), when text
    follows it in the paragraph."""
    key = label_key(first_units[0]) if len(first_units) >= 2 else None
    return {key: None} if key else {}
