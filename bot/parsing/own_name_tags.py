"""Categories that name the feed itself: its address ("OSHELPDESK.org") on any item, and a
long part of its title on half its items ("Venture Capital and Technology")."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from bot.parsing.models import FeedEntry

_WORDS = re.compile(r"[^\W_]+")
# Where a feed title joins its name to a tagline or a section (as feed_tags splits it).
_SEPARATOR = re.compile(r"\s+[-–—|:·»]\s+|:\s+")
# A section's name is a word or two ("World", "UK news", "Ruby" of "SitePoint » Ruby"): a topic
# of every item of a section feed. Three words or more are the site's name or tagline ("A VC :
# Venture Capital and Technology", "Photographer Ferenc Ecseki | Fashion Model …", "Stuff You
# Should Know: The Podcast"), filed on every post.
_NAME_WORDS = 3
_NAME_SHARE = 0.5


def _spelled(text: str) -> str:
    return " ".join(_WORDS.findall(text.casefold()))


def _address_names(site_url: str | None) -> set[str]:
    # The host with its suffix, as a site tags its own posts ("OSHELPDESK.org",
    # "lesechos.fr"): an address names no topic, whatever share of items carries it.
    host = (urlsplit(site_url or "").hostname or "").removeprefix("www.")
    return {_spelled(host)} if "." in host else set()


def own_name_labels(entries: list[FeedEntry], feed_title: str, site_url: str | None) -> set[str]:
    """The categories (folded) that spell the site's address, or a part of three words or
    more of its title that half the feed's items carry."""
    names = _address_names(site_url)
    parts = {_spelled(p) for p in _SEPARATOR.split(feed_title)} if feed_title else set()
    long_parts = {p for p in parts if len(p.split()) >= _NAME_WORDS} if len(parts) > 1 else set()
    if not names and not long_parts:
        return set()
    counts = Counter(c.casefold() for e in entries for c in set(e.categories))
    return {
        c
        for c, n in counts.items()
        if (spelled := _spelled(c)) in names
        or (spelled in long_parts and n >= _NAME_SHARE * len(entries))
    }
