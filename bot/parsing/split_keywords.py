"""Keyword tags that are a name's words cut apart ("rise", "argonauts")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from bot.parsing.post_kinds import is_post_kind

_WORD = re.compile(r"\w+")
_LIST = re.compile(r"[,:;|]")
# Words that join a name's parts ("Rise of the Argonauts", "Ciccio e Tore").
_JOINING = frozenset(
    "of the a an and in on for de du des la le les di e et y und der die das".split()
)


def without_split_names(
    topics: tuple[str, ...], tags: Iterable[Mapping[str, Any]] | None, headline: str
) -> tuple[str, ...]:
    """The topics less one-word tags that spell two or more words of a name the headline
    carries and the entry also files whole ("rise of the argonauts", "rise", "argonauts")."""
    # An SEO plugin files the item's name and again each of its words: a word alone ("#rise")
    # is a fragment of the name. Words of a phrase the headline does not carry are topics of
    # their own ("Garmin", "Diving" beside "Garmin Diving"); so is one shared word ("Africa"
    # beside "Middle East and North Africa").
    # A kind of post ("Music Video") or an acronym ("WWE NXT") is no common word cut out.
    singles = {
        t.casefold()
        for t in topics
        if len(_WORD.findall(t)) == 1 and not t.isupper() and not is_post_kind(t)
    }
    if len(singles) < 2 or not tags:
        return topics
    heading = f" {' '.join(_WORD.findall(headline.casefold()))} "
    cut: set[str] = set()
    for tag in tags:
        term = tag.get("term")
        words = _WORD.findall(term.casefold()) if isinstance(term, str) else []
        # A term that is the headline's list ("selezioni di trading: Mondadori, Fiat") names
        # each of its items.
        if len(words) < 2 or _LIST.search(str(term)) or f" {' '.join(words)} " not in heading:
            continue
        # Every word of the name, its joining words aside: "radio" and "mystery" beside "CBS
        # Radio Mystery Theater" are a show's keywords of their own, not its name cut apart.
        content = set(words) - _JOINING
        if len(content) >= 2 and content <= singles:
            cut |= content
    return tuple(t for t in topics if t.casefold() not in cut) if cut else topics
