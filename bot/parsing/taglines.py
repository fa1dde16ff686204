"""A feed's own tagline as the feed states it: the channel's title and description, and a
subtitle most of its items repeat (a podcast's itunes:subtitle on every episode). Posted as an
episode's summary, it says what the show is, not what the episode holds."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from html import unescape

import re2

_TAG = re2.compile(r"<[^>]*>")
# A channel's long description (a show's whole blurb) is read this far at most.
_MAX_CHARS = 2000


def _plain(value: object) -> str:
    if not isinstance(value, str):
        return ""
    return " ".join(unescape(_TAG.sub(" ", value[:_MAX_CHARS])).split())


def feed_taglines(channel: Iterable[object], item_subtitles: Iterable[object]) -> tuple[str, ...]:
    """The channel's own texts (title, description), and the item subtitle that two or more
    items and at least half of those with one share: the feed's template, not an item's."""
    found = dict.fromkeys(t for t in map(_plain, channel) if t)
    subtitles = [s for s in map(_plain, item_subtitles) if s]
    for subtitle, count in Counter(subtitles).most_common(1):
        if count >= 2 and count * 2 >= len(subtitles):
            found[subtitle] = None
    return tuple(found)
