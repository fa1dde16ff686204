"""A feed's taglines as units boilerplate removal recognises (bot/parsing/taglines reads them)."""

from __future__ import annotations

from collections.abc import Iterable

from bot.text.boilerplate import split_units, unit_key

_TAGLINE_UNITS = 2


def tagline_phrases(taglines: Iterable[str]) -> frozenset[str]:
    """The keys of each short tagline's sentences and of each tagline whole: a summary (or a
    unit of it) that only restates the feed's own tagline is no lead text."""
    keys = set()
    for tagline in taglines:
        units = split_units(tagline)
        # A show's long blurb shares a sentence with its trailer's text ("President Lincoln is
        # dead and the country in turmoil."), which without it reads choppy: only a tagline of
        # a sentence or two is left out a sentence at a time.
        for unit in (tagline, *(units if len(units) <= _TAGLINE_UNITS else ())):
            if (key := unit_key(unit)) is not None:
                keys.add(key)
    return frozenset(keys)
