"""A link site's titles name the outlet of the story each item points to ("BrightKite iPhone
App Goes Live (Finally) - ReadWriteWeb", "25+ Celebrity Twitter Users | Mashable" on a
vote-based link site): the linked page's own title, kept with its site's name. Where nearly
every item's title ends so, each item a page of the feed's own site, that name is the item's
original publisher and leaves its headline."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from bot.attribution.names import looks_like_person
from bot.parsing.models import FeedEntry
from bot.parsing.source_suffixes import suffix_name, with_item_sources
from bot.parsing.urls import registered_domain

_SHARE = 0.8
_MIN_ITEMS = 6
# The outlets named: a link site names many, a blog's titles close on its own name or on a
# few sections of its own ("… - Review").
_MIN_OUTLETS = 3
# Site names written as web addresses ("NYTimes.com", "louisgray.com") say the suffixes are
# the linked pages' sites, not a podcast's guests or a job board's teams.
_MIN_ADDRESSES = 2
_ADDRESS = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,6}")
_LETTERS = re.compile(r"[^\W\d_]+")


def _compact(text: str) -> str:
    return "".join(_LETTERS.findall(text.casefold()))


def _on_own_site(entries: Sequence[FeedEntry], site: str) -> bool:
    """Whether every item is a page of the feed's own site: a link site's item page (an
    aggregator linking the outlets' pages is source_suffixes's)."""
    return all(registered_domain(e.canonical_url or e.link) == site for e in entries)


def _outlet(name: str, count: int, own: str) -> bool:
    """Whether a title's suffix names an outlet: a web address, or a name the feed's titles
    give more than one story; never the feed's own name nor a person's (a blog's title)."""
    if (own and own in _compact(name)) or looks_like_person(name):
        return False
    address = _ADDRESS.fullmatch(name) is not None
    return address or (count >= 2 and not name.islower() and any(c.isalpha() for c in name))


def with_titled_origins(
    entries: Sequence[FeedEntry], site_url: str | None, feed_title: str = ""
) -> list[FeedEntry]:
    """`entries`, each whose title ends in its story's outlet with that outlet as its
    titled_origin and without it in its title, when the feed's titles follow the convention."""
    site = registered_domain(site_url)
    if site is None or len(entries) < _MIN_ITEMS or not _on_own_site(entries, site):
        return list(entries)
    names = [suffix_name(e.title) for e in entries]
    found = [n for n in names if n]
    if len(found) < _SHARE * len(entries):
        return list(entries)
    counts = Counter(found)
    if sum(_ADDRESS.fullmatch(n) is not None for n in counts) < _MIN_ADDRESSES:
        return list(entries)
    own = _compact(site.partition(".")[0])
    own_title = _compact(feed_title)
    outlets = {
        n for n, k in counts.items() if _outlet(n, k, own) and _compact(n) not in (own_title, "")
    }
    if len(outlets) < _MIN_OUTLETS:
        return list(entries)
    result = []
    for entry, name in zip(entries, names, strict=True):
        if name in outlets and not entry.source_name:
            title = entry.title.rstrip()
            headline = title[: len(title) - len(name)].rstrip().rstrip("-–—|").rstrip()
            entry = replace(entry, title=headline, titled_origin=name)
        result.append(entry)
    return result


def with_item_origins(
    entries: Sequence[FeedEntry], site_url: str | None, feed_title: str = ""
) -> list[FeedEntry]:
    """`with_item_sources` (an aggregator's outlets), then a link site's titled origins."""
    sourced = with_item_sources(entries, site_url, feed_title)
    return with_titled_origins(sourced, site_url, feed_title)
