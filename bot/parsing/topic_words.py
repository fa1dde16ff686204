"""Words a tag can be without naming a topic (a language's function words), and the one key a
topic's singular and plural share."""

from __future__ import annotations

import re

# A function word alone is a phrase's piece ("drum and bass" split into keywords: PodOmatic),
# never a topic; only words with no other reading ("in", "la", "die", "van" can be names).
# Question words are a title's first word made a label ("hoe" on "Hoe werkt …", "wie" on "Wie
# is …", a Dutch Blogger's; "where"): "WHO" is the health organisation, so capitals stay.
_FUNCTION_WORDS = frozenset(
    "and or the of to with und oder der das les et ou des los las y het een "
    "how why what where when hoe wie wat waarom wanneer waar warum wieso weshalb wann "
    "pourquoi quand quoi cómo cuándo dónde qué quién perché".split()
)
_QUESTION_WORDS_CASED = frozenset({"who"})


def is_function_word(term: str) -> bool:
    """True for a language's function word or question word standing alone as a tag."""
    return term.casefold() in _FUNCTION_WORDS or term in _QUESTION_WORDS_CASED


# A plural's "s" on a word of four letters or more; "ss", "us", "is" end singulars ("Business",
# "Campus", "Analysis").
_PLURAL_S = re.compile(r"(?<=\w{3})(?<![sui])s\b")


def topic_key(term: str) -> str:
    """The folded term with its words' plural "s" off: "Prisonniers d'opinion" and "Prisonnier
    d'opinion" (Amnesty's, on one item), "pull request" and "pull requests" are one topic."""
    return _PLURAL_S.sub("", term.casefold())
