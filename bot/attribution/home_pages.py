"""A site's own name, read from its home page: `og:site_name`, `application-name`, then JSON-LD
(`publisher.name`, or the `name` of a WebSite or news Organization). Pure: bytes in, name out."""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from bot.attribution.site_names import clean_name, page_name_usable

# A home page's <head> is what names the site; JSON-LD sometimes sits in the body. Parsing a
# capped prefix keeps a 5 MB portal page from costing more than its head is worth.
_MAX_PARSED = 512 * 1024
_SITE_TYPES = frozenset(
    {"WebSite", "Organization", "NewsMediaOrganization", "Corporation", "NewsOrganization"}
)
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_.:-]+)""", re.I)


class _NameTags(HTMLParser):
    """Collects the meta tags that name a site and the JSON-LD scripts, in document order."""

    # The standard library's tolerant parser, as feed discovery uses: lxml has no type stubs
    # and a name needs no tree.
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, list[str]] = {"og:site_name": [], "application-name": []}
        self.json_ld: list[str] = []
        self._in_json_ld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or "").strip().lower()
            if key in self.meta and values.get("content"):
                self.meta[key].append(values["content"])
        elif tag == "script" and values.get("type", "").strip().lower() == "application/ld+json":
            self._in_json_ld = True
            self.json_ld.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_json_ld = False

    def handle_data(self, data: str) -> None:
        if self._in_json_ld:
            self.json_ld[-1] += data


def _decoded(body: bytes) -> str:
    """The page's text: UTF-8, else the charset its <meta> declares, else Windows-1252."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(body[:4096])
    encoding = "cp1252"
    if declared:
        try:
            encoding = codecs.lookup(declared.group(1).decode("ascii")).name
        except LookupError:
            pass
    return body.decode(encoding, "replace")


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


def name_from_page(body: bytes, url: str) -> str | None:
    """The site's name as its home page states it, or None when it states none usable."""
    tags = _NameTags()
    try:
        tags.feed(_decoded(body[:_MAX_PARSED]))
        tags.close()
    except (AssertionError, ValueError):  # HTMLParser's way of giving up on broken markup
        pass
    candidates = [
        *tags.meta["og:site_name"],
        *tags.meta["application-name"],
        *_json_ld_names(tags.json_ld),
    ]
    for candidate in candidates:
        name = clean_name(candidate)
        if page_name_usable(name, site_url=url):
            return name
    return None
