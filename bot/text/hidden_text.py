"""Markup no sighted reader sees: a screen reader's words ("Lue lisää...<span
class="screen-reader-text"> from <title></span>") and elements styled or marked hidden."""

from __future__ import annotations

import re

# The visually-hidden classes of WordPress ("screen-reader-text"), Bootstrap ("sr-only",
# "visually-hidden"), HTML5 Boilerplate ("visuallyhidden") and Drupal ("element-invisible"):
# words for a screen reader, such as a theme's read-more button naming the post it opens.
_HIDDEN_CLASS = re.compile(
    r"(?i)(?:^|\s)(?:screen-reader-text|screen-reader-only|sr-only|visually-hidden"
    r"|visuallyhidden|element-invisible|hidden-visually)(?=\s|$)"
)
_HIDDEN_STYLE = re.compile(r"(?i)(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b")
# Elements a feed closes as written; an unclosed <p> would hide the paragraphs after it.
_CLOSED_TAGS = frozenset("span div a label small".split())


def is_hidden(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    """Whether the element `tag` opens is hidden from sighted readers (class, style, attribute)."""
    if tag not in _CLOSED_TAGS:
        return False
    found = dict(attrs)
    return (
        "hidden" in found
        or _HIDDEN_CLASS.search(found.get("class") or "") is not None
        or _HIDDEN_STYLE.search(found.get("style") or "") is not None
    )
