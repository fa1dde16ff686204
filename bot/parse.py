"""Feed parsing on bytes already fetched (never lets a parser fetch): XML feeds and JSON Feed."""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser
from feedparser.urls import resolve_relative_uris

from bot.identity import MAX_CONTENT_CHARS, MAX_TITLE_CHARS, entry_key, stand_in_title
from bot.jsonfeed import looks_like_json, parse_json_feed
from bot.models import FeedEntry, NotAFeed, ParsedFeed
from bot.schedule import parse_ttl
from bot.urls import canonical_url

__all__ = ["NotAFeed", "ParseLimitExceeded", "entry_key", "parse_feed"]

# A relative URL in an href/src attribute: no scheme, not a bare fragment.
_RELATIVE_REF = re.compile(rb"(?:href|src)\s*=\s*[\"']?(?![a-z][a-z0-9+.-]*:|#)", re.I)


class ParseLimitExceeded(Exception):
    """Parsing needed more time or memory than its bound allows; the feed's error."""


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _timestamp(entry: Mapping[str, Any]) -> float | None:
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        # dict.get skips FeedParserDict's deprecated updated→published key mapping.
        parsed = dict.get(entry, name) if isinstance(entry, dict) else entry.get(name)
        if parsed:
            try:
                return float(calendar.timegm(parsed))
            except (TypeError, ValueError, OverflowError):
                continue
    return None


def _with_absolute_links(value: str, base: str) -> str:
    # feedparser's own resolver runs an HTML parser over every item, which costs about a
    # third of parsing; most feeds use absolute links, so it runs only where one is relative.
    if base and _RELATIVE_REF.search(value.encode("utf-8", "ignore")):
        return str(resolve_relative_uris(value, base, "utf-8", "text/html"))
    return value


def _content_html(entry: Mapping[str, Any], base: str) -> str:
    best, best_base = "", base
    for content in entry.get("content") or []:
        value = _text(content.get("value"))
        if len(value) > len(best):
            best, best_base = value, content.get("base") or base
    summary = _text(entry.get("summary"))
    if len(best) < len(summary):
        best, best_base = summary, (entry.get("summary_detail") or {}).get("base") or base
    return _with_absolute_links(best[:MAX_CONTENT_CHARS], best_base)


def _content_location(url: str, headers: Mapping[str, str]) -> str:
    # The base for relative links: the server's Content-Location (resolved against the URL)
    # when it is an http(s) URL, else the URL fetched.
    given = next((v for k, v in headers.items() if k.lower() == "content-location"), "")
    if given:
        resolved = urljoin(url, given.strip())
        if urlsplit(resolved).scheme.lower() in ("http", "https"):
            return resolved
    return url


def parse_feed(body: bytes, *, url: str, headers: Mapping[str, str] | None = None) -> ParsedFeed:
    """Parse a feed document; raises NotAFeed when nothing feed-like is in it."""
    if looks_like_json(body):
        return parse_json_feed(body, url=url)
    response_headers = {k.lower(): v for k, v in (headers or {}).items()}
    response_headers["content-location"] = _content_location(url, headers or {})
    # sanitize_html is off: newsbot never forwards feed HTML, it extracts text and renders its own.
    result = feedparser.parse(
        body,
        response_headers=response_headers,
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    exc = result.get("bozo_exception")
    if isinstance(exc, MemoryError):
        raise ParseLimitExceeded("parsing needed more memory than its bound")
    feed = result.get("feed", {})
    raw_entries = result.get("entries", [])
    if not result.get("version") and not raw_entries:
        raise NotAFeed(f"not a feed ({type(exc).__name__ if exc else 'no feed elements'})")
    base = response_headers["content-location"]
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    for raw in raw_entries:
        link = _text(raw.get("link")) or None
        canonical = canonical_url(link) if link else None
        content_html = _content_html(raw, base)
        published = _timestamp(raw)
        title = stand_in_title(_text(raw.get("title")), content_html)
        key = entry_key(_text(raw.get("id")), canonical, title, published)
        if key in seen:
            continue  # a feed repeating an item counts it once
        seen.add(key)
        categories = tuple(
            t for t in (_text(tag.get("term")) for tag in raw.get("tags", []) or []) if t
        )
        entries.append(
            FeedEntry(
                key=key,
                title=title,
                link=link,
                canonical_url=canonical,
                published_at=published,
                content_html=content_html,
                categories=categories,
            )
        )
    bozo = bool(result.get("bozo"))
    return ParsedFeed(
        title=_text(feed.get("title"))[:MAX_TITLE_CHARS] or None,
        site_url=_text(feed.get("link")) or None,
        language=_text(feed.get("language")) or None,
        entries=tuple(entries),
        malformed=bozo,
        malformed_reason=f"{type(exc).__name__}: {exc}"[:300] if bozo and exc else None,
        ttl_seconds=parse_ttl(feed.get("ttl")) if feed.get("ttl") else None,
    )
