"""The picture an entry declares (media:content, media:thumbnail, an image enclosure)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.parsing.links import web_url
from bot.parsing.pictures import photo_address


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def declared_http_url(value: Any) -> str | None:
    """A feed field's http(s) address, a protocol-relative one taken as https; else None."""
    url = _text(value)
    if url.startswith("//"):  # protocol-relative ("//img.vidible.tv/…"): https (web_url)
        url = web_url(url) or ""
    return url if url.lower().startswith(("http://", "https://")) else None


def _photo_url(value: Any) -> str | None:
    # A declared picture is a photo only when its address is one (pictures.photo_address).
    url = declared_http_url(value)
    return photo_address(url) if url else None


def _is_image(item: Mapping[str, Any]) -> bool:
    return _text(item.get("medium")) == "image" or _text(item.get("type")).startswith("image/")


# A picture declared smaller than this on its longer side is an icon or a thumbnail (a 30 px
# avatar, Blogger's 72 px "s72-c" crop, a 151 px square): as a post's photo it shows as a
# blurred stamp, so the post goes out as text with the page's own preview instead.
_MIN_PHOTO_PX = 200


def _declared_px(item: Mapping[str, Any], side: str) -> int:
    value = _text(item.get(side))
    return int(value) if value.isdigit() else 0


def _big_enough(item: Mapping[str, Any]) -> bool:
    longer = max(_declared_px(item, "width"), _declared_px(item, "height"))
    return longer == 0 or longer >= _MIN_PHOTO_PX


def declared_photo(entry: Mapping[str, Any]) -> str | None:
    """media:content (largest image), else media:thumbnail, else an image enclosure; none
    declared smaller than a photo."""
    media = [m for m in entry.get("media_content") or [] if _is_image(m) or not m.get("type")]
    media = [m for m in media if _text(m.get("medium")) in ("", "image") and _big_enough(m)]

    def width(item: Mapping[str, Any]) -> int:
        return _declared_px(item, "width")

    for item in sorted(media, key=width, reverse=True):
        if url := _photo_url(item.get("url")):
            return url
    for item in entry.get("media_thumbnail") or []:
        if _big_enough(item) and (url := _photo_url(item.get("url"))):
            return url
    enclosures = list(entry.get("enclosures") or [])
    enclosures += [link for link in entry.get("links") or [] if link.get("rel") == "enclosure"]
    for item in enclosures:
        if _text(item.get("type")).startswith("image/") and (url := _photo_url(item.get("href"))):
            return url
    return None
