"""Icons in an entry's content that are no photo: one its page marks so by class, one beside a
link's few words (a list of providers' icons), an application's icon named after it."""

from __future__ import annotations

import re

# An image its page marks as an icon by class ("favicon", "snap_preview_icon", "site-logo").
_ICON_MARK = re.compile(r"icon|logo|avatar|emoji|badge", re.I)
# An image before a link's few words, inside the link or right before it ("<a><img
# class=favicon> AOL</a>", "<img src=vox.png><a>Vox</a>"): the link's icon in a list of them.
_BEFORE_LINK_WORDS = re.compile(r"\s*(?:</img>)?\s*(?:<a\b[^>]*>)?[^<>]{1,40}</a>", re.I)
_AFTER_CHARS = 300
# A picture floated beside the text ("float: left", align="left") with no size declared.
_FLOATED = re.compile(r"float\s*:\s*(?:left|right)", re.I)
_DRAWN_FILE = re.compile(r"([^/]+)\.(?:png|gif)$", re.I)
_MIN_NAME_LETTERS = 4


def _labels_a_link(content_html: str, attrs: dict[str, str]) -> bool:
    src = attrs.get("src", "").split("?")[0]
    at = content_html.find(src) if src else -1
    end = content_html.find(">", at) if at >= 0 else -1
    after = content_html[end + 1 : end + 1 + _AFTER_CHARS] if end >= 0 else ""
    return bool(after) and _BEFORE_LINK_WORDS.match(after) is not None


def _named_after_the_headline(attrs: dict[str, str], title: str) -> bool:
    # A download site's application icon ("68__avant.png" floated by "Avant Browser 11.7"):
    # a drawn file (PNG, GIF) of no declared size, floated beside the text, named after the
    # product the headline names. A photo is a JPEG, or has its size written.
    floated = _FLOATED.search(attrs.get("style", "")) or attrs.get("align", "").lower() in (
        "left",
        "right",
    )
    if not title or not floated or attrs.get("width") or attrs.get("height"):
        return False
    drawn = _DRAWN_FILE.search(attrs.get("src", "").split("?")[0].strip())
    if not drawn:
        return False
    headline = re.sub(r"[\W_]+", "", title).lower()
    names = [w for w in re.split(r"[\W\d_]+", drawn[1].lower()) if len(w) >= _MIN_NAME_LETTERS]
    return any(name in headline for name in names)


def is_icon(content_html: str, attrs: dict[str, str], title: str = "") -> bool:
    """Whether a content image (its attributes) is an icon: marked so by class, beside a link's
    few words, or an application's icon named after the headline's product."""
    return (
        _ICON_MARK.search(attrs.get("class", "")) is not None
        or _labels_a_link(content_html, attrs)
        or _named_after_the_headline(attrs, title)
    )
