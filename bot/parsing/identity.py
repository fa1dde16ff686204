"""Entry identity and stand-in titles, shared by the XML and JSON Feed parsers."""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

from bot.parsing.headline_shapes import is_bare_address, without_serial_slug

# Feeds are untrusted: an entity-expanded 100 MB title must not reach storage or rendering.
MAX_TITLE_CHARS = 1_000
MAX_CONTENT_CHARS = 1_000_000


# The way entry keys are made, numbered: raise it with any change that gives a stored item a
# new key (its guid-less link's canonical form, its stand-in title), so that the first check
# after the upgrade re-baselines what it re-keyed (bot/compose/rekeying) instead of posting it
# again; tests/test_rekeying.py holds the carried corpus's keys to it. 1: up to session 7;
# 2: an item linking its site's home page gets its own link (session 8); 3: items sharing a
# page keep their anchors (session 9); 4: protocol-relative links, a feed service's relative
# links, query keys without a value, Blubrry's statistics prefix (session 10); 5: items sharing
# a page keep the query key that tells them apart (session 11, item_queries); 6: a click
# counter's path carrying the article's address or path gives that address (session 13,
# click_paths); 7: a redirector's encoded path or "redir"/"url" script, Feedsky's srclink and
# twice-escaped ampersands give the article's address (session 13, redirectors); 8: an
# Interchange shop's partner code (mv_pc, mv_source) is tracking (session 14); 9: a feed-reader
# flag ("nucrss=1", "rss=true"), an original link that is itself a redirect, a click counter's
# query ("FeederAction=clicked&seed=…") give the page (session 14, Z3); 10: a numbered
# comment's anchor ("#c9432418", "#comment-12") is kept (session 16, T2); 11: any namespace's
# original-link element ("slinkset:origLink") gives the article (session 21, K22); 12: items
# sharing a page in their original links (FeedBurner's origLink "…/2008-12-11/#17562") keep
# their anchors, a click counter's "clickin" query ("ns_type=clickin&ns_url=…") gives the
# article (session 22, L22); 13: a counter carrying another site's address after its counter
# segment or in its query ("…/rss/click/www.b.com/…", "…/r/1?url=…") gives it, IBM's "ca=drs-"
# is tracking (session 24, L26); 14: a scheme written twice ("http://http://host/…") read once,
# close tags written as empty elements ("<link/>") read as close tags (session 27, M29); 15: a
# value naming one of the site's feeds under any key ("cloc=rss-news-star") is tracking (session
# 29). Databases older than the number store 0.
KEY_SCHEME = 15


def entry_key(guid: str, canonical: str | None, title: str, published: float | None) -> str:
    """Entry identity: guid, else canonical link, else a hash of title and date."""
    if guid:
        return f"id:{guid}"
    # A site's front page is no item's own address: a feed linking it on every item (Arts &
    # Letters Daily, a podcast's site) would otherwise have one item, the rest dropped.
    if canonical and not _is_front_page(canonical):
        return f"url:{canonical}"
    digest = hashlib.sha256(f"{title}\x00{published}".encode()).hexdigest()[:32]
    return f"td:{digest}"


def _is_front_page(url: str) -> bool:
    parts = urlsplit(url)
    return parts.path in ("", "/") and not parts.query


# A headline made of an untitled item's first sentence is at most this long.
_FIRST_SENTENCE_CHARS = 120
# What an item with neither title nor text is called where it must be named (its key, the
# editors' lists); posts show no headline for it.
UNTITLED = "(untitled)"
# An embedded player's own title (a Tumblr video post: only a YouTube <iframe title="…">).
_PLAYER_TITLE = re.compile(r"<iframe\b[^>]*?\btitle\s*=\s*[\"']([^\"'<>]{3,200})[\"']", re.I)
# A reblog's attribution ("onetwofeb:", Tumblr's link to the user whose post is reblogged):
# alone before a reblogged picture it says whose post it was, not what it is about.
_REBLOGGED_FROM = re.compile(
    r"<a\b[^>]*\bclass\s*=\s*[\"'][^\"']*\btumblr_blog\b[^>]*>([^<]{1,80})</a>\s*:", re.I
)


