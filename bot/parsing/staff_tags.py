"""A site's staff tags: the hosts' and writers' first names a site files posts under ("Jorge",
"Matheus" beside "Jorge Costa", "Matheus Silveira"), which tell a reader nothing.

Read from the feed's own evidence, never a list of names: a one-word tag that is the first
name of a person the feed names (a two-word full-name tag, or its author) and that recurs on
many of its items is a regular's first name; a feed with a cast of three or more such tags,
one of them an author's, files posts by its people. A full name ("Caio Corraini", a guest)
stays: it says who is in it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from bot.attribution.names import looks_like_person
from bot.parsing.models import FeedEntry

# "Silmar Geremia (contato@scicast.com.br)": the address beside an author's name.
_ADDRESS = re.compile(r"\s*\([^()]*@[^()]*\)|\S+@\S+")
# A regular is on five items or more; a cast is three regulars (a one-off "Roma" beside "Roma
# Antiga", a place that is also someone's first name, is neither).
_REGULAR = 5
_CAST = 3


def _first_names(names: set[str]) -> set[str]:
    return {n.split()[0].casefold() for n in names if looks_like_person(n)}


def without_staff_names(entries: Sequence[FeedEntry]) -> list[FeedEntry]:
    """The entries without the first-name tags of the feed's regulars, where it has a cast."""
    counts = Counter(c.casefold() for e in entries for c in set(e.categories) if " " not in c)
    regulars = [c for c, n in counts.items() if n >= _REGULAR]
    if len(regulars) < _CAST:
        return list(entries)
    authors = _first_names({_ADDRESS.sub("", e.author).strip() for e in entries if e.author})
    names = authors | _first_names(
        {c for e in entries for c in e.categories if len(c.split()) == 2}
    )
    staff = {c for c in regulars if c in names}
    # The feed files posts under its people only where one of them is an author it names.
    if len(staff) < _CAST or not staff & authors:
        return list(entries)
    return [
        replace(e, categories=tuple(c for c in e.categories if c.casefold() not in staff))
        if any(c.casefold() in staff for c in e.categories)
        else e
        for e in entries
    ]
