"""A site's own name, read from its home page: `og:site_name`, `application-name`, then JSON-LD
(`publisher.name`, or the `name` of a WebSite or news Organization). Pure: bytes in, name out."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from bot.attribution.site_names import clean_name, page_name_usable

# A home page's <head> is what names the site; JSON-LD sometimes sits in the body. Parsing a
# capped prefix keeps a 5 MB portal page from costing more than its head is worth.
_MAX_PARSED = 512 * 1024
_SITE_TYPES = frozenset(
    {"WebSite", "Organization", "NewsMediaOrganization", "Corporation", "NewsOrganization"}
)


def home_page_url(site_url: str | None, feed_url: str) -> str | None:
    """The page that names the site: the feed's <link> when it is a web address, else the
    origin of the feed's own URL; None for a feed that is not on the web."""
    for url, whole in ((site_url, True), (feed_url, False)):
        parts = urlsplit(url or "")
        if parts.scheme in ("http", "https") and parts.hostname:
            return url if whole else f"{parts.scheme}://{parts.netloc}/"
    return None


def _json_ld_objects(value: Any) -> Iterator[dict[str, Any]]:
    """Every object in a JSON-LD document, @graph members included, depth first."""
    if isinstance(value, list):
        for item in value:
            yield from _json_ld_objects(item)
    elif isinstance(value, dict):
        yield value
        for key in ("@graph", "publisher", "isPartOf", "mainEntity"):
            if key in value:
                yield from _json_ld_objects(value[key])


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    return {str(t) for t in kind} if isinstance(kind, list) else {str(kind)}


def _json_ld_names(documents: list[str]) -> Iterator[str]:
    """publisher.name first, then names of site-like objects, in document order."""
    objects: list[dict[str, Any]] = []
    for text in documents:
        try:
            objects += _json_ld_objects(json.loads(text))
        except ValueError:
            continue  # broken JSON-LD is common and says nothing
    for obj in objects:
        publisher = obj.get("publisher")
        for item in publisher if isinstance(publisher, list) else [publisher]:
            if isinstance(item, dict) and isinstance(item.get("name"), str):
                yield item["name"]
    for obj in objects:
        if _types(obj) & _SITE_TYPES and isinstance(obj.get("name"), str):
            yield obj["name"]


def _meta(tree: Any, attribute: str, value: str) -> list[str]:
    found = tree.xpath(
        f"//meta[translate(@{attribute}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
        f"'abcdefghijklmnopqrstuvwxyz') = '{value}']/@content"
    )
    return [str(v) for v in found]


def name_from_page(body: bytes, url: str) -> str | None:
    """The site's name as its home page states it, or None when it states none usable."""
    if not body.strip():
        return None
    try:
        tree = lxml.html.document_fromstring(body[:_MAX_PARSED])
    except (etree.ParserError, ValueError):
        return None
    candidates = [
        *_meta(tree, "property", "og:site_name"),
        *_meta(tree, "name", "og:site_name"),
        *_meta(tree, "name", "application-name"),
        *_json_ld_names(
            [
                str(s.text_content())
                for s in tree.xpath("//script[@type='application/ld+json']")
            ]
        ),
    ]
    for candidate in candidates:
        name = clean_name(candidate)
        if page_name_usable(name, site_url=url):
            return name
    return None
