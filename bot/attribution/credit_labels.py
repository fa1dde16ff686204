"""Credit names that are no publisher's name: a social platform's host for one account's post
("x.com" for x.com/thsottiaux/status/…), and an aggregator's feed title with a feed-variant
label ("Blog Harvester (all)") or a search-results title ("[Technorati] Tag results for …")."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Platforms whose first path segment is the posting account ("x.com/jack/status/20").
_ACCOUNT_HOSTS = frozenset(
    "x.com twitter.com mobile.twitter.com mobile.x.com instagram.com threads.net "
    "threads.com tiktok.com flickr.com".split()
)
# First path segments that are the platform's own pages, not an account.
_NOT_ACCOUNTS = frozenset(
    "i home search hashtag intent share explore status statuses p reel reels tv stories "
    "about help settings login signup privacy tos legal messages notifications tag tags "
    "accounts direct web sharer discover music video embed oembed widgets".split()
)
_HANDLE = re.compile(r"@?([A-Za-z0-9_.]{1,30})")
# A feed title's variant label: which of the site's feeds this is, not part of its name.
_VARIANT = re.compile(
    r"\s*[(\[](?:all|full|full text|full feeds?|summary|summaries|excerpts?|everything|rss"
    r"|atom|latest|complete|all posts|all items|all entries|all articles)[)\]]\s*$",
    re.I,
)
# A search or tag feed's title: the platform's results for a query, no site's name.
_RESULTS = re.compile(
    r"^\s*(?:\[(?P<brand>[^\[\]]{2,40})\]\s*)?(?:(?:tag|search|keyword)\s+)?results?\s+for\b",
    re.I,
)


def account_name(url: str | None) -> str | None:
    """The posting account ("@jack") of a URL on a social platform whose path starts with the
    account, else None."""
    if not url or "://" not in url:
        return None
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    if host not in _ACCOUNT_HOSTS:
        return None
    segments = parts.path.strip("/").split("/")
    if host == "flickr.com":
        # "flickr.com/photos/marvinnet/123": the photostream; a numeric id ("1234@N00") is none.
        user = segments[1] if len(segments) > 1 and segments[0] == "photos" else ""
        user = "" if user.lower() in _NOT_ACCOUNTS else user
        return f"{user} on Flickr" if re.fullmatch(r"[A-Za-z][\w.-]{1,40}", user) else None
    m = _HANDLE.fullmatch(segments[0])
    if not m or m.group(1).lower() in _NOT_ACCOUNTS:
        return None
    return "@" + m.group(1)


# News engines, which gather every outlet's items by machine: a platform, no curator a "via"
# credits (the item's outlet is its credit; "lemonde.fr via Google" was rejected).
_NEWS_ENGINES = frozenset(
    "google|google news|yahoo|yahoo news|yahoo! news|bing|bing news|msn|msn news|apple news".split(
        "|"
    )
)


def via_label(name: str) -> str | None:
    """An aggregator's feed title as a post's "via": without a feed-variant label, the
    platform for a search-results feed ("[Technorati] Tag results for x"); none for an engine."""
    if name.strip().casefold() in _NEWS_ENGINES:
        return None
    results = _RESULTS.match(name)
    if results:
        brand = results.group("brand")
        return brand.strip() if brand else None
    return _VARIANT.sub("", name).strip() or None
