"""Feed parsing on bytes already fetched (never lets a parser fetch): XML feeds and JSON Feed."""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser
from feedparser.mixin import _FeedParserMixin
from feedparser.urls import resolve_relative_uris

from bot.fetching.timing import parse_ttl
from bot.parsing import feedparser_speedups
from bot.parsing.anchor_marks import without_anchor_marks
from bot.parsing.categories import (
    headline_named_first,
    informative_first,
    writes_comma_lists,
)
from bot.parsing.comment_headlines import comment_headline, with_comment_bylines
from bot.parsing.declared_pictures import declared_photo
from bot.parsing.descriptions import other_description
from bot.parsing.double_escapes import html_once_unescaped
from bot.parsing.download_pages import page_of_download
from bot.parsing.encoding import feedparser_input
from bot.parsing.entry_topics import entry_topics, settled_topics
from bot.parsing.episode_labels import without_numbered_labels
from bot.parsing.feed_links import site_of_feed_link
from bot.parsing.feed_proxies import article_base, is_feed_host
from bot.parsing.filing_structure import without_language_labels, without_ticked_lists
from bot.parsing.headline_shapes import without_breadcrumbs
from bot.parsing.home_links import without_home_links
from bot.parsing.identity import (
    MAX_CONTENT_CHARS,
    MAX_TITLE_CHARS,
    entry_key,
    repost_headline,
    stand_in_headline,
    stand_in_title,
    without_forum_label,
)
from bot.parsing.item_anchors import anchored, entries_anchored_pages
from bot.parsing.item_homes import channel_link, site_not_a_hosting_root, site_not_an_item
from bot.parsing.item_queries import telling_parameters, with_telling
from bot.parsing.jsonfeed import looks_like_json, parse_json_feed
from bot.parsing.links import (
    aggregator_target,
    entry_link,
    episode_file,
    schemeless_address,
    servable_link,
    web_url,
)
from bot.parsing.microblog_headlines import microblog_headline
from bot.parsing.models import ChannelNames, FeedEntry, NotAFeed, ParsedFeed
from bot.parsing.picture_feeds import with_pictures
from bot.parsing.pictures import titled_picture
from bot.parsing.rdf_channel import rdf_image_title
from bot.parsing.reasons import not_a_feed_reason
from bot.parsing.repair import plain_headline, repaired, sentences_spaced, unescaped_markup
from bot.parsing.search_keywords import show_subjects, unnamed_keywords, without_unnamed
from bot.parsing.shared_titles import with_own_headlines
from bot.parsing.short_links import named_destination
from bot.parsing.show_notes import episode_blurb
from bot.parsing.site_labels import without_site_labels
from bot.parsing.site_name_tags import without_own_names
from bot.parsing.source_titles import item_source
from bot.parsing.staff_tags import without_staff_names
from bot.parsing.standing_blurbs import without_standing_blurbs
from bot.parsing.stray_channel import with_stray_channel
from bot.parsing.taglines import feed_taglines
from bot.parsing.title_tags import title_hashtags
from bot.parsing.titled_origins import with_item_origins
from bot.parsing.urls import canonical_url, without_trackers
from bot.parsing.written_language import in_written_language
from bot.text.promo_twins import promo_twins

__all__ = ["NotAFeed", "ParseLimitExceeded", "entry_key", "feed_items", "parse_feed"]

# Entry ids are identities, not links. feedparser resolves them against the feed's URL (and
# drops those with schemes it does not know, such as Atom's common tag: ids), so a feed that
# moves would give every entry a new key. Ids are kept as the feed writes them.
_FeedParserMixin.can_be_relative_uri = _FeedParserMixin.can_be_relative_uri - {"id"}
feedparser_speedups.install()

# A value after "=" with no scheme that is not a bare fragment: maybe a relative link.
_UNSCHEMED_VALUE = re.compile(r"=\s*+[\"']?+(?![a-zA-Z][a-zA-Z0-9+.-]*:|#)")


class ParseLimitExceeded(Exception):
    """Parsing needed more time or memory than its bound allows; the feed's error."""


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _timestamp(entry: Mapping[str, Any]) -> float | None:
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        # dict.get skips FeedParserDict's deprecated updated→published key mapping.
        parsed = dict.get(entry, name) if isinstance(entry, dict) else entry.get(name)
        if parsed:
            try:
                return float(calendar.timegm(parsed))
            except (TypeError, ValueError, OverflowError):
                continue
    return None


