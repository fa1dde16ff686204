"""The picture an item is about, when its feed declares none: the content's first image
whose alt text is the item's headline (a web comic's strip, a news item's lead photo)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

# Smaller than this on its longer declared side it is an icon (as feeds.py's media rule).
_MIN_PHOTO_PX = 200
# The first image is looked for near the top only: one further down illustrates a paragraph.
_HEAD_CHARS = 4000
_WORDS = re.compile(r"\w+")
# Thumbnails by the names hosts give them (reddit's thumbs.redditmedia.com, "/thumbnails/").
_THUMBNAIL = re.compile(r"thumb", re.I)


class _FirstImage(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.attrs: dict[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img" and self.attrs is None:
            self.attrs = {name: value or "" for name, value in attrs}


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.casefold())


def _declared_px(value: str) -> int:
    return int(value) if value.strip().isdigit() else 0


def titled_picture(content_html: str, title: str) -> str | None:
    """The first image's http(s) address when its alt text is the headline, word for word,
    and it is neither declared icon-sized nor named a thumbnail."""
    head = content_html[:_HEAD_CHARS]
    if "<img" not in head.lower() or not _words(title):
        return None
    parser = _FirstImage()
    parser.feed(head)
    attrs = parser.attrs
    if attrs is None or _words(attrs.get("alt", "")) != _words(title):
        return None
    src = attrs.get("src", "").strip()
    if urlsplit(src).scheme.lower() not in ("http", "https") or _THUMBNAIL.search(src):
        return None
    longer = max(_declared_px(attrs.get("width", "")), _declared_px(attrs.get("height", "")))
    return src if longer == 0 or longer >= _MIN_PHOTO_PX else None
