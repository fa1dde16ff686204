"""A content image's size as its markup declares it (attributes, else its style), and the
larger picture of a host's small preview."""

from __future__ import annotations

import re

# "style="width: 400px; height: 42px;"": Blogger's editor writes a picture's size there.
_STYLE_SIDE = re.compile(r"(?:^|[;\s])(width|height)\s*:\s*([0-9]{1,4})\s*px", re.I)
# A picture this thin beside a long side is a strip: a title banner over the poster
# ("The_few_gallery.jpg" 400×42), a rule, a line of text; not the post's photo. (A 320×97
# screenshot of a mail is still a picture.)
_MAX_STRIP_PX, _MIN_STRIP_RATIO = 50, 3


def declared_px(value: str) -> int:
    """A side's pixels as written in an attribute ("240", "1px"); 0 when not a number."""
    # A unit after the number is pixels still ("1px": Live Spaces' counter).
    value = value.strip().removesuffix("px").strip()
    return int(value) if value.isdigit() else 0


def declared_sides(attrs: dict[str, str], *, styled: bool = False) -> tuple[int, int]:
    """Width and height declared by the tag's attributes (0: none), each else by its style
    when `styled` (Blogger's display size: a shape, its file often larger)."""
    style = attrs.get("style", "") if styled else ""
    sides = {side.lower(): int(px) for side, px in _STYLE_SIDE.findall(style)}
    width = declared_px(attrs.get("width", "")) or sides.get("width", 0)
    height = declared_px(attrs.get("height", "")) or sides.get("height", 0)
    return width, height


def is_strip(sides: tuple[int, int]) -> bool:
    """Whether both sides are declared, the shorter under 50 px and over three times shorter."""
    short, long = sorted(sides)
    return 0 < short < _MAX_STRIP_PX and long > _MIN_STRIP_RATIO * short


# YouTube's frames by number ("img.youtube.com/vi/ID/2.jpg") and its "default.jpg" are
# 120×90: WordPress.com's video embeds put one in the feed (<img>, media:content). Every video
# has the 480×360 "hqdefault.jpg" beside them.
_SMALL_VIDEO_FRAME = re.compile(
    r"^(https?://(?:img\.youtube\.com|i[0-9]?\.ytimg\.com)/vi/[\w-]+/)(?:[1-3]|default)\.jpg$",
    re.I,
)
# Flickr's 240 px "small" size ("farm4.static.flickr.com/3184/3097609721_6e2cf64afe_m.jpg",
# what its photo feeds show); the 500 px "medium" is the same address without "_m".
_FLICKR_SMALL = re.compile(
    r"^(https?://farm[0-9]+\.static\.flickr\.com/[0-9]+/[0-9]+_[0-9a-f]+)_m\.jpg$", re.I
)


def larger_picture(url: str) -> str:
    """A host's small preview's address as its larger picture's (YouTube's 120×90 frames,
    Flickr's 240 px size); any other address unchanged."""
    url = _SMALL_VIDEO_FRAME.sub(r"\1hqdefault.jpg", url)
    return _FLICKR_SMALL.sub(r"\1.jpg", url)
