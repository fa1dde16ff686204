"""A podcast's search keywords (itunes:keywords) as topics only where the episode names them."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

# feedparser files each itunes:keywords term as a tag of this scheme.
_ITUNES_SCHEME = "http://www.itunes.com/"
_TAG = re.compile(r"<[^<>]*>")


def confirmed_keywords(
    tags: Sequence[Mapping[str, Any]], headline: str, content_html: str
) -> list[Mapping[str, Any]]:
    """The entry's tags without the search keywords its headline and text do not name."""
    # itunes:keywords are terms for a directory's search, often copied from episode to episode
    # ("video, vidcast" on audio-only lessons, "la bamba, lyrics" on a reading lesson) or the
    # show's categories run together ("Shows Greater Good Radio Women leaders"). A keyword the
    # episode itself names is its topic; the rest say nothing of it (Apple ignores them too).
    if not any(tag.get("scheme") == _ITUNES_SCHEME for tag in tags):
        return list(tags)
    words = " ".join(re.findall(r"\w+", f"{headline} {_TAG.sub(' ', content_html)}".casefold()))
    return [tag for tag in tags if tag.get("scheme") != _ITUNES_SCHEME or _named(tag, words)]


def _named(tag: Mapping[str, Any], words: str) -> bool:
    term = tag.get("term")
    if not isinstance(term, str):
        return False
    spelled = " ".join(re.findall(r"\w+", term.casefold()))
    return bool(spelled) and f" {spelled} " in f" {words} "
