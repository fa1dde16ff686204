"""A post filed under its own author's name ("chamara" on Chamara's post, "Mark Davis" on Mark
Davis's): the byline again, not what the post is about."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.attribution.names import looks_like_person
from bot.parsing.models import FeedEntry

_WORDS = re.compile(r"[^\W_]+")
# "Silfir (noreply@blogger.com)": the address beside an author's name.
_ADDRESS = re.compile(r"\s*\([^()]*@[^()]*\)|\S+@\S+")
# A given name alone as the byline ("Chamara", "Uccio"); a lower-case byline is often the
# site's section or a word ("coupons" on a coupon blog's every post), left.
_GIVEN_NAME = re.compile(r"[A-Z][a-z]{2,}")


def _spelled(text: str) -> str:
    return " ".join(_WORDS.findall(text.casefold()))


def _byline(author: str | None) -> str | None:
    name = _ADDRESS.sub("", author or "").strip()
    return _spelled(name) if looks_like_person(name) or _GIVEN_NAME.fullmatch(name) else None


def without_author_tags(entries: list[FeedEntry]) -> list[FeedEntry]:
    """The entries without the category that spells their own author's name."""
    result = []
    for entry in entries:
        byline = _byline(entry.author) if entry.categories else None
        kept = tuple(c for c in entry.categories if _spelled(c) != byline) if byline else ()
        changed = byline is not None and len(kept) < len(entry.categories)
        result.append(replace(entry, categories=kept) if changed else entry)
    return result
