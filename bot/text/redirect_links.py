"""A summary's inline link through a redirect that carries its target in the query: the
target, or no link when a site redirects to its own page (an affiliate's or tracker's way in)."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from bot.parsing.click_paths import TARGET_KEYS
from bot.parsing.links import is_redirect_endpoint, web_url
from bot.parsing.urls import registered_domain

# Query keys in which redirects carry the address they send the reader to (Amazon Associates'
# "gp/redirect.html?location=…", an affiliate kit's "affiliates/index.php?af=…&u=…", YouTube's
# "redirect?q=…").
# "q" and "location" are also ordinary query words, so the article link (click_paths) does not
# read them; an inline link's redirect script is checked as such before its target is used.
_CARRIER_KEYS = TARGET_KEYS | {"q", "location"}


# An affiliate program's way in: a query key naming the affiliate ("af=782013", "aff_id=",
# "affiliate=") or a folder so named ("/affiliates/index.php?…&u=…"): the click is counted,
# and the reader sent on to the address the query carries.
_AFFILIATE_KEY = re.compile(r"aff?(?:_?id)?|affiliate(?:_?id)?|partner(?:_?id)?", re.IGNORECASE)
_AFFILIATE_FOLDER = re.compile(r"/affiliates?/", re.IGNORECASE)
# A path segment that is another site's host name ("ebuzzing.com/rd/4122_…/www.easyvisio.com/
# fr/home.html"): a sponsor's tracker carries the address it counts clicks to in its path. One
# after a carried scheme or a timestamp ("web.archive.org/web/20000815092611/www.…") is an
# archive's page.
_HOST_SEGMENT = re.compile(r"(?<![:/])/(www\d?\.[a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:/|$)", re.IGNORECASE)


def _is_affiliate(url: str) -> bool:
    parts = urlsplit(url)
    if _AFFILIATE_FOLDER.search(parts.path):
        return True
    return any(_AFFILIATE_KEY.fullmatch(k) for k, _ in parse_qsl(parts.query))


def _path_host(url: str) -> tuple[str, bool] | None:
    """Another site's host name `url`'s path carries, and whether it is the whole path."""
    parts = urlsplit(url)
    found = _HOST_SEGMENT.search(parts.path)
    if found is None or registered_domain(found.group(1)) == _site(url):
        return None
    if parts.path[: found.start()].rpartition("/")[2].isdigit():
        return None  # an archive's snapshot of the host's page, under its timestamp
    return found.group(1), parts.path.rstrip("/") == "/" + found.group(1) and not parts.query


def _through_path(url: str) -> str | None:
    """`url`, unless its path carries another site's host: the host's front page for a path
    that is only the host (an author's "www.other.com" read as relative), else no link."""
    carried = _path_host(url)
    if carried is None:
        return url
    host, whole = carried
    return f"http://{host}/" if whole else None


def _carried(url: str) -> str | None:
    for key, value in parse_qsl(urlsplit(url).query):
        if key.lower() in _CARRIER_KEYS and value.startswith(("http://", "https://")):
            return web_url(value)
    return None


def _site(url: str) -> str:
    return registered_domain(url) or (urlsplit(url).hostname or "").removeprefix("www.")


def through_redirect(url: str, article_url: str | None = None) -> str | None:
    """`url`; for a redirect script (or any page of the article's own site) carrying another
    site's address, that address; None for a query carrying its own site's (an affiliate's)."""
    if "http" not in urlsplit(url).query or (target := _carried(url)) is None:
        return _through_path(url)
    # A site sending the reader to its own page through a script only counts the click or
    # credits an affiliate ("amazon.com/gp/redirect.html?location=amazon.com/…&tag=…"): the
    # words were linked to sell, not to cite.
    if _site(target) == _site(url):
        return None
    # The article's own site linking through one of its pages to another site wraps the link
    # in its redirect ("staragora.com/navigation/161316?url=http%3A%2F%2Fimg.thesun.co.uk…");
    # another site's page carrying an address is a share or submit form, left as it is.
    own_wrapper = article_url is not None and _site(article_url) == _site(url)
    return target if own_wrapper or is_redirect_endpoint(url) or _is_affiliate(url) else url
