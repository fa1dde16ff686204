"""A caching proxy's or mirror's address that wraps the site's own host in its own
("site.nl.nyud.net:8080/b/?p=29"): the page is the site's ("site.nl/b/?p=29")."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from bot.parsing.url_hosts import host_of


def _host(url: object) -> str:
    if not isinstance(url, str) or not url.lower().startswith(("http://", "https://")):
        return ""
    try:
        return (host_of(urlsplit(url.strip())) or "").rstrip(".")
    except ValueError:  # a malformed port or IPv6 literal
        return ""


def unproxied(link: str, *known: object) -> str:
    """`link` on the host of a `known` address of the entry's (its guid, the feed's site) where
    `link`'s host is that host with a proxy's domain after it; else `link` unchanged."""
    # Coral CDN served "<host>.nyud.net:8080"; web proxies and translators do the same with
    # other domains. Two labels after the site's host at least: "site.com" and "site.com.au"
    # are two sites, "site.com.nyud.net" one site behind a proxy.
    host = _host(link)
    if host.count(".") < 3:
        return link
    for address in known:
        own = _host(address)
        if own and own.count(".") >= 1 and host.lower().startswith(own.lower() + "."):
            if host[len(own) + 1 :].count(".") < 1:
                continue
            parts = urlsplit(link)
            return urlunsplit(parts._replace(netloc=own))
    return link