def _has_relative_link(html: str) -> bool:
    """True when an href or src attribute of `html` holds a relative URL."""
    # Finding "=" first and looking back for the attribute's name is ~9x faster than one
    # regex over href|src, and most values (absolute links, classes, sizes) fail fast.
    for match in _UNSCHEMED_VALUE.finditer(html):
        name = html[max(0, match.start() - 16) : match.start()].rstrip().lower()
        if name.endswith(("href", "src")):
            return True
    return False


def _with_absolute_links(value: str, base: str) -> str:
    # feedparser's own resolver runs an HTML parser over every item, which costs about a
    # third of parsing; most feeds use absolute links, so it runs only where one is relative.
    if base and _has_relative_link(value):
        return str(resolve_relative_uris(value, base, "utf-8", "text/html"))
    return value


def _content_html(entry: Mapping[str, Any], base: str) -> str:
    best, best_base = "", base
    for content in entry.get("content") or []:
        value = _text(content.get("value"))
        if len(value) > len(best):
            best, best_base = value, content.get("base") or base
    summary = _text(entry.get("summary"))
    # Either may be the notes: feedparser reads a second description (itunes:summary after
    # <description>) as content, so the blurb may be the content beside notes in the summary.
    longer = len(best) < len(summary) and not episode_blurb(entry, summary, best, one_line=True)
    if longer or episode_blurb(entry, best, summary):
        best, best_base = summary, (entry.get("summary_detail") or {}).get("base") or base
    if not best.strip():
        # An episode with an empty description and its text in itunes:subtitle alone (The
        # Naked Scientists): the subtitle is all it says.
        best = _text(entry.get("subtitle"))
    best = without_anchor_marks(unescaped_markup(best[:MAX_CONTENT_CHARS]))  # "#" permalinks
    best = html_once_unescaped(best)  # "l&amp;acute;archipel": an entity escaped twice
    return _with_absolute_links(best, best_base)


def _language(entry: Mapping[str, Any]) -> str | None:
    for detail in (*(entry.get("content") or []), entry.get("summary_detail") or {}):
        if language := _text(detail.get("language")):
            return language
    return _text(entry.get("language")) or None


def _content_location(url: str, headers: Mapping[str, str]) -> str:
    # The base for relative links: the server's Content-Location (resolved against the URL)
    # when it is an http(s) URL, else the URL fetched.
    given = next((v for k, v in headers.items() if k.lower() == "content-location"), "")
    if given:
        resolved = urljoin(url, given.strip())
        if urlsplit(resolved).scheme.lower() in ("http", "https"):
            return resolved
    return url


def _feedparser(body: bytes, url: str, headers: Mapping[str, str] | None) -> tuple[Any, str]:
    body, response_headers = feedparser_input(body, headers or {})
    base = _content_location(url, headers or {})
    if urlsplit(base).scheme.lower() in ("http", "https") and not is_feed_host(base):
        # A file's path is no base for a web link, nor a feed service's address (whose
        # relative links are the channel's site's): those stay relative until _web_base.
        response_headers["content-location"] = base
    # sanitize_html is off: newsbot never forwards feed HTML, it extracts text and renders its own.
    result = feedparser.parse(
        body, response_headers=response_headers, sanitize_html=False, resolve_relative_uris=False
    )
    if isinstance(result.get("bozo_exception"), MemoryError):
        raise ParseLimitExceeded("parsing needed more memory than its bound")
    without_standing_blurbs(result.get("entries") or [])
    if "feed" in result and not result["feed"].get("title"):
        with_stray_channel(result["feed"], body, result.get("encoding") or "utf-8")
    return result, _web_base(base, result.get("feed") or {})


def _web_base(base: str, feed: Mapping[str, Any]) -> str:
    # A feed read from a file has no web address of its own: relative links are resolved
    # against the address the feed gives itself (rel="self"), else its site's; an address on
    # a feed service gives way to the site's (feed_proxies).
    site = web_url(feed.get("link"))
    if urlsplit(base).scheme.lower() in ("http", "https"):
        return article_base(base, site)
    for link in feed.get("links") or []:
        if link.get("rel") == "self" and (url := web_url(link.get("href"))):
            return article_base(url, site)
    return site or base


def _site_link(link: str, base: str, fetched: str, feed: Mapping[str, Any]) -> str:
    # "coghlan.me/": the site's address written without its scheme gets it back (also when
    # feedparser resolved it as a path: "https://coghlan.me/coghlan.me/"); any other link is
    # kept as the feed wrote it (a relative "/blog/" is resolved where it is used).
    site = schemeless_address(link, base) or web_url(link)
    if site is None:
        return link
    site = site_of_feed_link(site, feed, fetched)
    return servable_link(without_trackers(site), fetched) or ""


