"""A news aggregator's headlines name their outlet after a last dash ("Télé publique : … - Le
Figaro", Google News; Bing and Yahoo News write theirs so too): where nearly every item's title
ends so and each site the items link to is named one way, that name is the item's source (as a
<source> element would be) and leaves its headline."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from urllib.parse import urlsplit

from bot.attribution.carriers import guid_domain
from bot.attribution.domains import registered_domain
from bot.attribution.source_outlets import with_portal_outlets
from bot.parsing.models import FeedEntry
from bot.parsing.url_hosts import host_of

_SUFFIX = re.compile(r"\s[-–—|]\s+(?P<name>(?:(?!\s[-–—|]\s)[^\n]){2,48}?)\s*$")
_SHARE = 0.8
_MIN_ITEMS = 4
# Outlets named: fewer, and every item might carry its own feed's one label ("… - My Blog").
_MIN_NAMES = 2
_MAX_NAME_WORDS = 5
_MIN_HEADLINE_WORDS = 2
# Chinese and Japanese write a headline without spaces ("专家：我国明年不会面临通货紧缩压力 -
# 新华网", Google 资讯): its ideographs count where words would.
_IDEOGRAPH = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_MIN_HEADLINE_IDEOGRAPHS = 4


def _venue(link: str | None, own: str | None) -> str | None:
    """The item's host; none on the aggregator's own site (news.google.fr's AFP copies kept on
    google.com are its own pages: their outlet is no site to link)."""
    host = (host_of(urlsplit(link or "")) or "").removeprefix("www.")
    domain = registered_domain(host)
    if not host or (own and domain and domain.partition(".")[0] == own):
        return None
    return host


def _long_enough(headline: str) -> bool:
    if len(headline.split()) >= _MIN_HEADLINE_WORDS:
        return True
    return len(_IDEOGRAPH.findall(headline)) >= _MIN_HEADLINE_IDEOGRAPHS


def suffix_name(title: str) -> str | None:
    """The name a title closes on after its last dash or bar, when a headline stands before it."""
    m = _SUFFIX.search(title)
    if m is None or not _long_enough(title[: m.start()]):
        return None
    name = m.group("name").strip()
    return name if len(name.split()) <= _MAX_NAME_WORDS and not name.endswith("…") else None


def with_source_suffixes(
    entries: Sequence[FeedEntry], site_url: str | None, feed_title: str = ""
) -> list[FeedEntry]:
    """`entries`, each whose title ends in its site's outlet name with that name as its
    source and without it in its title, when the feed's titles follow the convention."""
    own = (registered_domain(site_url) or "").partition(".")[0]
    # A word of the aggregator's own title ("PHP" closing "… ThinkPHP /dev/blog - PHP" on
    # Planet PHP) is its topic, no outlet's name.
    own_words = set(feed_title.casefold().split())
    named = [(e, suffix_name(e.title), _venue(e.canonical_url or e.link, own)) for e in entries]
    if len(entries) < _MIN_ITEMS or sum(bool(n) for _, n, _ in named) < _SHARE * len(entries):
        return list(entries)
    by_venue: dict[str, set[str]] = {}
    for _, name, venue in named:
        if name and venue:
            by_venue.setdefault(venue, set()).add(name)
    names = {
        venue: name
        for venue, found in by_venue.items()
        if len(found) == 1 and (name := found.pop()).casefold() not in own_words
    }
    if len(set(names.values())) < _MIN_NAMES:
        return list(entries)
    # An item whose guid the aggregator minted is its own post (news.google.com's today): its
    # headline's outlet stays, for the credit to read as the linked site's.
    site = registered_domain(site_url)
    result = []
    for entry, name, venue in named:
        tail = _SUFFIX.search(entry.title)
        carried = site is None or guid_domain(entry.key) != site
        if tail and name and venue and names.get(venue) == name and carried:
            if not entry.source_name:
                entry = replace(entry, title=entry.title[: tail.start()].rstrip(), source_name=name)
        result.append(entry)
    return result


def with_item_sources(
    entries: Sequence[FeedEntry], site_url: str | None, feed_title: str = ""
) -> list[FeedEntry]:
    """`with_source_suffixes`, then a portal's outlet acronyms spelled out (source_outlets)."""
    return with_portal_outlets(with_source_suffixes(entries, site_url, feed_title), site_url)
