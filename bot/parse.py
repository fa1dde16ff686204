"""Feed parsing with feedparser, on bytes already fetched (never lets feedparser fetch)."""

from __future__ import annotations

import calendar
import hashlib
from collections.abc import Mapping
from typing import Any

import feedparser

from bot.models import FeedEntry, ParsedFeed
from bot.urls import canonical_url


class NotAFeed(Exception):
    """The document has no feed structure at all (an HTML page, an empty body, garbage)."""


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


def _content_html(entry: Mapping[str, Any]) -> str:
    contents = entry.get("content") or []
    best = max((_text(c.get("value")) for c in contents), key=len, default="")
    summary = _text(entry.get("summary"))
    return best if len(best) >= len(summary) else summary


def _http_url(value: Any) -> str | None:
    url = _text(value)
    return url if url.lower().startswith(("http://", "https://")) else None


def _is_image(item: Mapping[str, Any]) -> bool:
    return _text(item.get("medium")) == "image" or _text(item.get("type")).startswith("image/")


def _image_url(entry: Mapping[str, Any]) -> str | None:
    """media:content (largest image), else media:thumbnail, else an image enclosure."""
    media = [m for m in entry.get("media_content") or [] if _is_image(m) or not m.get("type")]
    media = [m for m in media if _text(m.get("medium")) in ("", "image")]

    def width(item: Mapping[str, Any]) -> int:
        value = _text(item.get("width"))
        return int(value) if value.isdigit() else 0

    for item in sorted(media, key=width, reverse=True):
        if url := _http_url(item.get("url")):
            return url
    for item in entry.get("media_thumbnail") or []:
        if url := _http_url(item.get("url")):
            return url
    enclosures = list(entry.get("enclosures") or [])
    enclosures += [link for link in entry.get("links") or [] if link.get("rel") == "enclosure"]
    for item in enclosures:
        if _text(item.get("type")).startswith("image/") and (url := _http_url(item.get("href"))):
            return url
    return None


def _language(entry: Mapping[str, Any]) -> str | None:
    for detail in (*(entry.get("content") or []), entry.get("summary_detail") or {}):
        if language := _text(detail.get("language")):
            return language
    return _text(entry.get("language")) or None


def entry_key(guid: str, canonical: str | None, title: str, published: float | None) -> str:
    """Entry identity: guid, else canonical link, else a hash of title and date."""
    if guid:
        return f"id:{guid}"
    if canonical:
        return f"url:{canonical}"
    digest = hashlib.sha256(f"{title}\x00{published}".encode()).hexdigest()[:32]
    return f"td:{digest}"


def _title(entry: Mapping[str, Any], content_html: str) -> str:
    title = _text(entry.get("title"))
    if title:
        return title
    # Untitled items (microblogs, some JSON feeds): the start of the text stands in.
    from bot.cleaning import clean_article_text  # local: cleaning is heavier than parsing

    text = clean_article_text(content_html)
    return (text[:80].rsplit(" ", 1)[0] + "…") if len(text) > 80 else (text or "(untitled)")


def parse_feed(body: bytes, *, url: str, headers: Mapping[str, str] | None = None) -> ParsedFeed:
    """Parse a feed document; raises NotAFeed when nothing feed-like is in it."""
    # sanitize_html is off: newsbot never forwards feed HTML, it extracts text and renders its own.
    result = feedparser.parse(
        body,
        # The fetched URL is the base for relative links unless the server named another.
        response_headers={"content-location": url}
        | {k.lower(): v for k, v in (headers or {}).items()},
        sanitize_html=False,
        resolve_relative_uris=True,
    )
    feed = result.get("feed", {})
    raw_entries = result.get("entries", [])
    if not result.get("version") and not raw_entries:
        reason = result.get("bozo_exception")
        raise NotAFeed(f"not a feed ({type(reason).__name__ if reason else 'no feed elements'})")
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    for raw in raw_entries:
        link = _text(raw.get("link")) or None
        canonical = canonical_url(link) if link else None
        content_html = _content_html(raw)
        published = _timestamp(raw)
        title = _title(raw, content_html)
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
                image_url=_image_url(raw),
                language=_language(raw),
            )
        )
    bozo = bool(result.get("bozo"))
    exc = result.get("bozo_exception")
    return ParsedFeed(
        title=_text(feed.get("title")) or None,
        site_url=_text(feed.get("link")) or None,
        language=_text(feed.get("language")) or None,
        entries=tuple(entries),
        malformed=bozo,
        malformed_reason=f"{type(exc).__name__}: {exc}"[:300] if bozo and exc else None,
    )
