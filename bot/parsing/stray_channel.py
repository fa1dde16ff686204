"""A channel's title and link that feedparser loses when the document misplaces its channel:
no `<channel>` at all (`<rss>` holding Atom-style elements), a misnamed one (`<channelFetcher>`),
or RSS elements under an undeclared prefix (`<rss:channel><rss:title>`). feedparser reads
channel elements only inside an element it knows as the channel; the items it still finds."""

from __future__ import annotations

import html
import re
from collections.abc import MutableMapping
from typing import Any

# The channel's own elements come before its first item (every format orders them so).
_FIRST_ITEM = re.compile(rb"<(?:\w+:)?(?:item|entry)\b")
# Elements of the head that have a title of their own: the logo, the search box, a source,
# an author; their titles name no channel.
_NESTED = re.compile(
    rb"<((?:\w+:)?(?:image|textinput|textInput|source|author|cloud))\b[^>]*(?<!/)>.*?</\1\s*>",
    re.S,
)
_TITLE = re.compile(
    rb"<(?:\w+:)?title\b[^>]*(?<!/)>\s*(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?\s*</(?:\w+:)?title\s*>",
    re.S,
)
# RSS's `<link>address</link>` or Atom's `<link href="…">` (not rel="self" nor another rel).
_TEXT_LINK = re.compile(rb"<(?:\w+:)?link\s*>\s*(?:<!\[CDATA\[)?\s*(https?://[^<\s]+)", re.I)
_HREF_LINK = re.compile(rb"<(?:\w+:)?link\b([^>]*)>")
_HREF = re.compile(rb"""\bhref\s*=\s*["'](https?://[^"']+)["']""", re.I)
_REL = re.compile(rb"""\brel\s*=\s*["']([^"']*)["']""", re.I)
_MAX_TITLE = 200


def with_stray_channel(feed: MutableMapping[str, Any], body: bytes, encoding: str) -> None:
    """Fill a parsed channel with no title (and no link) from the document's head, as written
    in `encoding` (the one feedparser read the document in)."""
    if feed.get("title"):
        return
    head = _head(body)
    title = _TITLE.search(head)
    text = _decoded(title.group(1), encoding) if title else ""
    if not text or "<" in text:
        return
    feed["title"] = text[:_MAX_TITLE]
    feed["title_detail"] = {"type": "text/plain", "value": feed["title"]}
    if not feed.get("link") and (link := _link(head)):
        feed["link"] = _decoded(link, encoding)


def _head(body: bytes) -> bytes:
    item = _FIRST_ITEM.search(body)
    return _NESTED.sub(b"", body[: item.start() if item else len(body)])


def _link(head: bytes) -> bytes | None:
    if found := _TEXT_LINK.search(head):
        return found.group(1)
    for attributes in _HREF_LINK.findall(head):
        rel = _REL.search(attributes)
        href = _HREF.search(attributes)
        if href and (rel is None or rel.group(1).strip().lower() == "alternate"):
            return href.group(1)
    return None


def _decoded(raw: bytes, encoding: str) -> str:
    try:
        text = raw.decode(encoding or "utf-8")
    except (UnicodeDecodeError, LookupError):
        return ""  # left unread rather than shown garbled
    return " ".join(html.unescape(text).split())
