"""Short links (a shortener's address or its "…/info" statistics page) as an item's link, and
shorteners whose links no longer lead anywhere. A short link hides where it goes; the entry
often says it, as the text of its anchor ("<a href="http://ck4.us/7d/">http://aws.typepad…</a>")."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from bot.parsing.urls import registered_domain

# Shorteners whose service has ended, so their links lead nowhere: goo.gl (Google stopped
# redirecting its links in August 2025, but for those still followed in late 2024), and
# services closed earlier (tr.im, cli.gs, snurl.com/snipurl.com, su.pr, ff.im with FriendFeed,
# tl.gd, post.ly with Posterous, ck4.us). Live ones (bit.ly, t.co, tinyurl.com) still lead on.
_DEAD_SHORTENERS = frozenset(
    {
        "goo.gl",
        "tr.im",
        "cli.gs",
        "snurl.com",
        "snipurl.com",
        "su.pr",
        "ff.im",
        "tl.gd",
        "post.ly",
        "ck4.us",
    }
)
# A shortener's statistics page is its short link with "/info" or "+" after it (bit.ly's "+").
_STATS_PAGE = re.compile(r"(?:/info|\+)/?$", re.IGNORECASE)
# An anchor whose whole text is an address: the destination a short link stands for.
_ADDRESS_ANCHOR = re.compile(
    r"""<a\s[^>]*?href\s*=\s*["']([^"'<>]+)["'][^>]*>\s*(https?://[^\s<>"']+)\s*</a\s*>""",
    re.IGNORECASE,
)


# Google's apps made goo.gl links of their own ("goo.gl/maps/…", "goo.gl/photos/…"), which it
# said would keep working.
_KEPT_PATHS = ("/maps/", "/photos/")


def is_dead_short_link(url: str) -> bool:
    """Whether `url` is on a shortener whose links no longer lead anywhere."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    return host in _DEAD_SHORTENERS and not parts.path.startswith(_KEPT_PATHS)


def _texts(raw: Mapping[str, Any]) -> list[str]:
    texts = [str(part.get("value") or "") for part in raw.get("content") or []]
    return [*texts, str(raw.get("summary") or "")]


def named_destination(raw: Mapping[str, Any], link: str | None) -> str | None:
    """The address the entry writes as the text of its anchor to `link` (or to the short link
    whose statistics page `link` is), when that is another site's; else `link`."""
    if link is None:
        return None
    short = _STATS_PAGE.sub("", link).rstrip("/")
    # A quick look first: most entries never link their own item link with an address.
    if not (texts := [t for t in _texts(raw) if short in t]):
        return link
    own = registered_domain(link)
    for text in texts:
        for found in _ADDRESS_ANCHOR.finditer(text):
            href, named = html.unescape(found.group(1)).strip(), html.unescape(found.group(2))
            # An address cut short for display ("http://example.com/a-long-…") is no address.
            if href.rstrip("/") != short or named.endswith(("…", "...")):
                continue
            # A short link is shorter than what it stands for: a page's link written out as
            # its own short link ("<a href=…/2009/12/11/storm-show>tinyurl.com/storm</a>") is
            # no destination.
            if len(named) <= len(short) or not urlsplit(named).hostname:
                continue
            if registered_domain(named) != own:
                return named
    return link
