"""A podcast's search keywords (itunes:keywords) as topics only where the episode names them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

# feedparser files each itunes:keywords term as a tag of this scheme.
_ITUNES_SCHEME = "http://www.itunes.com/"
_TAG = re.compile(r"<[^<>]*>")
_WORD = re.compile(r"\w+")


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
    keywords = {_term(t) for t in tags if t.get("scheme") == _ITUNES_SCHEME} - {
        _term(t) for t in tags if t.get("scheme") != _ITUNES_SCHEME
    }
    keywords.discard("")
    if not keywords:
        return frozenset()
    text = f"{headline} {_TAG.sub(' ', content_html)}".casefold()
    words = f" {' '.join(_WORD.findall(text))} "
    # A keyword of one letter is named by any initial ("x" in "X-Men").
    return frozenset(k for k in keywords if len(_spelled(k)) < 2 or f" {_spelled(k)} " not in words)


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
