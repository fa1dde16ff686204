"""A publication named as an entry's author on a site that reposts pieces: <author>The
Independent</author>, "Times Online", "Greg Ross, American Scientist" on RichardDawkins.net."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.attribution.hits import Hit
from bot.attribution.outlets import is_syndicator, lookup

# The last word of a publication's name ("The Christian Science Monitor", "VOA News"); not
# words that close people's names too ("Sun", "Star", "Post", "Mail", "Record").
_MASTHEAD = frozenset(
    "news times journal herald tribune guardian gazette monitor chronicle inquirer telegraph "
    "examiner independent economist scientist daily online magazine observer".split()
)
# Words that make a masthead-shaped author the site's staff ("The Week Staff", "News Desk").
_STAFF = frozenset("staff team desk editors editor writers newsroom reporter admin".split())
# News aggregators, which carry what others publish ("Google News" as an aggregated item's author).
_AGGREGATORS = frozenset({"google news", "apple news", "yahoo news", "bing news", "msn news"})
_WORD = re.compile(r"[A-Z][\w.&'’-]*|of|and|the|&")
_PARTS = re.compile(r"\s*[,/|;]\s*")


def _publication(part: str) -> str | None:
    """The part as a publication's name: one the outlets table knows, or capitalised words
    closing on a masthead word ("The Independent", "Times Online", "American Scientist")."""
    words = part.split()
    if not 1 <= len(words) <= 6 or any(w.casefold() in _STAFF for w in words):
        return None
    if " ".join(words).casefold() in _AGGREGATORS:
        return None
    if (known := lookup(part)) is not None:
        # A wire service is author_field_hits' (bylines); a distributor first-publishes nothing.
        return None if known.wire or is_syndicator(known.name) else known.name
    if len(words) < 2 or not all(_WORD.fullmatch(w) for w in words):
        return None
    return part if words[-1].casefold() in _MASTHEAD else None


def author_outlet_hits(author: str | None) -> Iterator[Hit]:
    """The publication an author element names, alone or beside its writer ("The Christian
    Science Monitor, Michael Spencer"); several publications name no one origin."""
    parts = [p.strip() for p in _PARTS.split(author or "") if p.strip()]
    named = [n for n in (_publication(p) for p in parts) if n]
    if len(named) == 1 and len(parts) <= 3:
        yield Hit("author", named[0], None, 0, 0, 0, None, rule="author_outlet")
