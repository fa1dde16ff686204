"""A platform's stream of many people's items on the platform itself (Flickr's "Recent Uploads
tagged skyscraper"): the feed's title names the query and its site the platform, and each item
is its author's, in the author's own space there ("flickr.com/photos/fredrikn/3032017260/" by
"FredrikN (http://www.flickr.com/people/fredrikn/)"). The post credits the author."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from bot.attribution.domains import registered_domain
from bot.parsing.models import FeedEntry

# "d-arch (http://www.flickr.com/people/d-arch/)": an author element with its page.
_AUTHOR_PAGE = re.compile(r"^\s*(?P<name>[^()]{2,60}?)\s*\((?P<url>https?://[^()\s]+)\)\s*$")
# "mattdebord (Matthew DeBord)": a microblog search's author element, its handle then its name.
_HANDLE_NAME = re.compile(r"^\s*(?P<handle>[\w.-]{1,40})\s+\((?P<name>[^()]{2,60})\)\s*$")
_ANCHOR = re.compile(r"<a\s[^>]*?href\s*=\s*[\"']([^\"']{8,300})[\"'][^>]*>([^<]{2,60})</a>", re.I)
# Items read, how many authors they must have, and the share that must be in their authors' space.
_MAX_ITEMS = 30
_MIN_AUTHORS = 3
_SHARE = 0.8


def author_page(entry: FeedEntry, site_url: str | None) -> tuple[str, str] | None:
    """(author, page) when the item is in its author's space on the feed's site: the author's
    page (its author element's, else linked with its name) ends in a folder of the item's link."""
    link, domain = entry.canonical_url or entry.link, registered_domain(site_url)
    if site_url is None:
        return None
    found = _AUTHOR_PAGE.match(entry.author or "")
    name = " ".join((found["name"] if found else entry.author or "").split())
    url = found["url"] if found else ""
    if not link or not domain or not name:
        return None
    if not found and (handled := _HANDLE_NAME.match(name)):
        # A handle the item's address opens with ("twitter.com/mattdebord/statuses/…") is
        # the author's space there; the name in brackets is how the author writes it.
        parts = urlsplit(link)
        url = f"{parts.scheme}://{parts.netloc}/{handled['handle']}"
        name = " ".join(handled["name"].split())
    if registered_domain(url) != domain:
        # The author element names no page of the site: the item's own link with the name.
        linked = (u for u, t in _ANCHOR.findall(entry.content_html or "") if t.strip() == name)
        url = next((html.unescape(u) for u in linked if registered_domain(u) == domain), "")
    handle = [s for s in urlsplit(url).path.split("/") if s][-1:]
    segments = [s for s in urlsplit(link).path.split("/") if s]
    if not handle or handle[0] not in segments[:-1] or url.rstrip("/") == site_url.rstrip("/"):
        return None
    return name, url


def is_authors_stream(entries: Sequence[FeedEntry], site_url: str | None) -> bool:
    """Whether nearly every item is in its author's space on the site, with several authors."""
    read = entries[:_MAX_ITEMS]
    pages = [found for e in read if (found := author_page(e, site_url))]
    authors = {name for name, _ in pages}
    return len(authors) >= _MIN_AUTHORS and len(pages) >= _SHARE * len(read)