def _is_html(item: Mapping[str, Any], detail: str = "title_detail") -> bool:
    # feedparser says whether a title is HTML (it guesses for RSS, whose titles have no type).
    kind = (item.get(detail) or {}).get("type") or "text/html"
    return kind in ("text/html", "application/xhtml+xml")


def _entry(
    raw: Mapping[str, Any],
    base: str,
    comma_lists: bool | None,
    fetched: str,
    anchors: frozenset[str] = frozenset(),
    telling: Mapping[str, tuple[str, ...]] | None = None,
    body: bytes = b"",
) -> FeedEntry:
    # comma_lists None: no post details (parse_feed); `fetched`: the address fetched from;
    # `anchors`, `telling`: what tells apart items sharing a page (item_anchors, item_queries).
    # A short link's destination the entry names; a download's page (its permalink guid).
    link = named_destination(raw, servable_link(entry_link(raw, base), fetched))
    link = page_of_download(raw, link, body)
    canonical = anchored(link, canonical_url(link), anchors) if link else None
    canonical = with_telling(link, canonical, telling) if link and telling else canonical
    content_html = sentences_spaced(repaired(_content_html(raw, base)))
    published = _timestamp(raw)
    feed_title = _text(raw.get("title"))
    title = stand_in_headline(plain_headline(feed_title, is_html=_is_html(raw)), content_html, link)
    title = microblog_headline(repost_headline(title, _text(raw.get("author"))))
    title = comment_headline(title, link, _text(raw.get("author")))
    title, title_tags = title_hashtags(title)
    title = without_forum_label(title, raw.get("tags") or [])
    key_title = stand_in_title(feed_title, content_html)
    stored = FeedEntry(
        # The title as the feed wrote it: keys stored before headlines were cleaned still match.
        key=entry_key(_text(raw.get("id")), canonical, key_title, published),
        title=title,
        link=link,
        canonical_url=canonical,
        published_at=published,
        content_html=content_html,
        # Read in a lean parse too: an item linking its site's home page is linked to its
        # episode file instead (home_links), and that link is keyed and fingerprinted.
        media_url=episode_file(raw, base),
    )
    if comma_lists is None:
        return stored
    source_name, source_url = item_source(raw)
    return replace(
        stored,
        categories=headline_named_first(
            entry_topics(raw.get("tags") or [], title_tags, comma_lists, title, content_html),
            title,
            text_html=content_html,
        ),
        image_url=declared_photo(raw) or titled_picture(content_html, title),
        language=_language(raw),
        author=_text(raw.get("author")) or None,
        source_name=source_name,
        source_url=source_url,
        # A news aggregator's item (Google News) links another outlet's article: a link post.
        linked_url=link if link and aggregator_target(str(raw.get("link") or "")) else None,
        description_html=other_description(raw, content_html),
    )


def _topics_ordered(
    entries: list[FeedEntry], unnamed: list[frozenset[str]], feed: Mapping[str, Any]
) -> list[FeedEntry]:
    """Entries with their categories in informative order, less unnamed search keywords."""
    # The feed's own labels are found over whole keyword lists (a show's keywords on every
    # episode) before each episode keeps only the keywords it names, or the show's subject.
    ordered = informative_first(
        without_numbered_labels([e.categories for e in entries], [e.title for e in entries])
    )
    said = (_text(feed.get(k)) for k in ("subtitle", "summary"))
    subjects = show_subjects(ordered, said)
    return [
        replace(e, categories=settled_topics(e, without_unnamed(c, u - subjects), feed))
        for e, c, u in zip(entries, ordered, unnamed, strict=True)
    ]


def _channel_names(feed: Mapping[str, Any], body: bytes) -> ChannelNames:
    """The channel's other name-bearing elements, as feedparser already read them."""
    image = found if isinstance(found := feed.get("image"), Mapping) else {}

    def short(value: Any) -> str | None:
        return _text(value)[:MAX_TITLE_CHARS] or None

    return ChannelNames(
        image_title=short(image.get("title")) or rdf_image_title(body),
        description=short(feed.get("subtitle")),
        publisher=short(feed.get("publisher")),
        creator=short(feed.get("author")),
        rights=short(feed.get("rights")),
        generator=short(feed.get("generator")),
        publication=short(feed.get("prism_publicationname")),
        image_description=short(image.get("subtitle")),
        link=web_url(feed.get("link")),
        podcast=any(key.startswith("itunes_") for key in feed),
    )


