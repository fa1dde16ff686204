"""Anchor marks in an entry's HTML: a permalink's "#" or a heading's "¶" link, which are no
words of the text ('…around the world." #' read as a sentence's end)."""

from __future__ import annotations

import re

# A link whose whole text is one mark: "#" (a permalink, a heading's "direct-link"), "¶", "∞"
# (a blog's permalink), "§", the link emoji; written as a character or an entity.
_MARK_LINK = re.compile(
    r"(<a\b[^<>]*>)\s*(?:#|¶|∞|§|\U0001f517|&(?:para|infin|sect|#182|#8734|#167|#x[bB]6);)\s*(</a>)",
    re.IGNORECASE,
)


def without_anchor_marks(content_html: str) -> str:
    """`content_html` without its permalink and heading anchor marks (links of one mark)."""
    if "</a>" not in content_html and "</A>" not in content_html:
        return content_html
    # The link stays, empty: its tags are what tells the text is HTML ("<abbr>TAND</abbr>" and
    # a permalink "#" alone in an item would read as plain text without them).
    return _MARK_LINK.sub(r"\1\2", content_html)
