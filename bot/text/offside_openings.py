"""An opening set apart above the text (a heading, a list or a rule follows it) that says
nothing of the headline, where the text below it does: the author's aside or an epigraph
("Yes, this blogpost is longer than normal …" over "… I visited Lift 08"); the text leads."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.text.back_references import without_back_reference

Sections = list[list[list[str]]]

# An aside is short (two lines): a longer opening section is the post's own introduction or
# abstract ("My public cryptographic identity has been spammed … This blogpost talks about …").
_OPENING_CHARS = 160
_OPENING_SENTENCES = 3
# Prose opens the text below: a sentence of six words or more.
_PROSE_WORDS = 6
_WORD = re.compile(r"[^\W_]{4,}|\d[\w-]{2,}")
# Words of four letters or more that say nothing of a subject (a headline's "with", "your").
_FUNCTION_WORDS = frozenset(
    """
    this that these those with from into over what when where which while your their there
    have been will would could should about after before just more most some than then they
    them very also only here does done make made like

    pour dans avec sont cette mais plus tout tous vous nous leur quand comme être avoir
    über eine einer eines nicht sich oder auch sind wird noch nach dass doch
    para como pero esta este todo sobre entre desde
    """.split()
)


# A series label's word before its number ("Issue #113", "Podcast S11 E11") recurs in every
# headline of its feed: it says nothing of this item ("Submit a task by … opening an issue.").
_SERIES_LABEL = re.compile(r"[^\W\d_]+(?=\s*(?:#\s*\d|[A-Z]\d))")


def _keys(text: str) -> set[str]:
    """The text's content words, each by its first five letters ("plugin" is "plugins")."""
    words = (w.casefold() for w in _WORD.findall(text))
    return {w[:5] for w in words if w not in _FUNCTION_WORDS}


def headline_keys(title: str) -> set[str]:
    """The headline's content words, without a series label's ("Issue #113")."""
    return _keys(_SERIES_LABEL.sub(" ", title))


def shares_headline_word(text: str, headline: set[str]) -> bool:
    """Whether `text` has a content word of the headline's (`headline_keys`)."""
    return bool(headline & _keys(text))


# Prose that goes on from what is above it: a connective first word ("And, today we're …",
# "So what exactly …"), or a pronoun or "other" among its first words ("The other advantage
# of this is …", "Thats also the equivalent …", "At first I thought this would be …").
_CONNECTIVES = frozenset(
    "and but so also however then yet still anyway et mais donc puis aber und doch pero".split()
)
_LEANING = frozenset("this that's thats these those it it's its other ceci cela ça".split())
_LEANING_WORDS = 8


def _prose_opening(paragraph: list[str], complete: Callable[[str], bool]) -> bool:
    """Whether the paragraph opens on a sentence of prose that leans on nothing above it."""
    first = paragraph[0] if paragraph else ""
    words = [w.strip(",.;:!?()\"“”'‘’").casefold() for w in first.split()[:_LEANING_WORDS]]
    return (
        first[:1].isupper()
        and len(first.split()) >= _PROSE_WORDS
        and complete(first)
        and bool(words)
        and words[0] not in _CONNECTIVES
        and not _LEANING.intersection(w.replace("’", "'") for w in words)
        and without_back_reference(" ".join(paragraph)) == " ".join(paragraph)
    )


def without_offside_opening(
    sections: Sections, title: str | None, complete: Callable[[str], bool]
) -> Sections:
    """`sections` from the second when the first is a short opening sharing no content word
    with `title` and the second opens on prose that shares one: the text below leads."""
    if not title or len(sections) < 2 or not sections[1]:
        return sections
    headline = _keys(_SERIES_LABEL.sub(" ", title))
    opening = [sentence for paragraph in sections[0] for sentence in paragraph]
    below = sections[1][0]
    if (
        not headline
        or not opening
        or len(opening) > _OPENING_SENTENCES
        or sum(map(len, opening)) > _OPENING_CHARS
        or headline & _keys(" ".join(opening))
        or not headline & _keys(" ".join(below))
        or not _prose_opening(below, complete)
    ):
        return sections
    return sections[1:]
