"""An item's tags that are a search-keyword list ("free Yes Boss mp3 songs", "Heroes 3gp
video song"): none of them shown."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.parsing.models import FeedEntry

# Words a searcher types to get a file, not a topic: a format, a quality, "download", "free …
# songs", "listen … online". A download blog tags each post with its film's name run through
# them ("Download or Listen Sorry Bhai songs", "Dvd Quality Music Video", "Mp3 Format").
_SEARCH_WORD = re.compile(
    r"\b(?:downloads?|mp3s?|3gp|mp4|flv|avi|wma|torrents?|ringtones?|hdtv|dvdrip|"
    r"dvd quality|(?:video|mp3|hindi|bollywood|movie|film) songs?|songs? (?:video|mp3)|"
    r"(?:music|mobile) videos?|real media|full movie|free \w+ songs?|"
    r"(?:watch|listen)(?: \w+){0,4} online|listen (?:to )?(?:\w+ )*songs?)\b",
    re.IGNORECASE,
)
# Three such phrases on one item, or half its tags, are its keyword list; its other tags are
# the same list's variants ("Hindi Movie Sorry Bhai songs" beside "Sorry Bhai mp3 song"), so
# all go. Two among a dozen are a few stray keywords ("heroes downloads" beside "prison
# break", "selfless"), which the tag gate leaves where the item does not name them.
_LIST_PHRASES = 3


def _search_phrase(tag: str) -> bool:
    return " " in tag and _SEARCH_WORD.search(tag) is not None


def without_keyword_lists(entries: list[FeedEntry]) -> list[FeedEntry]:
    """The entries less the tags of an item whose tags are a search-keyword list."""
    return [
        replace(e, categories=(), unnamed_categories=e.unnamed_categories + e.categories)
        if (n := sum(_search_phrase(c) for c in e.categories)) >= _LIST_PHRASES
        or (n >= 2 and 2 * n >= len(e.categories))
        else e
        for e in entries
    ]
