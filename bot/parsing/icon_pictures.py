"""Icons in an entry's content that are no photo: one its page marks so by class, one beside a
link's few words (a list of providers' icons)."""

from __future__ import annotations

import re

# An image its page marks as an icon by class ("favicon", "snap_preview_icon", "site-logo").
_ICON_MARK = re.compile(r"icon|logo|avatar|emoji|badge", re.I)
# An image before a link's few words, inside the link or right before it ("<a><img
# class=favicon> AOL</a>", "<img src=vox.png><a>Vox</a>"): the link's icon in a list of them.
# A few words, a name's: no sentence ("Click for a larger view."). Icons are drawn files.
_BEFORE_LINK_WORDS = re.compile(
    r"\s*(?:</img>)?\s*(?:<a\b[^>]*>)?[^\S<>]*[^\W\d_][^<>.!?]{0,30}</a>", re.I
)
_AFTER_CHARS = 300
_DRAWN_FILE = re.compile(r"([^/]+)\.(?:png|gif|ico)$", re.I)


def _labels_a_link(content_html: str, attrs: dict[str, str]) -> bool:
    src = attrs.get("src", "").split("?")[0]
    if not _DRAWN_FILE.search(src.strip()):
        return False
    at = content_html.find(src) if src else -1
    end = content_html.find(">", at) if at >= 0 else -1
    after = content_html[end + 1 : end + 1 + _AFTER_CHARS] if end >= 0 else ""
    return bool(after) and _BEFORE_LINK_WORDS.match(after) is not None


def is_icon(content_html: str, attrs: dict[str, str]) -> bool:
    """Whether a content image (its attributes) is an icon: marked so by class, or a drawn file
    beside a link's few words."""
    return _ICON_MARK.search(attrs.get("class", "")) is not None or _labels_a_link(
        content_html, attrs
    )
