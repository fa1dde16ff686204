"""A channel link that is one of its items' pages (a shop's feed linking today's deal,
"index.html?sku=SOG0009", as its items link "index.html?sku=TKO0035" and "…?sku=SOG0009"): a
credit links to the site, never an item, so such a link gives way to the host's front page.
A journal's "resolve/doi?DOI=<journal>" beside its articles' DOIs is the journal's page: kept."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from urllib.parse import SplitResult, parse_qsl, urlsplit

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