def _attribution_only(text: str, content_html: str) -> bool:
    reblogged = _REBLOGGED_FROM.search(content_html)
    return reblogged is not None and text.rstrip(": ") == reblogged[1].strip()


def _untitled_text(content_html: str) -> str:
    # Local: cleaning and notice finding are heavier than parsing, and rarely needed.
    from bot.attribution.notices import find_notices, notice_cuts
    from bot.text.blocks import to_blocks
    from bot.text.cleaning import clean_article_text

    blocks = to_blocks(content_html)
    return clean_article_text(blocks, cuts=notice_cuts(find_notices(blocks)))


def stand_in_title(title: str, content_html: str) -> str:
    """The title (clipped), or for untitled items (microblogs, JSON feeds) the start of the text."""
    if title:
        return title if len(title) <= MAX_TITLE_CHARS else title[: MAX_TITLE_CHARS - 1] + "…"
    text = _untitled_text(content_html)
    return (text[:80].rsplit(" ", 1)[0] + "…") if len(text) > 80 else (text or UNTITLED)


# The mark of a title a blog cut from the text's start itself (kottke.org: "Polar explorer and
# scientist Felicity Aston shares her..."); words compared, as the cut may space quotes apart.
_CUT_MARK = re.compile(r"\s*(?:\.{3}|…)$")
_CUT_ENDS = ("...", "…", "...\n", "…\n")
_WORD = re.compile(r"\w+")


def _cut_from_text(title: str, content_html: str) -> bool:
    """True for a title that is only the start of the item's own text, cut with "..."."""
    # Only a title ending on the mark (or on it and a line break, where "$" also matches) is
    # searched: the search tries "\s*" at every character (4.6 -> 0.26 ms over the bench's
    # news feeds' 2,198 titles, CPU time).
    if not title.endswith(_CUT_ENDS) or (cut := _CUT_MARK.search(title)) is None:
        return False
    words = _WORD.findall(title[: cut.start()].casefold())
    if len(words) < 5:  # "Fans Just Staring...": a short title may end in dots of its own
        return False
    text = _untitled_text(content_html)[: len(title) * 2]
    said = _WORD.findall(text.casefold())[: len(words)]
    # A cut at a fixed length may fall inside a word ("… o uvedení SageT........", linuxsoft.cz).
    return said[:-1] == words[:-1] and said[-1:] != [] and said[-1].startswith(words[-1])


# The title a blogging platform gives a post its author left untitled, named by its kind
# (Tumblr: "Photo" on a captionless picture post): a placeholder like "(untitled)".
_KIND_TITLE = re.compile(r"(?:photo(?:set)?|video|audio|quote|chat|link)", re.I)
# A title that is only its item's date and time ("Thu, 19 Dec 2013 10:46:28 GMT", a ChangeLog
# feed's; "2013-12-19 10:46"): a timestamp, not a headline.
_DATE_TITLE = re.compile(
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    r"(?:\d{1,2}\.?\s+[a-z]{3,9}\.?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:(?:,|\s+|t)\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]m|z|gmt|utc|[+-]\d{2}:?\d{2}|[a-z]{3,4})?)?",
    re.I,
)


def _opens_on_a_sentence(content_html: str) -> bool:
    # A date-titled item's text may open on a hard-wrapped line ("A lot of people have
    # responded to my blog post about libertarian", Zed Shaw's): no headline, the date stays.
    from bot.text.sentences import split_sentences

    first = split_sentences(_untitled_text(content_html)[:2000])[:1]
    return bool(first) and first[0].rstrip("\"'”’)]").endswith((".", "!", "?", "…"))


