"""An entry's own tags made whole before the feed-wide passes: a name's words joined or left
out, a kind of post the headline already announces dropped."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from bot.parsing.name_pieces import names_joined
from bot.parsing.post_kinds import is_filing_kind, is_post_kind
from bot.parsing.split_keywords import without_split_names
from bot.parsing.tag_evidence import folded
from bot.parsing.topic_words import topic_key

_FIRST_WORDS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?")


def entry_topics(
    topics: tuple[str, ...], tags: Iterable[Mapping[str, Any]] | None, headline: str, text_html: str
) -> tuple[str, ...]:
    """The topics less a name's words filed whole too (split_keywords), with a name's
    lowercase words joined (name_pieces), less the kind of post the headline opens with."""
    topics = names_joined(without_split_names(topics, tags, headline), headline, text_html)
    return without_headline_kind(topics, headline)


def without_headline_kind(topics: tuple[str, ...], headline: str) -> tuple[str, ...]:
    """The topics less a kind of post ("Brève", "Shorts") that the headline opens with."""
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
