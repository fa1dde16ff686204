"""Icons in an entry's content that are no photo: one its page marks so by class, one beside a
link's few words or address (a list of providers' icons, a "visit" label), a release's app icon."""

from __future__ import annotations

import re

# An image its page marks as an icon by class ("favicon", "snap_preview_icon", "site-logo"),
# or as its author's face: a planet's hackergotchi over each post (Planet Ubuntu's "face").
_ICON_MARK = re.compile(r"icon|logo|avatar|emoji|badge|hackergotchi|(?<![\w-])face(?![\w-])", re.I)
# An image before a link's few words, inside the link or right before it ("<a><img
# class=favicon> AOL</a>", "<img src=vox.png><a>Vox</a>"): the link's icon in a list of them.
# A few words, a name's: no sentence ("Click for a larger view."). Icons are drawn files.
# A label over the link's line ("<img alt='à visiter'><br><a><img> http://…</a>") is one too.
_BEFORE_LINK_WORDS = re.compile(
    r"\s*(?:</img>)?\s*(?:<br\s*/?>\s*)?(?:<a\b[^>]*>)?\s*(?:<img\b[^>]*>)?[^\S<>]*"
    r"(?:[^\W\d_][^<>.!?]{0,30}|(?:https?://|www\.)[^\s<>]{1,80})</a>",
    re.I,
)
# A tool's badge, its alt or title crediting the tool the post was made with ("Posted by
# Picasa" on Blogger's pbp.gif, "Powered by …", "Blogged with …"): no picture of the item.
_TOOL_BADGE = re.compile(
    r"^\s*(?:posted|powered|published|uploaded|blogged|sent|made|created|shared)\s+"
    r"(?:by|with|from|via|using)\s+\S",
    re.I,
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


# A release's headline ("Avant Browser 11.7 Build 19", "VLC 0.9.8a"): a version number.
_VERSION = re.compile(r"\b(?:v|version\s)?\d+(?:\.\d+)+[a-z]?\b|\bbuild\s\d+", re.I)
_LETTERS = re.compile(r"[^\W\d_]+")


def _names_the_release(attrs: dict[str, str], title: str) -> bool:
    # A download list's app icon is a drawn file named for the program ("68__avant.png" over
    # "Avant Browser 11.7 Build 19"): its name's words are the headline's, no more.
    name = _DRAWN_FILE.search(attrs.get("src", "").split("?")[0].strip())
    if name is None or not _VERSION.search(title):
        return False
    words = _LETTERS.findall(name.group(1).lower())
    title_words = set(_LETTERS.findall(title.lower()))
    return bool(words) and all(len(word) > 2 and word in title_words for word in words)


def is_icon(content_html: str, attrs: dict[str, str], title: str = "") -> bool:
    """Whether a content image (its attributes) is an icon: marked so by class, a tool's badge,
    a drawn file beside a link's few words, or one named for the release its `title` announces."""
    return (
        _ICON_MARK.search(attrs.get("class", "")) is not None
        or any(_TOOL_BADGE.match(attrs.get(name, "")) for name in ("alt", "title"))
        or _labels_a_link(content_html, attrs)
        or (bool(title) and _names_the_release(attrs, title))
    )
