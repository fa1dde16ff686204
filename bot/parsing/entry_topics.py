"""An entry's own tags made whole before the feed-wide passes (a name's words joined or left
out), and after them less the kind of post the headline announces."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from bot.parsing.categories import entry_categories
from bot.parsing.episode_labels import (
    names_rejoined,
    without_headline_pieces,
    without_name_words,
)
from bot.parsing.models import FeedEntry
from bot.parsing.name_pieces import names_joined, names_settled
from bot.parsing.post_kinds import is_filing_kind, is_post_kind
from bot.parsing.search_keywords import ITUNES_SCHEME
from bot.parsing.split_keywords import without_split_names
from bot.parsing.tag_evidence import folded
from bot.parsing.topic_words import topic_key

_FIRST_WORDS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?")


def entry_topics(
    tags: Sequence[Mapping[str, Any]],
    title_tags: Sequence[str],
    comma_lists: bool,
    headline: str,
    text_html: str,
) -> tuple[str, ...]:
    """The topics of the entry's tags and its headline's hashtags (categories), less a name's
    words filed whole too (split_keywords), with a name's lowercase words joined (name_pieces)."""
    filed = [*tags, *({"term": t} for t in title_tags)]
    topics = entry_categories(filed, comma_lists=comma_lists)
    keywords = frozenset(
        str(t.get("term")).strip() for t in tags if t.get("scheme") == ITUNES_SCHEME
    )
    topics = without_split_names(topics, tags, headline)
    topics = without_headline_pieces(topics, headline)
    return names_joined(topics, headline, text_html, keywords)


def settled_topics(
    entry: FeedEntry, topics: tuple[str, ...], feed: Mapping[str, Any]
) -> tuple[str, ...]:
    """The `topics` the feed-wide passes left of the entry's, with the names joined from a
    podcast's keywords settled (name_pieces), less the kind of post its headline announces."""
    # Only a podcast's (feedparser's itunes_ keys): a blog's "Garmin Diving" beside "garmin"
    # and "diving" is split_keywords' to judge.
    if any(str(key).startswith("itunes_") for key in feed):
        topics = names_settled(topics, entry.categories)
        # A show's keyword plugin files a guest's name whole and word by word; a blog's
        # "heroes" beside "heroes downloads" is seo_tags' to judge with the rest of its list.
        topics = without_name_words(topics, entry.title, entry.content_html)
        topics = names_rejoined(topics, entry.title, entry.content_html)
    return without_headline_kind(topics, entry.title)


def without_headline_kind(topics: tuple[str, ...], headline: str) -> tuple[str, ...]:
    """The topics less a kind of post ("Brève", "Slides") that the headline opens with."""
    # After the feed-wide passes: a kind counts towards its share of the feed's items
    # (categories._filing_kinds) whatever its headline says.
    # "Brèves du samedi" filed "Brève": the headline says what kind of post it is, and the tag
    # adds nothing; on a post that does not say it ("Un mot du proprio") the kind sets it apart.
    if not (opening := _FIRST_WORDS.match(folded(headline).lstrip(" [(«\"'"))):
        return topics
    words = opening[0].split()
    said = {topic_key(" ".join(words[:n])) for n in range(1, len(words) + 1)}
    kept = tuple(t for t in topics if topic_key(folded(t)) not in said or not _is_kind(t))
    return kept if len(kept) < len(topics) else topics


def _is_kind(term: str) -> bool:
    return is_filing_kind(term) or is_post_kind(term)
