"""URL canonicalisation: one article reached through different links gets one key."""

from __future__ import annotations

from urllib.parse import urlsplit

import courlan
from w3lib.url import canonicalize_url


def canonical_url(url: str) -> str | None:
    """The article URL with tracking parameters, fragment and case noise removed."""
    # courlan strips the tracking parameters (utm_*, fbclid, gclid, ...) and lower-cases the
    # host; w3lib sorts the query and normalises percent-escapes. None for a non-http(s) URL.
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. "http://[not-an-address/": not a usable link
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    try:
        cleaned = courlan.normalize_url(url)
    except (ValueError, TypeError):
        cleaned = url
    return str(canonicalize_url(cleaned, keep_fragments=False))


def url_key(canonical: str) -> str:
    """The story-matching key of a canonical URL: scheme and a leading `www.` do not count."""
    # Sites serve one article over http and https, with and without www; those are one story.
    parts = urlsplit(canonical)
    host = parts.netloc.lower()
    if host.startswith("www."):
        host = host[4:]
    if host.endswith(":80") or host.endswith(":443"):
        host = host.rsplit(":", 1)[0]
    path = parts.path or "/"
    return host + path + (f"?{parts.query}" if parts.query else "")
