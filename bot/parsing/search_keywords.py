"""A podcast's search keywords (itunes:keywords) as topics only where the episode names them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from bot.parsing.episode_labels import format_keywords
from bot.parsing.feed_tags import syndication_flags

# feedparser files each itunes:keywords term as a tag of this scheme.
ITUNES_SCHEME = "http://www.itunes.com/"
_TAG = re.compile(r"<[^<>]*>")
_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"\w+|[^\w\s]")


def unnamed_keywords(
    tags: Iterable[Mapping[str, Any]], headline: str, content_html: str
) -> frozenset[str]:
    """The entry's search keywords (folded) that its headline and text do not name."""
    # itunes:keywords are terms for a directory's search, often copied from episode to episode
    # ("video, vidcast" on audio-only lessons, "la bamba, lyrics" on a reading lesson) or the
    # show's categories run together ("Shows Greater Good Radio Women leaders"). A keyword the
    # episode names is its topic; the rest say nothing of it. A term the entry also files as a
    # category stays a category.
    tags = list(tags)
    keywords = {_term(t) for t in tags if t.get("scheme") == ITUNES_SCHEME} - {
        _term(t) for t in tags if t.get("scheme") != ITUNES_SCHEME
    }
    keywords.discard("")
    keywords |= syndication_flags(tags)  # an aggregator's flag stays only where it is named
    if not keywords:
        return frozenset()
    text = f"{headline} {_TAG.sub(' ', content_html)}".casefold()
    words = f" {' '.join(_WORD.findall(text))} "
    # A keyword of one letter is named by any initial ("x" in "X-Men").
    unnamed = {k for k in keywords if len(_spelled(k)) < 2 or f" {_spelled(k)} " not in words}
    return frozenset(unnamed | _headline_cut(keywords, headline) | format_keywords(keywords))


def _headline_cut(keywords: set[str], headline: str) -> set[str]:
    """The keywords that are the headline cut into its words, numbers and all."""
    # PodOmatic fills an episode's keywords with its title's words ("Cube Podcast 010 May
    # Studio Mix 2010": "010, 2010, cube, may, mix, podcast, studio"): each names the
    # headline, and alone ("#may #studio #mix") says nothing the headline does not. A
    # headline listing topics ("ALT017: Aktien, Derivate, Börse") names its keywords.
    heading = _WORD.findall(headline.casefold())
    cut = {w for w in heading if w in keywords}
    numbered = any(w.isdigit() for w in cut)
    whole = all(w in cut for w in heading if not w.isdigit())
    return cut if len(cut) >= 3 and (numbered or whole) else set()


def show_subjects(
    entries_categories: Sequence[tuple[str, ...]], show_words: Iterable[str | None]
) -> frozenset[str]:
    """Categories (folded) on most of a show's episodes that its description names: its
    subject ("Cinéma" on a film podcast), kept where an episode does not name it."""
    # A keyword copied onto most episodes that the show never says it is about is part of a
    # keyword template ("latin" on 9 of Insta Spanish Lessons' 11 lessons), not its subject;
    # one its name alone spells is the name ("cube" on The Cube Podcast).
    counts = Counter(c.casefold() for cats in entries_categories for c in set(cats))
    common = {c for c, n in counts.items() if n > len(entries_categories) / 2 >= 2}
    if not common:
        return frozenset()
    said = " ".join(w for w in show_words if w).casefold()
    text = f" {' '.join(_WORD.findall(said))} "
    named = {c for c in common if f" {_spelled(c)} " in text}
    # "HD" in "Moving Rushmore HD Vidcast" is how the show is delivered, not its subject.
    return frozenset(named - _cut_phrases(said, common) - format_keywords(named))


# Words that join a phrase's parts ("drum and bass", "rock 'n' roll").
_JOINING = frozenset("and n und et y e".split())


def _cut_phrases(said: str, keywords: set[str]) -> set[str]:
    """The keywords that are words of one of the description's phrases cut apart."""
    # PodOmatic files "drum and bass" (the show's "Future of drum and bass...") as "drum",
    # "and", "bass": each word alone ("#drum #bass") is a fragment, not the subject. Words
    # of a list ("Kultur, Wissenschaft, Politik und den Medien") are each a subject.
    tokens = _TOKEN.findall(said)
    content = [(i, w) for i, w in enumerate(tokens) if w not in _JOINING]
    cut: set[str] = set()
    for (i, first), (j, second) in zip(content, content[1:], strict=False):
        joined = all(w in _JOINING for w in tokens[i + 1 : j])
        if joined and first in keywords and second in keywords:
            cut |= {first, second}
    return cut


def without_unnamed(categories: tuple[str, ...], unnamed: frozenset[str]) -> tuple[str, ...]:
    """The categories less the search keywords the entry does not name."""
    if not unnamed:
        return categories
    return tuple(c for c in categories if c.casefold() not in unnamed)


def _term(tag: Mapping[str, Any]) -> str:
    term = tag.get("term")
    return " ".join(term.split()).casefold() if isinstance(term, str) else ""


def _spelled(term: str) -> str:
    return " ".join(_WORD.findall(term))
