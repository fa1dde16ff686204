"""A one-word tag the post says only inside a longer name ("Greet" of "WP Greet Box"): an
auto-tagger's cut of the name, not a topic of its own."""

from __future__ import annotations

import re

_MARKUP = re.compile(r"<[^<>]*>")
# A capitalised word (or a run of capitals) beside the tag: a name's other words.
_CAPITALISED = re.compile(r"[A-Z][\w'’-]*")
_TEXT_CHARS = 30_000


def _inside_names(tag: str, text: str) -> bool:
    """True when every time `text` says `tag` it is a middle word of a capitalised name."""
    found = list(re.finditer(rf"(?<![\w-]){re.escape(tag)}(?![\w-])", text))
    for match in found:
        before = text[: match.start()].rstrip().rsplit(None, 1)
        after = text[match.end() :].lstrip().split(None, 1)
        if not (before and after):
            return False
        if not (_CAPITALISED.fullmatch(before[-1]) and _CAPITALISED.match(after[0])):
            return False
    return bool(found)


def name_fragments(tags: tuple[str, ...], headline: str, html: str) -> frozenset[str]:
    """The one-word capitalised tags the text says only amid a longer name, the headline never."""
    words = [t for t in tags if t[:1].isupper() and t.isalpha()]
    if not words:
        return frozenset()
    text = _MARKUP.sub(" ", html[:_TEXT_CHARS]) if "<" in html else html
    folded = headline.casefold()
    return frozenset(t for t in words if t.casefold() not in folded and _inside_names(t, text))
