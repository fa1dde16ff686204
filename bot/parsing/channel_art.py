"""A channel's own image (its logo, a podcast's cover art) given as an item's picture: the
show's, not a photo of what the item says (Venture Voice's vv300.jpg on its episodes)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from bot.parsing.models import FeedEntry
from bot.parsing.pictures import first_photo


def without_channel_art(entries: Sequence[FeedEntry], feed: Mapping[str, Any]) -> list[FeedEntry]:
    """`entries` with a picture that is the channel's image replaced by the item's own first
    photo, or none: the same cover on every episode is a logo."""
    image = feed.get("image")
    art = (
        {url for url in (image.get("href"), image.get("url")) if isinstance(url, str) and url}
        if isinstance(image, Mapping)
        else set()
    )
    if not art:
        return list(entries)
    return [
        replace(entry, image_url=first_photo(entry.content_html))
        if entry.image_url in art
        else entry
        for entry in entries
    ]
