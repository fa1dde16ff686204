"""A plain-text description that markup was appended to (FeedBurner's feedflare links, an ad,
a plugin's "[[ This is a content summary only … ]]" footer): its text is read as plain text."""

from __future__ import annotations

import html
import re

# The appended markup opens on a block (a paragraph, a line break, a division): a description
# opening on plain text and going on in an inline tag ("… more of it <a href>…") is one HTML text.
_FIRST_TAG = re.compile(r"<[a-zA-Z!/]")
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|ul|ol|table|h[1-6]|blockquote|hr)\b", re.I)
_ANY_TAG = re.compile(r"<[^>]*>")
# What the markup adds is a footer: little text beside the description's (most often none),
# and no list or heading (a related-posts plugin's "相关推荐:<ol>…" is read with its markup).
_MAX_FOOTER_SHARE = 0.5
_STRUCTURE_TAG = re.compile(r"<(?:li|ul|ol|h[1-6]|table|dl)\b", re.I)


def plain_head(text: str) -> tuple[str, str] | None:
    """The plain text of several lines opening `text` and the markup appended to it, or None
    when `text` is not such a description."""
    first = _FIRST_TAG.search(text)
    if first is None or not _BLOCK_TAG.match(text, first.start()):
        return None
    head, tail = text[: first.start()], text[first.start() :]
    if "\n" not in head.strip() or _STRUCTURE_TAG.search(tail):
        return None  # one line before the markup: HTML reads it as its own paragraph anyway
    footer = html.unescape(_ANY_TAG.sub(" ", tail)).split()
    if len(" ".join(footer)) > _MAX_FOOTER_SHARE * len(head.strip()):
        return None
    return head, tail
