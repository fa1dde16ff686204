"""A feed host's counting mirror of its own site: "rss.site.com/www.site.com/page?r=/rss/x.xml"
names the page the reader is sent to, "www.site.com/page"."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from bot.parsing.url_hosts import host_of
from bot.parsing.urls import registered_domain

# The page's own host as the path's first segment ("/www.01net.com/telecharger/…").
_HOST_SEGMENT = re.compile(r"/((?:www\d?\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+)(/.*)?$", re.I)
# A query value that names the feed the click came from ("r=/rss/top.xml"): counting only.
_FEED_VALUE = re.compile(r"(?:^/?rss/|\.(?:xml|rss|rdf)$)", re.I)


def mirrored_target(url: str) -> str:
    """The site's own page a feed host's mirror address stands for; `url` unchanged if none."""
    parts = urlsplit(url)
    host = host_of(parts) or ""
    found = _HOST_SEGMENT.match(parts.path)
    site = str(found[1]) if found else ""
    # Only a mirror on the same site ("rss.01net.com" → "www.01net.com"): another site's
    # address in a path is an archive's or a proxy's, whose own page it is. One site is one
    # registered domain by the public suffix list: "acindia.github.io" and "tunecode.github.io"
    # are two users' sites (a project site's path "/TuneCode.github.io/…" is no mirror).
    if not found or site.lower() == host or registered_domain(site) != registered_domain(host):
        return url
    query = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in query if not _FEED_VALUE.search(v)]
    path = str(found[2] or "/")
    return urlunsplit((parts.scheme, site, path, urlencode(kept), parts.fragment))
