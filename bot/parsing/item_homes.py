"""A channel link that is one of its items' pages (a shop's feed linking today's deal,
"index.html?sku=SOG0009", as its items link "index.html?sku=TKO0035" and "…?sku=SOG0009"): a
credit links to the site, never an item, so such a link gives way to the host's front page.
A journal's "resolve/doi?DOI=<journal>" beside its articles' DOIs is the journal's page: kept.
An item's page read as the channel's link (an <item> feedparser did not read, Acast's
<podaccess:item>, or one after a broken </feed>) gives way to the link the channel wrote first.
A hosting service's shared root (a public suffix: "s3.amazonaws.com/bucket/rss.xml") is no
publisher's site: the host its items are on is."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import SplitResult, parse_qsl, urlsplit

from tld import is_tld

# Items of the feed that must share the channel link's page for its query to be read as the
# key choosing an item, and the values that key must take among them.
_MIN_ITEMS = 2


def _page(parts: SplitResult) -> tuple[str, str]:
    return (parts.netloc.lower().removeprefix("www."), parts.path or "/")


def site_not_an_item(site: str | None, item_links: Iterable[str | None]) -> str | None:
    """`site`, or its host's front page when its query picks one item of the feed: a key its
    items on the same page give different values, its value one item's."""
    parts = urlsplit(site or "")
    if not site or not parts.query or parts.scheme not in ("http", "https"):
        return site
    page = _page(parts)
    own = dict(parse_qsl(parts.query, keep_blank_values=True))
    values: defaultdict[str, set[str]] = defaultdict(set)
    for link in item_links:
        if not link or "?" not in link:
            continue
        item = urlsplit(link)
        if _page(item) != page:
            continue
        for key, value in parse_qsl(item.query, keep_blank_values=True):
            if key in own:
                values[key].add(value)
    if any(len(found) >= _MIN_ITEMS and own[key] in found for key, found in values.items()):
        return f"{parts.scheme}://{parts.netloc}/"
    return site


def site_not_a_hosting_root(site: str | None, item_links: Iterable[str | None]) -> str | None:
    """`site`, or when its host is a hosting service's shared root (on the public suffix
    list: object stores, CDNs, blog and page hosts) the front page most of its items are on."""
    parts = urlsplit(site or "")
    if not site or not parts.hostname or not is_tld(parts.hostname):
        return site
    homes = Counter(
        f"{item.scheme}://{item.netloc}/"
        for link in item_links
        if link and (item := urlsplit(link)).scheme in ("http", "https") and item.hostname
    )
    if not homes:
        return site
    home, count = homes.most_common(1)[0]
    # Items on the same shared root (a bucket by path) or on many sites name no better one.
    shared = urlsplit(home).hostname == parts.hostname
    return home if count * 2 > sum(homes.values()) and not shared else site


# A folder's own index page is the listing of its items, no item: "news/index.html".
_INDEX = re.compile(r"(?i)^(?:index|default|home|main|start)(?:\.\w{1,5})?$")


def _segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s]


def is_items_page(url: str, item_links: Sequence[str]) -> bool:
    """Whether `url` is one of the items' own pages (a comment's "post#comment-3" is part of
    one), or a page beside at least two of them in their folder, one folder deep at least."""
    parts = urlsplit(url)
    own, host = _segments(parts.path), _page(parts)[0]
    if not own or _INDEX.match(own[-1]):
        return False
    items = [i for i in map(urlsplit, item_links) if _page(i)[0] == host]
    if any(_segments(i.path) == own and not (i.query or i.fragment) for i in items):
        return True
    beside = [s for i in items if len(s := _segments(i.path)) == len(own) and s[:-1] == own[:-1]]
    return len(own) >= 2 and len([s for s in beside if s != own]) >= _MIN_ITEMS


def channel_link(feed: Mapping[str, Any], item_links: Sequence[str | None]) -> str:
    """The channel's link as feedparser read it (its last), or the first one the channel
    wrote when that is an item's page."""
    site = str(feed.get("link") or "")
    alternates = [k for k in feed.get("links") or [] if k.get("rel") == "alternate"]
    written = [str(k.get("href") or "") for k in alternates]
    first = next((k for k in written if k), site)
    items = [link for link in item_links if link]
    return first if site and first != site and is_items_page(site, items) else site
