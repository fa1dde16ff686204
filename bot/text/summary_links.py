"""Links a summary keeps: the entry's own links whose words the summary still says, so a
sentence that relies on its link ("read part 1 and part 2") carries it into the post."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.parsing.feed_links import front_page
from bot.parsing.links import is_redirector, servable_link
from bot.parsing.urls import canonical_url, url_key
from bot.text.html_blocks import html_blocks

# A post links at most this many of its words: more reads as a list of links, not a lead.
MAX_LINKS = 3
_WORDY = re.compile(r"\w")
_SPACES = re.compile(r"\s+")
_MIN_CHARS = 2


@dataclass(frozen=True)
class Anchor:
    """A link of the entry's text: the words it covers and its address (canonical, http(s))."""

    text: str
    href: str


def _own_key(article_url: str | None) -> str | None:
    canonical = canonical_url(article_url) if article_url else None
    return url_key(canonical) if canonical else None


def _address(href: str | None, article_url: str | None) -> str | None:
    """`href` canonical and without trackers; None for another scheme, an unreachable host, a
    click tracker's redirect or a search (a keyword linked to a search is no page)."""
    try:
        canonical = canonical_url(href) if href else None
    except ValueError:  # an address no parser reads ("http://host:nnnn/"): no link at all
        return None
    if canonical is None or not canonical.lower().startswith(("http://", "https://")):
        return None
    if is_redirector(canonical) or front_page(canonical) != canonical:
        return None
    return servable_link(canonical, article_url or "")


def entry_anchors(html: str, article_url: str | None) -> tuple[Anchor, ...]:
    """The links of the entry's text paragraphs, less the article's own (the post links it);
    words linked to two different addresses are left out: which one was meant is unknown."""
    if "<a" not in html and "<A" not in html:
        return ()
    own = _own_key(article_url)
    found: dict[str, str | None] = {}
    for block in html_blocks(html):
        if block.kind != "text":
            continue
        for link in block.links:
            text = _SPACES.sub(" ", block.text[link.start : link.end]).strip()
            if len(text) < _MIN_CHARS or not _WORDY.search(text):
                continue
            href = _address(link.href, article_url)
            if href is None or url_key(href) == own:
                found.setdefault(text, None)  # the words stay unlinked, whatever else links them
                continue
            found[text] = href if found.get(text, href) == href else None
    return tuple(Anchor(text, href) for text, href in found.items() if href)


def _pattern(text: str) -> re.Pattern[str]:
    """`text` as whole words: "part 1" is not found in "part 12", nor "here" in "there"."""
    before = r"(?<!\w)" if text[0].isalnum() or text[0] == "_" else ""
    after = r"(?!\w)" if text[-1].isalnum() or text[-1] == "_" else ""
    return re.compile(before + re.escape(text) + after)


def linked_spans(summary: str, anchors: Sequence[Anchor]) -> list[tuple[int, int, str]]:
    """Where the summary says an anchor's words exactly once, its span and address: the first
    MAX_LINKS by position, none overlapping another, each address once."""
    spans: list[tuple[int, int, str]] = []
    for anchor in anchors:
        if anchor.text not in summary:
            continue  # the cheap test first: most anchors are not in the lead
        found = _pattern(anchor.text).finditer(summary)
        first, second = next(found, None), next(found, None)
        if first is not None and second is None:
            spans.append((first.start(), first.end(), anchor.href))
    kept: list[tuple[int, int, str]] = []
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if kept and span[0] < kept[-1][1] or any(span[2] == k[2] for k in kept):
            continue
        kept.append(span)
    return kept[:MAX_LINKS]


def summary_anchors(summary: str, html: str, article_url: str | None) -> tuple[Anchor, ...]:
    """The anchors of `html` the summary will link (see linked_spans), for the post to carry."""
    if not summary:
        return ()
    spans = linked_spans(summary, entry_anchors(html, article_url))
    return tuple(Anchor(summary[start:end], href) for start, end, href in spans)
