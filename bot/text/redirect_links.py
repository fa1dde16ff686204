"""A summary's inline link through a redirect that carries its target in the query: the
target, or no link when a site redirects to its own page (an affiliate's or tracker's way in)."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

from bot.parsing.links import is_redirect_endpoint, web_url
from bot.parsing.urls import registered_domain

# Query keys in which redirects carry the address they send the reader to (Amazon Associates'
# "gp/redirect.html?location=…", an affiliate kit's "affiliates/index.php?af=…&u=…", YouTube's
# "redirect?q=…").
_CARRIER_KEYS = frozenset(
    {"url", "u", "q", "target", "dest", "destination", "redirect", "to", "link", "location"}
)


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
        return url
    # A site sending the reader to its own page through a script only counts the click or
    # credits an affiliate ("amazon.com/gp/redirect.html?location=amazon.com/…&tag=…"): the
    # words were linked to sell, not to cite.
    if _site(target) == _site(url):
        return None
    # The article's own site linking through one of its pages to another site wraps the link
    # in its redirect ("staragora.com/navigation/161316?url=http%3A%2F%2Fimg.thesun.co.uk…");
    # another site's page carrying an address is a share or submit form, left as it is.
    own_wrapper = article_url is not None and _site(article_url) == _site(url)
    return target if own_wrapper or is_redirect_endpoint(url) else url
