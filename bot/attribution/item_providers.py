"""The provider every item of a feed names with a link to the site's front page ("Feed
provided by <a href="http://www.myconcertdates.com">www.myconcertdates.com</a>" under each
date of a per-artist "coldplay Tour" feed): a per-query feed's title names the query, and the
line its items repeat names whose the feed is."""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

from bot.attribution.domains import registered_domain
from bot.attribution.title_domain_names import names_domain
from bot.parsing.models import FeedEntry

# An anchor and its plain text: a name, not a sentence.
_ANCHOR = re.compile(r"<a\s[^>]*?href\s*=\s*[\"']([^\"']{8,300})[\"'][^>]*>([^<]{2,60})</a>", re.I)
# Items read, how many must carry the same line, and which share of those read.
_MAX_ITEMS = 30
_MIN_ITEMS = 3
_SHARE = 0.8


def _front_page(url: str, domain: tuple[str, str]) -> bool:
    parts = urlsplit(html.unescape(url))
    return parts.path in ("", "/") and not parts.query and registered_domain(url) == domain[0]


def items_provider(
    entries: Sequence[FeedEntry], domain: tuple[str, str], channel_link: str | None
) -> str | None:
    """The name spelling the domain that nearly every item of a per-query feed (its channel's
    page has a query) links the domain's front page with, less "www."; else None."""
    # A blog's own title is its name, whatever footer names its company ("The Heart of
    # Innovation" by Idea Champions): only a query's page ("event.php?name=coldplay") is no name.
    if not urlsplit(channel_link or "").query:
        return None
    read = entries[:_MAX_ITEMS]
    counts: Counter[str] = Counter()
    for entry in read:
        names = _anchor_names(entry, lambda url: _front_page(url, domain))
        counts.update(n for n in names if names_domain(n, domain))
    if not counts:
        return None
    name, count = counts.most_common(1)[0]
    if count < _MIN_ITEMS or count < _SHARE * len(read):
        return None
    return name[4:] if name[:4].casefold() == "www." else name


def _same_page(url: str, page: str) -> bool:
    one, other = urlsplit(html.unescape(url)), urlsplit(page)
    host = (one.hostname or "").removeprefix("www.")
    same_host = host == (other.hostname or "").removeprefix("www.")
    return same_host and one.path.rstrip("/") == other.path.rstrip("/") and not one.query


def _anchor_names(entry: FeedEntry, links_to: Callable[[str], bool]) -> set[str]:
    return {
        " ".join(html.unescape(text).split())
        for url, text in _ANCHOR.findall(entry.content_html or "")
        if links_to(url)
    }


def linked_names(entry: FeedEntry, page: str) -> set[str]:
    """The texts an item links `page` with (a stream's owner: "Ana Ovando" on friendfeed.com)."""
    return _anchor_names(entry, lambda url: _same_page(url, page))


def stream_owner(entries: Sequence[FeedEntry], site_url: str | None) -> str | None:
    """The name nearly every item links the channel's page with, when that page is a user's on
    a site (a path, not its front page): whose stream of the platform's items the feed is."""
    if not site_url or urlsplit(site_url).path.strip("/") == "":
        return None
    read = entries[:_MAX_ITEMS]
    counts = Counter(n for e in read for n in linked_names(e, site_url) if any(map(str.isupper, n)))
    if not counts:
        return None
    name, count = counts.most_common(1)[0]
    return name if count >= _MIN_ITEMS and count >= _SHARE * len(read) else None
