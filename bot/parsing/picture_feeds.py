"""A feed whose items each carry one picture that is the item (a web comic's strip, a drawing
blog's drawing, a photo of the day): its items' posts are photo posts with that picture, the
text around it the picture's commentary ("c'est de la grosse récup", "after that last panel")."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from bot.parsing.channel_art import without_channel_art
from bot.parsing.models import FeedEntry
from bot.parsing.pictures import first_photo, has_words
from bot.text.cleaning import plain_text

# Three items is the least that tells a feed's habit from two posts that happen to carry one
# picture each; the habit holds on more than half of its items.
_MIN_ITEMS = 3
# An item's text this short around its one picture is the picture's caption or commentary
# (a drawing blog's "Je sais, c'est de la grosse récup, …", 150 characters); longer text with
# words before the picture is an article the picture illustrates one paragraph of.
_CAPTION_CHARS = 600
# A file named a thumbnail ("timber_tn.jpg", "post-1-1243765219_thumb.jpg", photobucket's
# "th_…", WordPress' "….miniature.jpg", TypePad's "…-150wi" under 200 px wide), or an icon
# ("…-eng-icon@72x.png") is a
# stamp-sized copy of a picture; a folder of them (a web comic's "comicsthumbs/") may hold the
# item's own picture at the size the feed shows it.
_THUMBNAIL_FILE = re.compile(
    r"thumb|(?:^|[\s_.-])tn[_.-]|(?:^|\s)th_|miniature|-(?:[1-9][0-9]|1[0-9][0-9])wi$"
    r"|[_.-]icon(?:[_.@-]|$)",
    re.IGNORECASE,
)


def _only_picture(entry: FeedEntry) -> str | None:
    """The item's one photo when it carries exactly one and opens on it or is little more
    than it; None when it carries none, several, or an article with one picture in it."""
    content = entry.content_html or ""
    skip = set(entry.channel_art)
    found = first_photo(content, skip=skip, title=entry.title or "", lone=True)
    parts = urlsplit(found or "")
    # reddit's "thumbs.redditmedia.com" serves only thumbnails; a folder's name says less.
    if found is None or _THUMBNAIL_FILE.search(f"{parts.hostname} {parts.path.rsplit('/', 1)[-1]}"):
        return None
    skip.add(found)
    # The one picture, not the first of several (a photo set, a multi-item entry whose
    # first picture belongs to a later item).
    if first_photo(content, skip=skip, title=entry.title or "", lone=True) not in (None, found):
        return None
    at = content.find(found)
    opens_on_it = at >= 0 and not has_words(content[: content.rfind("<img", 0, at)])
    if opens_on_it or len(plain_text(content)) < _CAPTION_CHARS:
        return found
    return None


def with_item_pictures(entries: Sequence[FeedEntry]) -> list[FeedEntry]:
    """`entries`, those with no declared picture given their one picture, when most of the
    feed's items carry one picture that is the item; else as they are."""
    if len(entries) < _MIN_ITEMS:
        return list(entries)
    pictures = [None if e.image_url else _only_picture(e) for e in entries]
    carrying = sum(1 for picture in pictures if picture)
    if carrying < _MIN_ITEMS or carrying * 2 <= len(entries):
        return list(entries)
    return [
        replace(entry, image_url=picture) if picture else entry
        for entry, picture in zip(entries, pictures, strict=True)
    ]


def with_pictures(
    entries: Sequence[FeedEntry], feed: Mapping[str, Any], body: bytes
) -> list[FeedEntry]:
    """`entries` without the channel's art as their picture, then given their one picture
    where the feed's items are their pictures (the art first: a logo is no item's picture)."""
    return with_item_pictures(without_channel_art(entries, feed, body))
