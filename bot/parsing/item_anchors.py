"""Items of one page told apart by their anchors ("…/2006_05.html#001956": a blog's month
archive, a wiki's changelog, a newsletter's issue list): the anchor is kept in the item's
article link and key, where the feed itself shows it tells its items apart."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from urllib.parse import quote

from bot.parsing.links import web_url

# A fragment written as parameters ("#xtor=RSS-1", "#utm_source=feed") is tracking, not a
# place on the page.
_FRAGMENT_SAFE = "/?:@!$&'()*+,;-._~%"


def anchored_pages(links: Iterable[object], base: str = "") -> frozenset[str]:
    """The pages (addresses before '#') that two or more of a feed's items link with
    different anchors: on them, an item's anchor is its own place."""
    # Relative links (a file's, a feed service's) are resolved against `base` first, as the
    # items' own links are.
    anchors: defaultdict[str, set[str]] = defaultdict(set)
    for raw in links:
        link = web_url(raw, base) if isinstance(raw, str) and "#" in raw else None
        if link is not None and "#" in link:
            page, _, fragment = link.partition("#")
            if fragment.strip() and "=" not in fragment:
                anchors[page].add(fragment)
    return frozenset(page for page, found in anchors.items() if len(found) >= 2)


def anchored(link: str, canonical: str | None, pages: frozenset[str]) -> str | None:
    """`canonical` with `link`'s anchor, when its page is one of `pages`."""
    if not canonical or not pages or "#" not in link:
        return canonical
    page, _, fragment = link.partition("#")
    if page not in pages or not fragment.strip() or "=" in fragment:
        return canonical
    return f"{canonical}#{quote(fragment, safe=_FRAGMENT_SAFE)}"
