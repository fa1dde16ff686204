"""Forms a site's name takes in what a feed states, and the form it is credited in: a planet's
title with its planet word, a host written at a sentence's end, a copyright holder's corporate
name for an outlet."""

from __future__ import annotations

import re

from bot.attribution.name_spellings import fold
from bot.attribution.title_domain_names import split_title

# Planet (the feed aggregator) names its sites "Planet X", "Planète X", "La planete
# francophone de X": the planet word is what tells the aggregator from the project X.
_PLANET = re.compile(r"(?i)\bplan[eè]t[ea]?\b")
_MAX_PLANET_WORDS = 6


def planet_title(title: str, name: str) -> bool:
    """Whether a one-part title of a few words names a planet the derived name leaves out."""
    if not _PLANET.search(title) or _PLANET.search(name) or len(split_title(title)) != 1:
        return False
    return len(title.split()) <= _MAX_PLANET_WORDS and fold(name) in fold(title)


# A host-styled name taken from a sentence ("A time we call... the RadioTimezone.com."): its
# article and its full stop are the sentence's. A stop after a host's suffix ends a sentence
# ("U.S." stays).
_SENTENCE_ARTICLE = re.compile(r"^(?:the|a|an)\s+(?=[A-Z][\w-]*\.[A-Za-z]{2,}\.?$)")
_SENTENCE_STOP = re.compile(r"(?<=\.[A-Za-z]{2})(?<![A-Z]{2})\.$|(?<=\.[a-z]{3})\.$")


def sentence_words_off(name: str) -> str:
    """A name less the lower-case article opening it and a full stop after its host."""
    return _SENTENCE_STOP.sub("", _SENTENCE_ARTICLE.sub("", name))


def holder_of(stated: tuple[str, str], owner: str) -> bool:
    """Whether a stated name is a copyright holder's corporate name for the outlet the title
    names ("FOX News Network" for "… on Fox News"): the outlet is named as it names itself."""
    name, where = stated
    return where == "the copyright holder" and fold(name).startswith(fold(owner) + " ")