def feed_items(
    body: bytes, *, url: str, headers: Mapping[str, str] | None = None
) -> list[FeedEntry]:
    """Every item of an XML feed as an entry, repeats included (parse_feed drops those)."""
    result, base = _feedparser(body, url, headers)
    raw_entries = result.get("entries", [])
    lists = writes_comma_lists(raw.get("tags") or [] for raw in raw_entries)
    anchors = entries_anchored_pages(raw_entries, base)
    telling = telling_parameters((raw.get("link") for raw in raw_entries), base)
    return [_entry(raw, base, lists, url, anchors, telling, body) for raw in raw_entries]


# Long because the feed's parts are read in one pass, in the order each needs the last.
def parse_feed(
    body: bytes, *, url: str, headers: Mapping[str, str] | None = None, post_details: bool = True
) -> ParsedFeed:
    """Parse a feed document; raises NotAFeed when nothing feed-like is in it. Without
    `post_details`, entries lack what only a post reads (pictures, tags, author, source…)."""
    # What only a rendered post reads is left out of a check that posts nothing (a new feed's
    # baseline): its entries are keyed, stored, learned from and fingerprinted, never
    # rendered (a JSON Feed is read whole). bench/ingest_stages.py: 0.304 against 0.342 ms an
    # entry, 11% of parsing.
    if looks_like_json(body):
        parsed = parse_json_feed(body, url=url)
        return in_written_language(parsed) if post_details else parsed
    result, base = _feedparser(body, url, headers)
    exc = result.get("bozo_exception")
    feed = result.get("feed", {})
    raw_entries = result.get("entries", [])
    if not result.get("version") and not raw_entries:
        raise NotAFeed(not_a_feed_reason(exc, body))
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    lists = (
        writes_comma_lists(raw.get("tags") or [] for raw in raw_entries) if post_details else None
    )
    anchors = entries_anchored_pages(raw_entries, base)
    unnamed: list[frozenset[str]] = []
    subtitles: dict[str, str] = {}  # each item's itunes:subtitle, by its key (shared_titles)
    telling = telling_parameters((raw.get("link") for raw in raw_entries), base)
    for raw in raw_entries:
        entry = _entry(raw, base, lists, url, anchors, telling, body)
        if entry.key in seen:
            continue  # a feed repeating an item counts it once
        seen.add(entry.key)
        entries.append(entry)
        if post_details:
            unnamed.append(unnamed_keywords(raw.get("tags") or [], entry.title, entry.content_html))
            subtitles[entry.key] = _text(raw.get("subtitle"))
    if post_details:
        entries = _topics_ordered(without_staff_names(entries), unnamed, feed)
    links = [e.canonical_url or e.link for e in entries]
    site_url = _site_link(_text(channel_link(feed, links)), base, url, feed) or None
    site_url = site_not_a_hosting_root(site_not_an_item(site_url, links), links)
    entries = without_own_names(entries, _text(feed.get("title")), site_url)
    site_titled = without_site_labels(entries, site_url, " ".join(_text(feed.get("title")).split()))
    entries = without_home_links(site_titled, site_url)
    entries = with_item_origins(without_breadcrumbs(entries), site_url, _text(feed.get("title")))
    entries = with_pictures(entries, feed, body) if post_details else entries
    entries = without_ticked_lists(without_language_labels(entries)) if post_details else entries
    entries = with_comment_bylines(entries, _text(feed.get("title")))
    entries = with_own_headlines(entries, subtitles) if post_details else entries
    bozo = bool(result.get("bozo"))
    parsed = ParsedFeed(
        title=plain_headline(_text(feed.get("title"))[:MAX_TITLE_CHARS], is_html=_is_html(feed))
        or None,
        site_url=site_url,
        language=_text(feed.get("language")) or None,
        entries=tuple(entries),
        malformed=bozo,
        malformed_reason=f"{type(exc).__name__}: {exc}"[:300] if bozo and exc else None,
        ttl_seconds=parse_ttl(feed.get("ttl")) if feed.get("ttl") else None,
        channel=_channel_names(feed, body),
        taglines=feed_taglines(
            (feed.get("title"), feed.get("subtitle"), feed.get("summary")),
            (raw.get("subtitle") for raw in raw_entries),
        )
        + promo_twins([e.title for e in entries], [e.content_html for e in entries]),
    )
    return in_written_language(parsed) if post_details else parsed
