"""An RSS 1.0 channel's logo title, which feedparser loses: RSS 1.0 puts `<image>` beside
`<channel>`, not inside it, and feedparser reads channel elements only inside."""

from __future__ import annotations

import html
import re

# The RSS 1.0 namespace itself (not one of its modules, which RSS 2.0 feeds declare too), on
# the root element in the document's first bytes.
_RSS10 = re.compile(rb"""=\s*["']http://purl\.org/rss/1\.0/["']""")
_HEAD_BYTES = 2048
# The logo comes before the items (RSS 1.0 orders channel, image, items, textinput); a document
# without one is not read past its first item.
_IMAGE = re.compile(rb"<(?:\w+:)?image\b[^>]*(?<!/)>(.*?)</(?:\w+:)?image\s*>", re.S)
_ITEM = re.compile(rb"<(?:\w+:)?item\b")
_TITLE = re.compile(rb"<(?:\w+:)?title\b[^>]*(?<!/)>\s*(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?\s*</", re.S)
_MAX_TITLE = 200


def rdf_image_title(body: bytes) -> str | None:
    """The title of an RSS 1.0 document's logo (`<image rdf:about><title>Gmane</title>`)."""
    if not _RSS10.search(body[:_HEAD_BYTES]):
        return None
    item = _ITEM.search(body)
    image = _IMAGE.search(body, 0, item.start() if item else len(body))
    title = _TITLE.search(image.group(1)) if image else None
    if title is None:
        return None
    text = html.unescape(title.group(1).decode("utf-8", "replace")).strip()
    return text[:_MAX_TITLE] or None
