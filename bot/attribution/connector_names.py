"""The name after the word that says whose a title is: "Le fil info Culture du JDD", "Movie
Reviews at MovieWeb", "Вакансії в категорії Java на DOU.ua"."""

from __future__ import annotations

from collections.abc import Callable

import re2

from bot.attribution.name_spellings import fold
from bot.attribution.transliteration import latin_spellings, nominatives

# Words that say whose a section is ("… du JDD", "… of The Times", "Movie Reviews at MovieWeb").
OF = frozenset(
    "du de des d of from at del di della da do von fran fra van uit aus z od из от".split()
)
# "on" before the site's host ("Jobs on DOU.ua"), in the corpus's languages; before a name that
# is no host it names a platform's user ("Food in Invironment on Medium").
_ON = frozenset("on at auf sur en op su na на в w".split())
# A name written as a host: "ilmessaggero.it", "Golem.de", "news.ORF.at" (not "Яндекс.Новости").
HOST_STYLED = re2.compile(r"^(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$")


def named_after_connector(part: str, names_site: Callable[[str], bool]) -> str | None:
    """The name after "du", "of", "from" … when it names the site; after "on" only the site's
    own host ("… на DOU.ua" for jobs.dou.ua)."""
    words = part.split()
    for index in range(len(words) - 1, 0, -1):
        if fold(words[index - 1]) in OF:
            tail = " ".join(words[index:])
            # "НОВОСТИ АГРАРНОЙ НАУКИ от ВИАПИ" (viapi.ru): a Cyrillic name as its Latin letters.
            spelled = latin_spellings(tail) if " " not in tail else ()
            return tail if names_site(tail) or any(map(names_site, spelled)) else None
    last = words[-1] if len(words) > 2 else ""
    if last and fold(words[-2]) in _ON and HOST_STYLED.match(last):
        return last if names_site(last) else None
    if last and fold(words[-2]) in _ON:
        # A Cyrillic name after "на"/"в", declined: "Новые уроки на Хекслете" (hexlet.io) is
        # Хекслет's, when a Latin spelling of the name less its case ending spells the domain.
        for name in nominatives(last):
            if any(names_site(spelled) for spelled in latin_spellings(name)):
                return name
    return None


def owner_of_title(name: str, text: str, names_site: Callable[[str], bool]) -> str | None:
    """Whose a description says the title is: "Le webcomic" described as "Le webcomic de
    Maliki" (maliki.com) is Maliki's, as "Movie Reviews at MovieWeb" is MovieWeb's."""
    rest = text[len(name) :].split() if name and fold(text).startswith(fold(name) + " ") else []
    owner = " ".join(rest[1:]).rstrip(".!…") if len(rest) > 1 and fold(rest[0]) in OF else ""
    return owner if owner and names_site(owner) else None
