"""Close tags written as empty elements ("<title>Café Literario<title/>", an item ended by
"<item/>"): a hand-written feed's slip, read as the close tags they stand for. Left as they
are, the text runs on into the next element and "<description>." ends a summary."""

from __future__ import annotations

import re

# An element of an item opened, given text, and "closed" with an empty element of its name:
# `<description>…<description/>` is no empty description inside a description.
_SLIPPED = re.compile(
    rb"<(title|link|description|guid|pubDate|author|category|comments)>([^<]*)<\1\s*/>"
)
_MARKS = (b"<title/>", b"<link/>", b"<description/>", b"<guid/>", b"<item/>")


def with_close_tags(body: bytes) -> bytes:
    """`body` with each slipped close tag written as one; unchanged when it has none."""
    if not any(mark in body for mark in _MARKS):
        return body
    body = _SLIPPED.sub(rb"<\1>\2</\1>", body)
    # "<item/>" ends an item only in a feed that closes none the right way.
    if b"</item>" not in body and b"<item>" in body:
        body = body.replace(b"<item/>", b"</item>")
    return body
