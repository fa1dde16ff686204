"""Links a summary keeps: the entry's own links whose words the summary still says, so a
sentence that relies on its link ("read part 1 and part 2") carries it into the post."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import unescape

from bot.parsing.feed_links import front_page
from bot.parsing.links import is_redirector, servable_link
from bot.parsing.urls import canonical_url, url_key
from bot.text.html_blocks import html_blocks
from bot.text.link_hygiene import (
    in_one_word_runs,
    inline_href,
    is_function_words,
    is_listing_page,
    points_at_listing,
)

# A post links at most this many of its words: more reads as a list of links, not a lead.
MAX_LINKS = 3
_WORDY = re.compile(r"\w")
_SPACES = re.compile(r"\s+")
_MIN_CHARS = 2
# A quick look at the raw HTML's links first: parsing an entry's blocks costs ms, and most
# entries' summaries say none of their links' words.
_LINK_HTML = re.compile(r"<a\s[^>]*>(.*?)</a\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_AFTER_LINK_CHARS = 400


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
    return servable_link(inline_href(canonical), article_url or "")


# The words either side of a link that the summary must say with it, so the link is the one
# the summary kept: the entry's "David" linked in its fifth paragraph is no other "David".
_CONTEXT_CHARS = 8


def _in_context(text: str, before: str, after: str) -> tuple[str, ...]:
    """The anchor with the few characters before it, and with those after (either will do)."""
    left = _SPACES.sub(" ", before[-_CONTEXT_CHARS:]).lstrip()
    right = _SPACES.sub(" ", after[:_CONTEXT_CHARS]).rstrip()
    return (left + text, text + right) if left or right else (text,)


def _entry_links(html: str, article_url: str | None) -> dict[str, tuple[str | None, set[str]]]:
    """Each linked text of the entry's paragraphs: its address (None when it has none usable,
    or two) and the phrases it was linked in."""
    if "<a" not in html and "<A" not in html:
        return {}
    own = _own_key(article_url)
    found: dict[str, tuple[str | None, set[str]]] = {}
    for block in html_blocks(html):
        if block.kind != "text":
            continue
        for link in block.links:
            text = _SPACES.sub(" ", block.text[link.start : link.end]).strip()
            if len(text) < _MIN_CHARS or not _WORDY.search(text) or is_function_words(text):
                continue
            href = _address(link.href, article_url)
            if href is not None and url_key(href) == own:
                href = None  # the post links the article already
            before = block.text[max(0, link.start - 2 * _CONTEXT_CHARS) : link.start]
            if href and is_listing_page(href) and not points_at_listing(before):
                href = None  # a tag or topic page lists items: no source for the words
            context = _in_context(
                text, before, block.text[link.end : link.end + 2 * _CONTEXT_CHARS]
            )
            known, phrases = found.get(text, (href, set()))
            found[text] = (href if known == href else None, phrases | set(context))
    return found


def entry_anchors(html: str, article_url: str | None) -> tuple[Anchor, ...]:
    """The links of the entry's text paragraphs, less the article's own (the post links it);
    words linked to two different addresses are left out: which one was meant is unknown."""
    found = _entry_links(html, article_url)
    return tuple(Anchor(text, href) for text, (href, _) in found.items() if href)


def _pattern(text: str) -> re.Pattern[str]:
    """`text` as whole words: "part 1" is not found in "part 12", nor "here" in "there"."""
    before = r"(?<!\w)" if text[0].isalnum() or text[0] == "_" else ""
    after = r"(?!\w)" if text[-1].isalnum() or text[-1] == "_" else ""
    return re.compile(before + re.escape(text) + after)


def linked_spans(summary: str, anchors: Sequence[Anchor]) -> list[tuple[int, int, str]]:
    """Where the summary says an anchor's words exactly once, its span and address: none
    overlapping another, each address once, at most MAX_LINKS (see _fewest_a_sentence)."""
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
    noisy = in_one_word_runs(summary, kept)
    return _fewest_a_sentence(summary, [s for i, s in enumerate(kept) if i not in noisy])


_SENTENCE_END = re.compile(r"[.!?。！？]\s|[.!?。！？]$")


def _fewest_a_sentence(
    summary: str, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """MAX_LINKS of the spans, those of sentences with fewer links first, kept in order."""
    # A sentence that relies on its one link ("View more photos in our <umbrella clusters>.")
    # goes before a row of names each linked ("Thanks to <A>, <B>, <C> and <D>.").
    if len(spans) <= MAX_LINKS:
        return spans
    ends = [m.end() for m in _SENTENCE_END.finditer(summary)]
    sentence = [sum(1 for e in ends if e <= start) for start, _, _ in spans]
    chosen = sorted(range(len(spans)), key=lambda i: (sentence.count(sentence[i]), i))
    return [spans[i] for i in sorted(chosen[:MAX_LINKS])]


def _linked_until(summary: str, html: str) -> int:
    """Where the last of the raw HTML's links whose words the summary says ends (0: none):
    the blocks after it need no parsing."""
    until = 0
    for found in _LINK_HTML.finditer(html):
        text = _SPACES.sub(" ", unescape(_TAG.sub("", found.group(1)))).strip()
        if len(text) >= _MIN_CHARS and text in summary:
            until = found.end()
    return until


def summary_anchors(summary: str, html: str, article_url: str | None) -> tuple[Anchor, ...]:
    """The anchors of `html` the summary will link (see linked_spans), for the post to carry:
    only those the summary says with a word of the phrase they were linked in."""
    flat = _SPACES.sub(" ", summary)
    until = _linked_until(flat, html) if summary else 0
    if not until:
        return ()
    # The rest of its paragraph, for the words after the link (a paragraph is seldom longer).
    found = _entry_links(html[: until + _AFTER_LINK_CHARS], article_url)
    anchors = [
        Anchor(text, href)
        for text, (href, phrases) in found.items()
        if href and text in summary and any(p in flat for p in phrases)
    ]
    spans = linked_spans(summary, anchors)
    return tuple(Anchor(summary[start:end], href) for start, end, href in spans)
