"""The links a post's summary carries, less those a reader cannot use: on a host that is no host
name, to a tool's page, called gone by their sentence, or put on keywords by a plugin."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar
from urllib.parse import urlsplit

from bot.text.link_targets import is_real_host, is_tool_page
from bot.text.summary_links import Anchor, summary_anchors

# The words a sentence says of its link when the page is gone: "Flickr, which is no longer
# available now", "(link dead)".
_DEAD_AFTER = re.compile(
    r"[^.!?]{0,40}\b(?:no longer (?:available|online|exists?|there|up)|(?:link|page|site) is "
    r"(?:dead|broken|down|gone)|ya no (?:está|existe)|"
    r"n'(?:est|existe) plus|nicht mehr (?:verfügbar|online))",
    re.IGNORECASE,
)


class _Linked(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def href(self) -> str: ...


_A = TypeVar("_A", bound=_Linked)


def said_dead(summary: str, anchor: _Linked) -> bool:
    """Whether the sentence goes on to say the linked page is gone."""
    at = summary.find(anchor.text)
    return at >= 0 and bool(_DEAD_AFTER.match(summary, at + len(anchor.text)))


def reader_anchors(summary: str, anchors: Sequence[_A]) -> tuple[_A, ...]:
    """The anchors a reader can follow: none on a host that is no host name, a tool's page, or
    a page the sentence calls gone."""
    return tuple(
        a
        for a in anchors
        if is_real_host(urlsplit(a.href).hostname or "")
        and not is_tool_page(a.href)
        and not said_dead(summary, a)
    )


# Links an authoring plugin put on keywords, not the author: Zemanta's "zem_slink", Simple
# Tags' "st_tag internal_tag", Kontera's in-text ads "kLink", and rel="tag" (a tag listing).
_PLUGIN_LINK = re.compile(
    r"""\bclass\s*=\s*["'][^"']*\b(?:zem_slink|st_tag|internal_tag|kLink)\b"""
    r"""|\brel\s*=\s*["'](?:[^"']*\s)?tag[\s"']""",
    re.IGNORECASE,
)
_OPEN_A = re.compile(r"<a\s[^>]*>", re.IGNORECASE)


def without_plugin_links(html: str) -> str:
    """`html` with the links a plugin added left as plain words (their `<a>` loses its href)."""
    if not _PLUGIN_LINK.search(html):  # one look first: few entries have any
        return html
    return _OPEN_A.sub(lambda m: "<a>" if _PLUGIN_LINK.search(m.group(0)) else m.group(0), html)


def reader_summary_anchors(summary: str, html: str, article_url: str | None) -> tuple[Anchor, ...]:
    """summary_links.summary_anchors of the entry less plugin links, then reader_anchors."""
    anchors = summary_anchors(summary, html, article_url)
    # The plugins' marks are looked for only where the summary keeps a link (few entries).
    if anchors and _PLUGIN_LINK.search(html):
        anchors = summary_anchors(summary, without_plugin_links(html), article_url)
    return reader_anchors(summary, anchors)
