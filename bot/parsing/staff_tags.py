"""A site's staff tags: the hosts' and writers' first names a site files posts under ("Jorge",
"Matheus" beside "Jorge Costa", "Matheus Silveira"), which tell a reader nothing.

Read from the feed's own evidence, never a list of names: the feed tags its people by first
name when a one-word tag is the first name of one of its authors (dc:creator); then every
one-word tag that is the first name of a person it names (an author, or a full-name tag) is
one of its staff tags. A full name ("Caio Corraini", a guest) stays: it says who is in it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.attribution.names import looks_like_person
from bot.parsing.models import FeedEntry

# "Silmar Geremia (contato@scicast.com.br)": the address beside an author's name.
_ADDRESS = re.compile(r"\s*\([^()]*@[^()]*\)|\S+@\S+")


def _first_names(names: set[str]) -> set[str]:
    return {name.split()[0].casefold() for name in names if looks_like_person(name)}


def without_staff_names(entries: Sequence[FeedEntry]) -> list[FeedEntry]:
    """The entries without the one-word tags that are the first names of the feed's people,
    where the feed tags its authors by first name."""
    authors = _first_names({_ADDRESS.sub("", e.author).strip() for e in entries if e.author})
    tags = {c for e in entries for c in e.categories}
    single = {c.casefold() for c in tags if " " not in c}
    if not authors & single:
        return list(entries)
    people = authors | _first_names({c for c in tags if " " in c})
    staff = single & people
    return [
        replace(e, categories=tuple(c for c in e.categories if c.casefold() not in staff))
        if any(c.casefold() in staff for c in e.categories)
        else e
        for e in entries
    ]
