"""Click trackers written as a site's own script and query ("host/feeder/?FeederAction=clicked&
seed=http%3A…"): the entry's own page on the site, else the address the query carries."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, urlsplit

# A value (or key) that says the request counts a click: "clicked", "click", "clickthrough",
# comScore's "clickin" (sitestat's "s?clickin.<page>&ns_type=clickin&ns_url=http://…"), and the
# word in French, Spanish, Italian or Portuguese ("clic": xfruits' "?clic=300184915&url=").
_CLICK_WORD = re.compile(r"[a-z_]*(?:click(?:ed|s|in|through)?|clics?)", re.IGNORECASE)
# A link in the entry's text to the site's own page of it: a link blog's permalink mark at
# the end of the item ("●", "#", "¶", "∞", "★", "permalink").
_PERMALINK = re.compile(
    r"""<a\s[^>]*?href=["'](https?://[^"'<>\s]+)["'][^>]*>\s*"""
    r"(?:&#x25cf;|&#9679;|\u25cf|#|&para;|\u00b6|&#8734;|\u221e|\u2605|&#9733;|permalink)"
    r"\s*</a>",
    re.IGNORECASE,
)


def _carried(url: str) -> str | None:
    """The web address a click-counting query carries, or None for no such query."""
    pairs = parse_qsl(urlsplit(url).query)
    if not any(_CLICK_WORD.fullmatch(v) or _CLICK_WORD.fullmatch(k) for k, v in pairs):
        return None
    for _, value in pairs:
        if value.lower().startswith(("http://", "https://")) and urlsplit(value).hostname:
            return value
    return None


def _site(host: str | None) -> str:
    return (host or "").lower().removeprefix("www.")


def click_query_target(raw: Mapping[str, Any], link: str) -> str | None:
    """The page a click-counting query link stands for: the entry's permalink on the link's
    own site where its text marks one, else the address the query carries; None for none."""
    if "clic" not in link.lower() or (carried := _carried(link)) is None:
        return None
    texts = [str(part.get("value") or "") for part in raw.get("content") or []]
    texts.append(str(raw.get("summary") or ""))
    site = _site(urlsplit(link).hostname)
    for text in texts:
        for found in reversed(_PERMALINK.findall(text)):
            if _site(urlsplit(found).hostname) == site:
                return str(found)
    return carried
