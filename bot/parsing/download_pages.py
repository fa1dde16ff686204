"""An item whose <link> is a download (a .torrent, a media or archive file) and whose guid is
a permalink: the guid is the article's page, the file only what the page offers."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

# A file a reader downloads rather than reads: a torrent, audio, video, an archive, a disk
# image or an installer. A PDF or a picture is left: a bookmark feed's link to a paper is
# the thing itself.
_DOWNLOAD = re.compile(
    r"\.(?:torrent|mp3|m4a|m4b|aac|ogg|oga|opus|wav|flac|mp4|m4v|mov|webm|mkv|avi|wmv|flv"
    r"|mpe?g|3gp|zip|rar|7z|gz|tgz|bz2|xz|dmg|exe|msi|iso|apk|deb|rpm)$",
    re.IGNORECASE,
)
# RSS 2.0: a guid is a permalink unless its isPermaLink attribute says "false" (feedparser
# drops the attribute once the item has a <link>, so the feed's bytes are asked).
_NOT_PERMALINK = re.compile(
    rb"<guid\b[^>]*\bisPermaLink\s*=\s*[\"']false[\"'][^>]*>\s*(?:<!\[CDATA\[)?\s*([^<\]\s]+)",
    re.IGNORECASE,
)


def _is_download(link: str, raw: Mapping[str, Any]) -> bool:
    """Whether `link` is a file to download: by its extension, or as the item's enclosure of
    a type other than a web page."""
    if _DOWNLOAD.search(urlsplit(link).path):
        return True
    for enclosure in raw.get("enclosures") or []:
        kind = str(enclosure.get("type") or "")
        if enclosure.get("href") == link and kind and "html" not in kind:
            return True
    return False


@lru_cache(maxsize=4)
def _not_permalink_guids(body: bytes) -> frozenset[bytes]:
    # Once per feed, not once per item: a podcast whose every item links its mp3 asks for each.
    return frozenset(found.group(1) for found in _NOT_PERMALINK.finditer(body))


def _declared_not_permalink(guid: str, body: bytes) -> bool:
    written = {guid.encode(), guid.replace("&", "&amp;").encode()}
    return not written.isdisjoint(_not_permalink_guids(body))


def _html_page(raw: Mapping[str, Any], link: str) -> str | None:
    """An Atom entry's other link to a web page (its "alternate" or "related" HTML page)."""
    for other in raw.get("links") or []:
        href = str(other.get("href") or "")
        if (
            href != link
            and other.get("rel") in ("alternate", "related")
            and href.startswith(("http://", "https://"))
        ):
            if "html" in str(other.get("type") or "") and not _DOWNLOAD.search(urlsplit(href).path):
                return href
    return None


def page_of_download(raw: Mapping[str, Any], link: str | None, body: bytes) -> str | None:
    """The item's page where `link` is a download: its permalink guid (RSS) or its other HTML
    link (Atom); else `link`."""
    if link is None or not _is_download(link, raw):
        return link
    if page := _html_page(raw, link):
        return page
    guid = raw.get("id")
    # An Atom id need not be an address anyone can open; an RSS guid is one by default.
    if b"<guid" not in body or not isinstance(guid, str):
        return link
    guid = guid.strip()
    parts = urlsplit(guid)
    if guid == link or parts.scheme not in ("http", "https") or not parts.hostname:
        return link
    if _DOWNLOAD.search(parts.path) or _declared_not_permalink(guid, body):
        return link
    return guid
