"""Categories that label the feed rather than the item: the site's own title as a tag, and
the flags a blog sets to syndicate a post to an aggregator ("planet")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from bot.attribution.title_domain_names import names_site_of
from bot.parsing.models import FeedEntry

_WORDS = re.compile(r"[^\W_]+")
# Where a feed title joins its name to a tagline or a section ("Nerdcast – Jovem Nerd").
_SEPARATOR = re.compile(r"\s+[-–—|:·»]\s+|:\s+")


def _spelled(text: str) -> str:
    return " ".join(_WORDS.findall(text.casefold()))


def title_labels(categories: Iterable[str], feed_title: str, site_url: str | None) -> set[str]:
    """The categories (folded) that spell the site's or show's own name: its feed's title
    ("Adaptive Path", "Nerdcast") or a part of it naming the site's address."""
    # A name in a longer title ("MediaWhiz Blog") is left: a company's posts may be about it.
    # A title naming neither the address nor a home page is a section feed's ("F.C.
    # Barcelona" at mundodeportivo.com/futbol/fc-barcelona, "UK news | guardian.co.uk"): its
    # subject, a topic of its posts.
    home = not urlsplit(site_url or "").path.strip("/")
    parts = [p for p in _SEPARATOR.split(feed_title) if names_site_of(p, site_url)]
    if home or names_site_of(feed_title, site_url):
        parts.append(feed_title)
    names = {n for n in map(_spelled, parts) if sum(c.isalpha() for c in n) >= 3}
    return {c.casefold() for c in categories if _spelled(c) in names} if names else set()


# The tags that send a post to an aggregator ("planet", "planet-debian", "planetphp",
# "syndicated"): a reader of the post sees a planet's name, not the post's topic.
# Joined as a slug: "planet earth" is a film's name.
_SYNDICATION = re.compile(r"planet(?:[_-][a-z]+)?|syndicat(?:ed|ion)|aggregated")


def syndication_flags(tags: Iterable[Mapping[str, Any]]) -> set[str]:
    """The entry's lower-case syndication flags (folded), to keep only where the post names
    them ("planet" in a post about a planet)."""
    terms = (t.get("term") for t in tags)
    return {t for t in terms if isinstance(t, str) and _SYNDICATION.fullmatch(t)}


_MARKUP = re.compile(r"<[^<>]*>")
_SUGGESTED = 5


def without_suggested_tags(entries: list[FeedEntry]) -> list[FeedEntry]:
    """The entries less a keyword plugin's suggestions their posts do not name: tags used
    once in the feed, on a post the plugin marked ("zemanta" in its HTML)."""
    # Zemanta tags a post with dictionary titles ("Cartesian coordinate system" and "Client" on
    # a post about Pareto charts, learnsigma); the author's own categories recur on other posts.
    # Only a long list is the plugin's (its suggestions come by the handful): a post filed under
    # one or two categories was filed by hand.
    marked = [
        i
        for i, e in enumerate(entries)
        if len(e.categories) >= _SUGGESTED and "zemanta" in e.content_html
    ]
    if not marked:
        return entries
    counts = Counter(c.casefold() for e in entries for c in set(e.categories))
    entries = list(entries)
    for i in marked:
        entry = entries[i]
        said = f" {_spelled(entry.title + ' ' + _MARKUP.sub(' ', entry.content_html))} "
        kept = tuple(
            c for c in entry.categories if counts[c.casefold()] > 1 or f" {_spelled(c)} " in said
        )
        entries[i] = replace(entry, categories=kept)
    return entries
