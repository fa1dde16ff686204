"""Finding the feeds a web page announces with <link rel="alternate" type="...">."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin

FEED_TYPES = {
    "application/rss+xml": "RSS",
    "application/atom+xml": "Atom",
    "application/feed+json": "JSON Feed",
    "application/json": "JSON Feed",
    "application/rdf+xml": "RSS",
}
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])", re.I | re.S
)


@dataclass(frozen=True)
class FeedLink:
    """A feed a page links to."""

    url: str
    kind: str  # "RSS", "Atom" or "JSON Feed"
    title: str | None


def looks_like_html(body: bytes, content_type: str | None = None) -> bool:
    """True for an HTML page (by its start, or its Content-Type when the start is unclear)."""
    head = body[:2048].lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(head):
        return True
    return bool(content_type and content_type.split(";")[0].strip().lower() == "text/html") and (
        b"<html" in head.lower() or b"<head" in head.lower()
    )


class _LinkCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.base: str | None = None
        self.links: list[tuple[str, str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "base" and self.base is None and values.get("href"):
            self.base = values["href"].strip()
        if tag != "link":
            return
        rels = values.get("rel", "").lower().split()
        kind = FEED_TYPES.get(values.get("type", "").split(";")[0].strip().lower())
        href = values.get("href", "").strip()
        if "alternate" in rels and kind and href:
            self.links.append((href, kind, values.get("title") or None))


def discover_feeds(page: bytes, page_url: str) -> list[FeedLink]:
    """The feeds a page announces, absolute, in page order, without repeats."""
    collector = _LinkCollector()
    # Only the head matters and pages can be large: 512 KiB is plenty.
    collector.feed(page[: 512 * 1024].decode("utf-8", "replace"))
    collector.close()
    base = urljoin(page_url, collector.base) if collector.base else page_url
    found: list[FeedLink] = []
    seen: set[str] = set()
    for href, kind, title in collector.links:
        url = urljoin(base, href)
        if url not in seen:
            seen.add(url)
            found.append(FeedLink(url, kind, title))
    return found
