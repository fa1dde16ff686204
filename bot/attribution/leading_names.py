"""A site's name at the head of a title that says more: a person's name before what they are
("Daniel Mouratidis Landesvorsitzender …" on mouratidis.de), a name before its slogan."""

from __future__ import annotations

from collections.abc import Callable

from bot.attribution.name_spellings import compact

# A slogan after the name: a clause of four words or more, none capitalised ("Buzzimie
# c'est ici que ça se passe", "Slashdot news for nerds, stuff that matters").
_MIN_CLAUSE = 4
# What a person is, after their name: four words or more ("Landesvorsitzender Bündnis 90/Die
# Grünen in …"); fewer may be the site's name itself ("Paul Dix Explains Nothing",
# "Tomate Farcie à San Francisco", "The Tim Ferriss Show").
_MIN_ROLE = 4
# Words opening a title that are no given name.
_ARTICLES = frozenset("the a an le la les der die das el los las il lo het de".split())


def _given_or_surname(word: str) -> bool:
    """A word written as a person's name: a capital, then lower-case letters ("Jean-Pierre")."""
    bare = word.replace("-", "")
    if word.casefold() in _ARTICLES:
        return False
    return bare.isalpha() and word[0].isupper() and bare[1:].islower() and len(bare) >= 2


def _person(words: list[str], label: str) -> str | None:
    """Given name(s) and the surname the domain is ("Daniel Mouratidis" on mouratidis.de), or
    the whole name it is ("danielmouratidis.de"), with what the person is after them."""
    for size in (2, 3):
        head = words[:size]
        if len(words) - size < _MIN_ROLE or not all(_given_or_surname(w) for w in head):
            return None
        if label in (compact(head[-1]), compact(" ".join(head))):
            return " ".join(head)
    return None


def _before_slogan(words: list[str], names_site: Callable[[str], bool]) -> str | None:
    """The name (up to three words naming the site) before a slogan written in lower case."""
    if not words[0][:1].isupper():
        return None
    for size in (1, 2, 3):
        head, rest = " ".join(words[:size]), words[size:]
        # "Dave's blog about stuff": a possessive's noun belongs to the name; a name before a
        # comma or colon is the separators' to read (title_domain_names, credit_checks).
        if len(rest) < _MIN_CLAUSE or head.endswith(("'s", "’s", ",", ":", ";")):
            return None
        if names_site(head):
            return head if all(w[:1].islower() for w in rest) else None
    return None


def leading_name(name: str, label: str | None, names_site: Callable[[str], bool]) -> str | None:
    """The head of `name` that names the site when the rest describes it, else None."""
    words = name.split()
    if label is None or len(words) < 3 or len(compact(label)) < 3:
        return None
    return _person(words, compact(label)) or _before_slogan(words, names_site)
