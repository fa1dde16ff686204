"""Building small RSS documents for tests."""

from __future__ import annotations

from dataclasses import dataclass
from email.utils import formatdate
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class Item:
    """One RSS item."""

    title: str
    link: str
    description: str = ""
    guid: str | None = None
    published: float | None = None
    content_html: str | None = None
    # An image enclosure's URL, and category names.
    image: str | None = None
    categories: tuple[str, ...] = ()


def rss(
    title: str, link: str, items: list[Item], *, language: str = "en", ttl: int | None = None
) -> str:
    """An RSS 2.0 document with these items (HTML in descriptions is escaped as RSS wants)."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
        "<channel>",
        f"<title>{escape(title)}</title><link>{escape(link)}</link>",
        f"<description>{escape(title)}</description><language>{language}</language>",
    ]
    if ttl is not None:
        parts.append(f"<ttl>{ttl}</ttl>")
    for item in items:
        parts.append("<item>")
        parts.append(f"<title>{escape(item.title)}</title><link>{escape(item.link)}</link>")
        if item.guid:
            parts.append(f'<guid isPermaLink="false">{escape(item.guid)}</guid>')
        if item.published is not None:
            parts.append(f"<pubDate>{formatdate(item.published, usegmt=True)}</pubDate>")
        parts.append(f"<description>{escape(item.description)}</description>")
        if item.image:
            parts.append(f'<enclosure url="{escape(item.image)}" type="image/jpeg" length="1000"/>')
        parts.extend(f"<category>{escape(c)}</category>" for c in item.categories)
        if item.content_html:
            parts.append(f"<content:encoded>{escape(item.content_html)}</content:encoded>")
        parts.append("</item>")
    parts += ["</channel>", "</rss>"]
    return "\n".join(parts)
