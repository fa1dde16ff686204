"""Categories that repeat the label a feed's headlines open with: a column or series ("This
Just In: Recess!" filed "this just in", the weekly "Revue du Geoweb …" filed "Revue du
Geoweb") or a kind in brackets ("[Preview] Visual Dial …" filed "Preview")."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from bot.parsing.models import FeedEntry
from bot.parsing.tag_evidence import folded, inflection_stem, names, said

_WORDS = re.compile(r"[^\W_]+")
_BRACKETED = re.compile(r"\s*[\[【](?P<words>[^\[\]【】]{1,40})[\]】]")
# Two headlines so labelled make the feed's habit; one may be the writer's.
_MIN_OPENED = 2
# A kind in brackets is the site's label wherever it stands; some items so filed have a bare
# headline ("Preview" on a post the site left unmarked): half of them open with it.
_BRACKETED_SHARE = 0.5


def _spelled(text: str) -> str:
    return " ".join(_WORDS.findall(folded(text)))


def _in_brackets(title: str, label: str) -> bool:
    found = _BRACKETED.match(title)
    return found is not None and _spelled(found["words"]) == label


def _opens_with(title: str, label: str) -> bool:
    """True where the headline opens with the label before a colon, or with a label of two
    words or more ("Revue du Geoweb et de …"), inflected ("Offener Brief an …") or whole."""
    # One word before more words is a sentence's subject ("Городок 67 - …", a show's episode;
    # "Professeur à domicile …").
    if _topic_prefix(title, label):
        return True
    words, heading = label.split(), _spelled(title).split()
    return len(words) >= 2 and len(heading) >= len(words) and all(map(_inflected, words, heading))


def _topic_prefix(title: str, label: str) -> bool:
    return ":" in title and _spelled(title.split(":", 1)[0]) == label


def _inflected(word: str, other: str) -> bool:
    # A shared start of five letters or more is one word inflected (tag_evidence's rule).
    stem = inflection_stem(word)
    return other == word if stem is None else other.startswith(stem)


def _column_labels(entries: list[FeedEntry]) -> set[str]:
    carriers: defaultdict[str, list[FeedEntry]] = defaultdict(list)
    for entry in entries:
        for category in {c.casefold() for c in entry.categories}:
            carriers[category].append(entry)
    labels = set()
    for category, items in carriers.items():
        if len(items) < _MIN_OPENED or not (label := _spelled(category)):
            continue
        bracketed = [e for e in items if _in_brackets(e.title, label)]
        # A column opens every headline filed under it: one of its items otherwise headed
        # ("Les artistes présents au Reality Festival") makes it the posts' subject.
        opened = [e for e in items if _opens_with(e.title, label)]
        if len(opened) < len(items) and (
            len(bracketed) < max(_MIN_OPENED, _BRACKETED_SHARE * len(items))
        ):
            continue
        # A topic the headlines open with before a colon ("Google Maps: …") is named in the
        # posts' texts too; a column's name is in its headlines only. Any other opening
        # ("Ambiance Musicale - Indochine", a headline that is the label) is the column's,
        # whatever the text says: a tag in doubt is left out.
        column = len(opened) == len(items) and not all(
            _topic_prefix(e.title, label) for e in opened
        )
        if column or not any(names(said(e.content_html), category) for e in opened or bracketed):
            labels.add(category)
    return labels


def without_column_labels(entries: list[FeedEntry]) -> list[FeedEntry]:
    """The entries without the categories that only repeat their headlines' opening label."""
    labels = _column_labels(entries)
    if not labels:
        return entries
    return [
        replace(e, categories=kept)
        if len(kept := tuple(c for c in e.categories if c.casefold() not in labels))
        < len(e.categories)
        else e
        for e in entries
    ]
