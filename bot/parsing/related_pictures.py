"""Pictures under a list of other items' heading ("More videos from Disavowed:", "Related
posts:"): those items' thumbnails, not the entry's picture."""

from __future__ import annotations

import html
import re

# A list of other items' heading, in the corpus's wording: "More videos from Nightwish:",
# "Related posts:", "See also", "You may also like". The whole run of text before the picture,
# so a credit inside a sentence ("… and more Photos by Michelle Mishina") is none.
_LIST_HEADING = re.compile(
    r"(?:more\s+(?:videos?|posts?|stories|articles?|photos?|pictures?|episodes?)"
    r"\s+(?:from|by|on|about|of|in)\b[^.!?]{0,60}"
    r"|related(?:\s+(?:posts?|articles?|stories|videos?|content|links?|items?))?"
    r"|see\s+also|you\s+(?:may|might)\s+also\s+like)\s*:?",
    re.IGNORECASE,
)
# Where a run of text ends: a line break or a block's edge.
_BLOCK_EDGE = re.compile(r"<(?:br|/?(?:p|div|h[1-6]|li|ul|ol|table|tr|td|section))\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>")
_LOOK_BACK = 600


def under_a_list_heading(content_html: str, src: str) -> bool:
    """Whether the last run of text before the picture `src` is a list of other items' heading."""
    src = src.split("?")[0]  # its query may be written with "&amp;"
    at = content_html.find(src) if src else -1
    if at <= 0:
        return False
    before = content_html[max(0, at - _LOOK_BACK) : at]
    before = before[: before.rfind("<img")] if "<img" in before else before
    for run in reversed(_BLOCK_EDGE.split(before)):
        text = " ".join(html.unescape(_TAG.sub(" ", run)).split())
        if text:
            return len(text) < 100 and _LIST_HEADING.fullmatch(text) is not None
    return False
