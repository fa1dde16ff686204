"""The site's name inside a feed title that no one part names: a name written across a colon
("Editor: Myself" on editormyself.info) or within a description ("Updates to Grand Rapids WiFi
hotspot details" on grwifi.net)."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.attribution.name_spellings import fold
from bot.attribution.title_parts import separated

# Words before the name in a title that describes the feed: "Updates to X details", "Changes
# on X", "Posts from X about Y", "Neues von X", "Nouveautés de X".
_BEFORE_NAME = frozenset("to on of from at for in about by von de du des van da del".split())
_MAX_WORDS = 6
_CLOSING_NOTE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]$")


def name_in_title(title: str, names_site: Callable[[str], bool]) -> str | None:
    """The name of the site written across the title's first separator, else a run of
    capitalised words after a connector that names the site, when the title says more."""
    return across_separator(title, names_site) or within_description(title, names_site)


def across_separator(title: str, names_site: Callable[[str], bool]) -> str | None:
    """The first two parts as written ("Editor: Myself") when together, and neither alone,
    they name the site: the separator is part of the name."""
    pieces = [p for p in separated(title) if p.strip()]
    if len(pieces) < 2 or any(names_site(p.strip()) for p in pieces[:2]):
        return None
    end = title.find(pieces[1]) + len(pieces[1])
    joined = title[:end].strip()
    # "Editor: Myself (Persian)": a closing note in brackets is no part of the name.
    bare = _CLOSING_NOTE.sub("", joined)
    return next((n for n in (bare, joined) if n and names_site(n)), None)


def within_description(title: str, names_site: Callable[[str], bool]) -> str | None:
    """A run of capitalised words after "to"/"from"/"of" … that names the site, followed by
    more of the description in lower case ("Updates to Grand Rapids WiFi hotspot details")."""
    words = title.split()
    # A separated title has parts of its own ("The Napkin ~ A Blog By Highgroove Studios").
    if len(separated(title)) > 1:
        return None
    for start in range(1, len(words) - 1):
        if fold(words[start - 1]) not in _BEFORE_NAME or not words[start][:1].isupper():
            continue
        # The longest run that names the site, the description going on in lower case.
        for end in range(min(len(words) - 1, start + _MAX_WORDS), start, -1):
            run = " ".join(words[start:end])
            capitalised = all(w[:1].isupper() for w in words[start:end])
            if capitalised and words[end][:1].islower() and names_site(run):
                return run
    return None
