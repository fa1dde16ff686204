"""A channel's own image (its logo, a podcast's cover art) given as an item's picture: the
show's, not a photo of what the item says (Venture Voice's vv300.jpg as every episode's
thumbnail, TWiT's twit144audio.jpg opening every episode's show notes)."""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from bot.parsing.models import FeedEntry
from bot.parsing.pictures import first_photo, image_sources

# A picture on this many of a feed's items, and on more than half of them, is the feed's own
# (its cover, a default share image, a signature), whatever the channel declares: three
# items is the least that tells a habit from two posts sharing one photo.
_MIN_ITEMS = 3


def without_channel_art(
    entries: Sequence[FeedEntry], feed: Mapping[str, Any], body: bytes = b""
) -> list[FeedEntry]:
    """`entries` without the channel's image as their picture (the item's own first photo, or
    none), each knowing the feed's pictures; the same picture on most items is a logo too."""
    art = frozenset(_channel_image(feed) | _rss_image(body) | _recurring_pictures(entries))
    if not art:
        return list(entries)
    return [_without_art(entry, art) for entry in entries]


def _channel_image(feed: Mapping[str, Any]) -> set[str]:
    image = feed.get("image")
    if not isinstance(image, Mapping):
        return set()
    return {
        url.strip() for url in (image.get("href"), image.get("url")) if isinstance(url, str)
    } - {""}


# RSS's <image><url> in the channel's head: feedparser keeps one image address, and a
# podcast's itunes:image (the 1400 px cover) takes its place, while show notes repeat the
# small one (TWiT's twit144audio.jpg under twit1400audio.jpg).
_RSS_IMAGE_URL = re.compile(rb"<image>(?:(?!</image>).){0,600}?<url>\s*([^<\s]+)\s*</url>", re.S)
_HEAD_BYTES = 8000


def _rss_image(body: bytes) -> set[str]:
    head = body[:_HEAD_BYTES]
    item = head.find(b"<item")
    found = _RSS_IMAGE_URL.search(head[: item if item >= 0 else None])
    return {html.unescape(found[1].decode("utf-8", "replace"))} if found else set()


def _pictures(entry: FeedEntry) -> set[str]:
    declared = {entry.image_url} if entry.image_url else set()
    return declared | set(image_sources(entry.content_html))


# A script's address that only the query's id tells apart on most items is a widget drawn per
# item (DZone's "links/voteCountImage?linkId=455437" vote counter, AdSense's image ads), not a
# photo: a picture file has its own path ("…/455437.jpg").
_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)$", re.I)


def _endpoint(url: str) -> str | None:
    address, _, query = url.partition("?")
    return address if query and not _PICTURE_FILE.search(address) else None


def _recurring_pictures(entries: Sequence[FeedEntry]) -> set[str]:
    if len(entries) < _MIN_ITEMS:
        return set()
    pictures = [_pictures(entry) for entry in entries]
    counts = Counter(url for urls in pictures for url in urls)
    endpoints = Counter(
        address for urls in pictures for address in {_endpoint(url) for url in urls} if address
    )
    widgets = {a for a, n in endpoints.items() if n >= _MIN_ITEMS and n * 2 > len(entries)}
    return {
        url
        for url, n in counts.items()
        if (n >= _MIN_ITEMS and n * 2 > len(entries)) or _endpoint(url) in widgets
    }


def _without_art(entry: FeedEntry, art: frozenset[str]) -> FeedEntry:
    image = entry.image_url
    if image is not None and image.strip() in art:
        image = first_photo(entry.content_html, skip=art)
    return replace(entry, image_url=image, channel_art=art)
