"""Items of one page told apart by their anchors ("…/2006_05.html#001956": a blog's month
archive, a wiki's changelog, a newsletter's issue list): the anchor is kept in the item's
article link and key, where the feed itself shows it tells its items apart."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

from bot.parsing.links import original_link, web_url

# A fragment written as parameters ("#xtor=RSS-1", "#utm_source=feed") is tracking, not a
# place on the page.
_FRAGMENT_SAFE = "/?:@!$&'()*+,;-._~%"
# A numbered comment's anchor ("#c9432418", "#comment-1234"): the item is that comment, not
# the article it sits under, even when the feed has no other comment on the page.
_COMMENT_ANCHOR = re.compile(r"(?:c|comment|comments|cmt|reply)[-_]?\d{2,}", re.I)


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


def entries_anchored_pages(raw_entries: Iterable[Mapping[str, Any]], base: str) -> frozenset[str]:
    """anchored_pages of a feed's items, read from the link each is posted with: a feed
    service's kept original ("…/news/2008-12-11/#17562", FeedBurner's origLink), else <link>."""
    return anchored_pages(
        (original_link(raw, base) or raw.get("link") for raw in raw_entries), base
    )


def is_comment_anchor(fragment: str) -> bool:
    """Whether an address's fragment is a numbered comment's anchor ("c9432418", "comment-12")."""
    return _COMMENT_ANCHOR.fullmatch(fragment) is not None


def anchored(link: str, canonical: str | None, pages: frozenset[str]) -> str | None:
    """`canonical` with `link`'s anchor, when its page is one of `pages` or the anchor is a
    numbered comment's."""
    if not canonical or "#" not in link:
        return canonical
    page, _, fragment = link.partition("#")
    if not fragment.strip() or "=" in fragment:
        return canonical
    if page not in pages and not is_comment_anchor(fragment):
        return canonical
    return f"{canonical}#{quote(fragment, safe=_FRAGMENT_SAFE)}"
