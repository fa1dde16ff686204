"""A feed served from a feed service (FeedBurner, FeedBlitz, a site's own feeds.* host) is no
page of the articles' site: its relative links belong to the site the channel links."""

from __future__ import annotations

import functools
from urllib.parse import urlsplit

# Services that serve publishers' feeds from their own hosts; the articles are elsewhere.
_FEED_SERVICES = (
    "feedburner.com",
    "feedproxy.google.com",
    "feedblitz.com",
    "feedpress.me",
    "feedpress.it",
    "feedsportal.com",
    "pheedo.com",
    "feedcat.net",
)
# A host's first label that says it serves feeds ("feeds.feedburner.com", "feeds.bbci.co.uk",
# "rss.cnn.com"): on a host of three labels or more, a feed server, not the site's pages.
_FEED_HOST_LABELS = frozenset({"feeds", "feeds2", "feed", "rss", "atom", "feedproxy"})


@functools.lru_cache(maxsize=1024)
def is_feed_host(url: str) -> bool:
    """True for an address on a feed service or a host that only serves feeds."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    if any(host == s or host.endswith("." + s) for s in _FEED_SERVICES):
        return True
    labels = host.split(".")
    return len(labels) >= 3 and labels[0] in _FEED_HOST_LABELS


def article_base(base: str, site: str | None) -> str:
    """The address relative links are resolved against: `base` (where the feed came from or
    says it is), or the channel's `site` where `base` is a feed service's and `site` is not."""
    # elliotjaystocks.com's feed through FeedBurner links "/blog/…": resolved against the
    # feed's address it gave "feeds.feedburner.com/blog/…", a page that does not exist.
    if not site or not is_feed_host(base) or is_feed_host(site):
        return base
    if urlsplit(site).hostname == urlsplit(base).hostname:
        return base
    return site