# A title ending on a lead-in's colon, what it led to left in the text or out of the feed (a
# social post's first line before its link, "… Never Meant America Alone:"; "One of my
# favourite paintings:"): the headline ends on the words.
_LEAD_IN_END = re.compile(r"\s*[:：]\s*$")


# A heading opening an item's text: what a date-titled post or issue is called (Zed Shaw's
# "2009-01-08" over "<h2>The Two Flaws Of Libertarian Economics</h2>", o11y.news's issues).
_OPENING_HEADING = re.compile(r"\s*<h([1-4])\b[^>]*>(.{3,300}?)</h\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")


def _opening_heading(content_html: str) -> str:
    found = _OPENING_HEADING.match(content_html)
    return " ".join(html.unescape(_TAG.sub("", found[2])).split()) if found else ""


def stand_in_headline(title: str, content_html: str, link: str | None = None) -> str:
    """The headline posts show: the title, or an untitled item's first sentence when short
    (the summary then goes on from the second), else the start of its text as a stand-in."""
    title = without_serial_slug(title, link)  # its link's serial slug is no title
    # Entry keys keep stand_in_title's text, so that entries stored before stay the same.
    if len(title.split()) > 1:  # a lone mark ("Link:") stays as the feed wrote it
        title = _LEAD_IN_END.sub("", title)
    if _DATE_TITLE.fullmatch(title.strip()) and (heading := _opening_heading(content_html)):
        return heading
    if title and (
        _KIND_TITLE.fullmatch(title.strip())
        or (_DATE_TITLE.fullmatch(title.strip()) and _opens_on_a_sentence(content_html))
        or _cut_from_text(title, content_html)
        or (is_bare_address(title) and bool(_untitled_text(content_html)))
    ):
        title = ""  # an untitled item, whose blog put its first words in the title
    if title:
        return stand_in_title(title, content_html)
    from bot.text.sentences import split_sentences

    text = _untitled_text(content_html)
    if not text or _attribution_only(text, content_html):
        player = _PLAYER_TITLE.search(content_html)
        return " ".join(html.unescape(player[1]).split()) if player else UNTITLED
    sentences = split_sentences(text[:2000])
    if sentences and len(sentences[0]) <= _FIRST_SENTENCE_CHARS:
        return sentences[0]
    return stand_in_title(title, content_html)


# phpBB's feeds title a post "<forum> • <topic>", a reply "<forum> • Re: <topic>"; the forum is
# also the entry's category (Rainmeter's "Help: Rainmeter Skins • Re: Lano Visualizer …").
_FORUM_SEPARATOR = re.compile(r"\s+[•»]\s+(?:Re:\s+)?")


def without_forum_label(title: str, tags: Iterable[Mapping[str, Any]]) -> str:
    """`title` less a forum's name that opens it before "•" or "»" (and the reply mark), where
    the name is one of the entry's own categories (feedparser's tags); else `title` as it is."""
    found = _FORUM_SEPARATOR.search(title)
    if found is None or not title[found.end() :].strip():
        return title
    label = " ".join(title[: found.start()].split()).casefold()
    terms = (" ".join(str(tag.get("term") or "").split()).casefold() for tag in tags)
    return title[found.end() :] if label in terms else title


# Nitter (a Twitter front end) titles a retweet "RT by @account: <the whole tweet>" and a
# reply in a thread "R to @account: <the tweet>": labels of the feed's, not headlines.
_TWEET_LABEL = re.compile(r"^(RT by|R to) @\w{1,15}:\s+")
_HANDLE = re.compile(r"@\w{1,15}")


def repost_headline(title: str, author: str) -> str:
    """A retweet's headline names it a repost of its author ("Repost of @divadsn"), the tweet
    being the summary; a reply's is its own text, without the label."""
    found = _TWEET_LABEL.match(title)
    if found is None:
        return title
    if found[1] == "RT by" and _HANDLE.fullmatch(author.strip()):
        return f"Repost of {author.strip()}"
    return title[found.end() :] or title
