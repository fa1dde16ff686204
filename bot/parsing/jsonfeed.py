"""JSON Feed 1.0 and 1.1 (jsonfeed.org), which feedparser 6 does not read, as a ParsedFeed."""

from __future__ import annotations

import calendar
import html
import json
import re
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from bot.parsing.categories import entry_categories
from bot.parsing.identity import (
    MAX_CONTENT_CHARS,
    MAX_TITLE_CHARS,
    entry_key,
    stand_in_headline,
    stand_in_title,
)
from bot.parsing.links import web_url
from bot.parsing.models import FeedEntry, NotAFeed, ParsedFeed
from bot.parsing.repair import looks_like_html, plain_headline, repaired, unescaped_markup
from bot.parsing.urls import canonical_url

# JSON Feed 1 and 1.1 (and later 1.x, which must stay compatible); the scheme may be http.
_VERSION = re.compile(r"https?://jsonfeed\.org/version/1(?:\.\d+)?/?")


def looks_like_json(body: bytes) -> bool:
    """True when the document starts like a JSON object (after a BOM and white space)."""
    head = body[:64].lstrip(b"\xef\xbb\xbf").lstrip()
    return head.startswith(b"{")


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _timestamp(value: Any) -> float | None:
    text = _text(value)
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        # Not RFC 3339: let feedparser's lenient date parser have a go.
        from feedparser.datetimes import _parse_date

        struct = _parse_date(text)
        return float(calendar.timegm(struct)) if struct else None
    if parsed.tzinfo is None:
        return calendar.timegm(parsed.timetuple()) + parsed.microsecond / 1e6
    return parsed.timestamp()


def _content_html(item: dict[str, Any]) -> str:
    rich = _text(item.get("content_html"))
    if rich:
        return unescaped_markup(rich[:MAX_CONTENT_CHARS])
    plain = (_text(item.get("content_text")) or _text(item.get("summary")))[:MAX_CONTENT_CHARS]
    # Plain text becomes HTML paragraphs so the cleaning step treats both forms alike.
    paragraphs = [html.escape(p.strip()) for p in plain.split("\n\n") if p.strip()]
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def _item_id(item: dict[str, Any]) -> str:
    value = item.get("id")
    # JSON Feed 1.0 allowed numbers; 1.1 says strings. Both identify the item.
    if isinstance(value, bool):
        return ""
    if isinstance(value, int | float):
        return str(value)
    return _text(value)


def _entry(item: dict[str, Any], base: str) -> FeedEntry:
    # Only an http(s) link is a link (a javascript: or data: "url" is none).
    link = web_url(item.get("url"), base) or web_url(item.get("external_url"), base)
    external = web_url(item.get("external_url"), base)
    linked = (
        external if external and urlsplit(external).hostname != urlsplit(link).hostname else None
    )
    canonical = canonical_url(link) if link else None
    content_html = repaired(_content_html(item))
    published = _timestamp(item.get("date_published")) or _timestamp(item.get("date_modified"))
    given_title = _text(item.get("title"))
    # JSON Feed titles are plain text; one with HTML's entities or tags was escaped by mistake.
    headline = plain_headline(given_title, is_html=looks_like_html(given_title))
    title = stand_in_headline(headline, content_html)
    key_title = stand_in_title(given_title, content_html)
    tags = item.get("tags")
    terms = [{"term": t} for t in tags if isinstance(t, str)] if isinstance(tags, list) else []
    return FeedEntry(
        key=entry_key(_item_id(item), canonical, key_title, published),
        title=title,
        link=link,
        canonical_url=canonical,
        published_at=published,
        content_html=content_html,
        categories=entry_categories(terms),
        linked_url=linked,
    )


def parse_json_feed(body: bytes, *, url: str) -> ParsedFeed:
    """Parse a JSON Feed document; raises NotAFeed for other JSON or broken JSON."""
    try:
        document = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise NotAFeed(f"not a feed (broken JSON: {type(exc).__name__})") from None
    version = document.get("version") if isinstance(document, dict) else None
    if not isinstance(version, str) or "jsonfeed.org/version/" not in version:
        raise NotAFeed("not a feed (JSON, but not a JSON Feed)")
    if not _VERSION.fullmatch(version.strip()):
        raise NotAFeed(f"not a feed (JSON Feed version {version!r} is not 1 or 1.1)")
    assert isinstance(document, dict)
    items = document.get("items")
    malformed_reason = None if isinstance(items, list) else "JSON Feed without an items list"
    site_url = _text(document.get("home_page_url")) or None
    base = url
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            malformed_reason = malformed_reason or "an item is not a JSON object"
            continue
        entry = _entry(item, base)
        if entry.key in seen:
            continue  # a feed repeating an item counts it once
        seen.add(entry.key)
        entries.append(entry)
    return ParsedFeed(
        title=plain_headline(_text(document.get("title"))[:MAX_TITLE_CHARS], is_html=False) or None,
        site_url=urljoin(base, site_url) if site_url else None,
        language=_text(document.get("language")) or None,
        entries=tuple(entries),
        malformed=malformed_reason is not None,
        malformed_reason=malformed_reason,
    )
