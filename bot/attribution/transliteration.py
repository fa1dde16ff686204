"""Latin spellings of a Cyrillic name, to read it against its site's Latin domain ("Хекслет" for
hexlet.io, "Кинопоиск" for kinopoisk.ru). Hand-written: the common romanisations differ in a few
letters ("кс" is "ks" by the rules, "x" in domains), and the two spellings are all a check needs."""

from __future__ import annotations

import re

_ROMAN = "a b v g g d e e ye zh z i i yi y k l m n o p r s t u f h ts ch sh sch - y - e yu ya"
_LETTERS = dict(zip("абвгґдеёєжзиіїйклмнопрстуфхцчшщъыьэюя", _ROMAN.split(), strict=True))
_CYRILLIC_WORD = re.compile(r"^[\u0400-\u04ff-]+$")
# Case endings a name takes after "на"/"в" (locative "на Хекслете", "в Яндексе"): one letter.
_ENDINGS = ("е", "у", "и")


def latin_spellings(word: str) -> tuple[str, ...]:
    """The word's Latin spellings ("hekslet", "hexlet"), or () for a word not all Cyrillic."""
    if not _CYRILLIC_WORD.match(word):
        return ()
    plain = "".join(_LETTERS.get(c, c) for c in word.casefold()).replace("-", "")
    return (plain, plain.replace("ks", "x")) if "ks" in plain else (plain,)


def nominatives(word: str) -> tuple[str, ...]:
    """The word as a name may be written in the nominative: less a case ending, then as is."""
    if len(word) > 4 and word.casefold().endswith(_ENDINGS):
        return (word[:-1], word)
    return (word,)
