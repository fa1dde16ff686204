"""Links a summary keeps: the entry's own links whose words the summary still says, so a
sentence that relies on its link ("read part 1 and part 2") carries it into the post."""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from html import unescape
from urllib.parse import urlsplit

from bot.parsing.feed_links import front_page
from bot.parsing.links import is_redirector, servable_link
from bot.parsing.short_links import is_dead_short_link
from bot.parsing.urls import canonical_url, url_key
from bot.text.html_blocks import html_blocks
from bot.text.link_hygiene import (
    in_one_word_runs,
    inline_href,
    is_function_words,
    is_listing_page,
    is_own_glossary,
    points_at_listing,
    with_path_parameters,
)
from bot.text.link_targets import without_page_folder
from bot.text.redirect_links import through_redirect
from bot.text.relied_anchors import relies_on_link

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
_TRACKBACK = re.compile(r"/(?:t/)?trackback(?:/|\.|$)", re.IGNORECASE)


@dataclass(frozen=True)
class Anchor:
    """A link of the entry's text: the words it covers and its address (canonical, http(s))."""

    text: str
    href: str
    # The words around it when the summary says `text` twice or the entry links it to two
    # addresses ("Check <here> for Obama, and here for McCain"): the link goes on this phrase.
    context: str = ""


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
    if href and ";" in href:
        canonical = with_path_parameters(canonical, href)
    if article_url:
        canonical = without_page_folder(canonical, article_url)
    if (target := through_redirect(canonical, article_url)) != canonical:
        if target is None or (canonical := canonical_url(target)) is None:
            return None
    if is_redirector(canonical) or front_page(canonical) != canonical:
        return None
    if is_dead_short_link(canonical):
        return None  # goo.gl's links lead nowhere now: the words stay, unlinked
    if _TRACKBACK.search(canonical):
        return None  # a blog's ping address (TypePad's "/t/trackback/4158545"): no page to read
    return servable_link(inline_href(canonical), article_url or "")


# A link its author's site marks as not vouched for: paid ("sponsored"), or, in a comment,
# "ugc" or "nofollow" (which blogs put on every link of a comment) to a site's front page: a
# commenter's keyword anchor ("USB bus powered computer speakers" -> usb-computer-speakers.com/)
# is link spam; a page cited deep in a site (a map, an encyclopedia's article) is the comment's.
_REL_LINK = re.compile(
    r"""<a\s(?=[^>]*?\brel=["']?[^"'>]*?\b(sponsored|ugc|nofollow)\b)[^>]*?\bhref=["']?([^"'\s>]+)""",
    re.IGNORECASE,
)


def _unvouched(html: str, article_url: str | None) -> frozenset[str]:
    """The hrefs of the entry's paid links, and in a comment its unfollowed front-page ones."""
    if "rel=" not in html:
        return frozenset()
    comment = "comment" in urlsplit(article_url or "").fragment.lower()
    found = ((m.group(1).lower(), unescape(m.group(2))) for m in _REL_LINK.finditer(html))
    return frozenset(
        href
        for rel, href in found
        if rel == "sponsored" or comment and urlsplit(href).path in ("", "/")
    )


# The words either side of a link that the summary must say with it, so the link is the one
# the summary kept: the entry's "David" linked in its fifth paragraph is no other "David".
_CONTEXT_CHARS = 8


# Wider phrases tell apart links the narrow one does not ("Reuters. <Source>" under each of
# three pictures, each to its own page).
_PHRASE_WIDTHS = (_CONTEXT_CHARS, 2 * _CONTEXT_CHARS, 4 * _CONTEXT_CHARS)


def _in_context(text: str, before: str, after: str, width: int = _CONTEXT_CHARS) -> tuple[str, ...]:
    """The anchor with the few characters before it, and with those after (either will do)."""
    left = _SPACES.sub(" ", before[-width:]).lstrip()
    right = _SPACES.sub(" ", after[:width]).rstrip()
    return (left + text, text + right) if left or right else (text,)


# A link's words, its address, and the entry's text before and after it.
_Occurrence = tuple[str, str | None, str, str]


def _occurrences(html: str, article_url: str | None) -> list[_Occurrence]:
    """Each link of the entry's paragraphs: its words, its address (None when unusable) and
    the phrases it was linked in."""
    if "<a" not in html and "<A" not in html:
        return []
    own = _own_key(article_url)
    unvouched = _unvouched(html, article_url)
    found: list[_Occurrence] = []
    for block in html_blocks(html):
        if block.kind != "text":
            continue
        for link in block.links:
            text = _SPACES.sub(" ", block.text[link.start : link.end]).strip()
            if len(text) < _MIN_CHARS or not _WORDY.search(text) or is_function_words(text):
                continue
            href = None if link.href in unvouched else _address(link.href, article_url)
            if href is not None and is_own_glossary(href, article_url):
                href = None  # a plugin's link of the word to its definition
            if href is not None and url_key(href) == own:
                href = None  # the post links the article already
            before = block.text[max(0, link.start - 4 * _CONTEXT_CHARS) : link.start]
            if href and is_listing_page(href) and not points_at_listing(before[-16:]):
                href = None  # a tag or topic page lists items: no source for the words
            after = block.text[link.end : link.end + 4 * _CONTEXT_CHARS]
            found.append((text, href, before, after))
    return found


def _entry_links(html: str, article_url: str | None) -> dict[str, tuple[str | None, set[str]]]:
    """Each linked text of the entry's paragraphs: its address (None when it has none usable,
    or two) and the phrases it was linked in."""
    return _by_words(_occurrences(html, article_url))


