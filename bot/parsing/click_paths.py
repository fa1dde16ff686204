"""Click counters in a site's own path: the page an address like "cnn.com/rssclick/2006/…" or
"host/redirect/https://…" sends the reader to, without the counter in front of it."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urlsplit, urlunsplit

from bot.parsing.url_hosts import host_of

# A first path segment that only counts a click and passes the reader on: "rssclick",
# "click", "clickthrough", "feed-redirect", "redir" (a feed's or newsletter's counter). Plain
# "track", "go" or "out" are left: they name real sections ("/track/" of a music site).
_COUNTER = re.compile(
    r"(?:rss|feeds?|e?mail|newsletter|nl)?[-_]?(?:click(?:s|through)?|redirect|redir)",
    re.IGNORECASE,
)
# A segment that is only a counter's own (an address carried whole: "/out/https://…").
_CARRIER = re.compile(r"(?:go|out|r|url|link|goto|jump)", re.IGNORECASE)
# The counter's path leads to a page file, which takes no query: the query is the counter's
# own ("index.htm?section=cnn_topstories" says which feed the click came from).
_STATIC_PAGE = re.compile(r"\.s?html?$", re.IGNORECASE)


def click_path_target(url: str) -> str | None:
    """The address a click counter's path carries ("host/rssclick/2006/a.html?section=x" ->
    "host/2006/a.html"; "host/redirect/https://b/c" -> "https://b/c"), or None for no counter."""
    if "/" not in url[8:]:
        return None
    parts = urlsplit(url)
    first, _, rest = parts.path.lstrip("/").partition("/")
    counter = _COUNTER.fullmatch(first) is not None
    if not counter and _CARRIER.fullmatch(first) is None:
        return None
    carried = unquote(rest) if rest.lower().startswith(("http%3a", "https%3a")) else rest
    if carried.lower().startswith(("http://", "https://", "http:/", "https:/")):
        # A browser-collapsed "https:/host" gets its second slash back.
        target = re.sub(r"^(https?):/+", r"\1://", carried, flags=re.IGNORECASE)
        query = f"?{parts.query}" if parts.query else ""
        return target + query if urlsplit(target).hostname else None
    if not counter:
        return None
    if rest and "/" not in rest.strip("/"):
        # One segment is the counter's own script ("c.moreover.com/click/here.pl?r123"), not
        # a page's path ("rssclick/2006/US/01/23/ford.fires/index.html").
        return None
    # The rest of the path is the page on the same site; none at all is the site's front page.
    query = "" if not rest or _STATIC_PAGE.search(rest) else parts.query
    return urlunsplit(parts._replace(path="/" + rest, query=query, fragment=""))


# A host written as a path segment after a counter ("redir.internet.com/rss/click/
# www.internetnews.com/bus-news/article.php/3772911"): a dotted name ending in letters.
_HOST_SEGMENT = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}", re.IGNORECASE)
# Query keys in which a counter carries the address it sends the reader to (shared with
# text/redirect_links, which adds the keys only a redirect script uses).
TARGET_KEYS = frozenset({"url", "u", "target", "dest", "destination", "redirect", "to", "link"})


def carried_address(url: str) -> str | None:
    """The address of another site a counter carries after its counter segment (a host and
    path) or, under a carrier segment ("dotnetkicks.com/r/692445?url=…"), in its query."""
    parts = urlsplit(url)
    own = (host_of(parts) or "").lower().removeprefix("www.")
    segments = parts.path.lstrip("/").split("/")
    for at, segment in enumerate(segments[:3]):
        if _COUNTER.fullmatch(segment) and at + 2 < len(segments):
            host = segments[at + 1].lower()
            if _HOST_SEGMENT.fullmatch(host) and not _same_site(host, own):
                rest = "/".join(segments[at + 2 :])
                query = f"?{parts.query}" if parts.query else ""
                return f"{parts.scheme}://{host}/{rest}{query}"
    if not segments or (
        _CARRIER.fullmatch(segments[0]) is None and not _COUNTER.fullmatch(segments[0])
    ):
        return None
    for key, value in parse_qsl(parts.query):
        target = urlsplit(value.strip())
        if key.lower() in TARGET_KEYS and target.scheme.lower() in ("http", "https"):
            if target.hostname and not _same_site(target.hostname.lower(), own):
                return value.strip()
    return None


def _same_site(host: str, own: str) -> bool:
    host = host.removeprefix("www.")
    return host == own or host.endswith("." + own) or own.endswith("." + host)
