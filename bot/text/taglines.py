"""A feed's taglines as units boilerplate removal recognises (bot/parsing/taglines reads them)."""

from __future__ import annotations

from collections.abc import Iterable

from bot.text.boilerplate import split_units, unit_key


def tagline_phrases(taglines: Iterable[str]) -> frozenset[str]:
    """The keys of each tagline's sentences and of the tagline whole: a summary (or a unit of
    it) that only restates the feed's own tagline is no lead text."""
    keys = set()
    for tagline in taglines:
        for unit in (tagline, *split_units(tagline)):
            if (key := unit_key(unit)) is not None:
                keys.add(key)
    return frozenset(keys)