def _by_words(occurrences: list[_Occurrence]) -> dict[str, tuple[str | None, set[str]]]:
    found: dict[str, tuple[str | None, set[str]]] = {}
    for text, href, before, after in occurrences:
        known, phrases = found.get(text, (href, set()))
        context = _in_context(text, before, after)
        found[text] = (href if known == href else None, phrases | set(context))
    return found


def _phrase_anchors(flat: str, occurrences: list[_Occurrence], done: set[str]) -> list[Anchor]:
    """Links said twice or to two addresses, kept where their phrase is said once; two claims
    on one place with different addresses cancel out, and a wider phrase tries again."""
    left = [o for o in occurrences if o[1] is not None and o[0] not in done and o[0] in flat]
    kept: dict[int, Anchor] = {}
    for width in _PHRASE_WIDTHS:
        claims: dict[int, Anchor | None] = {}
        for text, href, before, after in left:
            at, phrase = _place(flat, text, _in_context(text, before, after, width))
            if at >= 0 and href is not None and at not in kept:
                anchor = Anchor(text, href, phrase)
                known = claims.get(at, anchor)
                claims[at] = anchor if known is not None and known.href == href else None
        kept.update((at, anchor) for at, anchor in claims.items() if anchor is not None)
        if all(anchor is not None for anchor in claims.values()):
            break
    return list(kept.values())


def _place(flat: str, text: str, context: tuple[str, ...]) -> tuple[int, str]:
    """Where in `flat` the link's words are: where the summary says, once each, the words it
    was linked between (a side the entry has no words on agrees anywhere); -1 when unknown."""
    places: set[int] = set()
    longest = ""
    for phrase in context:
        if len(phrase) <= len(text):
            continue
        if flat.count(phrase) != 1:
            return -1, ""
        places.add(flat.find(phrase) + (len(phrase) - len(text) if phrase.endswith(text) else 0))
        longest = max(longest, phrase, key=len)
    return (places.pop(), longest) if len(places) == 1 else (-1, "")


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


def _flexible(text: str) -> str:
    return r"\s+".join(re.escape(word) for word in text.split(" "))


def _in_phrase(anchor: Anchor) -> re.Pattern[str]:
    """The anchor's phrase, its words as group 1 (at the phrase's end or start)."""
    phrase, text = anchor.context, anchor.text
    if phrase.endswith(text):
        return re.compile(_flexible(phrase[: -len(text)]) + "(" + re.escape(text) + ")")
    return re.compile("(" + re.escape(text) + ")" + _flexible(phrase[len(text) :]))


def linked_spans(summary: str, anchors: Sequence[Anchor]) -> list[tuple[int, int, str]]:
    """Where the summary says an anchor's words exactly once, its span and address: none
    overlapping another, each address once, at most MAX_LINKS (see _fewest_a_sentence)."""
    spans: list[tuple[int, int, str]] = []
    for anchor in anchors:
        if anchor.text not in summary:
            continue  # the cheap test first: most anchors are not in the lead
        pattern = _in_phrase(anchor) if anchor.context else _pattern(anchor.text)
        found = pattern.finditer(summary)
        first, second = next(found, None), next(found, None)
        if first is not None and second is None:
            group = 1 if anchor.context else 0
            spans.append((first.start(group), first.end(group), anchor.href))
    kept: list[tuple[int, int, str]] = []
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if kept and span[0] < kept[-1][1] or any(span[2] == k[2] for k in kept):
            continue
        kept.append(span)
    noisy = in_one_word_runs(summary, kept)
    kept = [s for i, s in enumerate(kept) if i not in noisy]
    # Words placed by their phrase take the slots words said once leave free: a relied-on
    # link ("as <reported before>") is not lost to a name said twice.
    by_phrase = {(a.text, a.href) for a in anchors if a.context}
    return _fewest_a_sentence(summary, kept, {(summary[s:e], h) for s, e, h in kept} & by_phrase)


_SENTENCE_END = re.compile(r"[.!?。！？]\s|[.!?。！？]$")


def _fewest_a_sentence(
    summary: str,
    spans: list[tuple[int, int, str]],
    later: AbstractSet[tuple[str, str]] = frozenset(),
) -> list[tuple[int, int, str]]:
    """MAX_LINKS of the spans: pointers, then those of sentences with fewer links; in order."""
    # A link whose words only point ("Click <here>", "… Reuters. <Source>.)", "this <photo>")
    # goes first: without it the sentence points at nothing, while a name reads as well unlinked.
    # A sentence that relies on its one link ("View more photos in our <umbrella clusters>.")
    # goes before a row of names each linked ("Thanks to <A>, <B>, <C> and <D>.").
    if len(spans) <= MAX_LINKS:
        return spans
    ends = [m.end() for m in _SENTENCE_END.finditer(summary)]
    sentence = [sum(1 for e in ends if e <= start) for start, _, _ in spans]
    last = [(summary[start:end], href) in later for start, end, href in spans]
    pointer = [relies_on_link(summary, start, end) for start, end, _ in spans]
    chosen = sorted(
        range(len(spans)), key=lambda i: (not pointer[i], last[i], sentence.count(sentence[i]), i)
    )
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
    occurrences = _occurrences(html[: until + _AFTER_LINK_CHARS], article_url)
    anchors = [
        Anchor(text, href)
        for text, (href, phrases) in _by_words(occurrences).items()
        if href and text in summary and any(p in flat for p in phrases) and _once(text, flat)
    ]
    anchors += _phrase_anchors(flat, occurrences, {anchor.text for anchor in anchors})
    by_place = {(a.text, a.href): a.context for a in anchors}
    return tuple(
        Anchor(summary[start:end], href, by_place.get((summary[start:end], href), ""))
        for start, end, href in linked_spans(summary, anchors)
    )


def _once(text: str, flat: str) -> bool:
    found = _pattern(text).finditer(flat)
    return next(found, None) is not None and next(found, None) is None
