"""One entry composed, purely: cleaned, attributed, fingerprinted for matching, summarised,
and rendered into its posts per target."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace

from bot.attribution.reprints import Attribution
from bot.attribution.site_names import derive_site_name
from bot.compose.reading import read_text
from bot.compose.routing import RoutingPlan, route_post
from bot.fetching.pages import ArticlePage
from bot.matching.keys import story_url_keys
from bot.matching.similarity import band_keys, story_lead
from bot.parsing.models import FeedEntry
from bot.render.content import PostContent, hashtags, render_post
from bot.text.boilerplate import EntryText, FeedBoilerplate, learn
from bot.text.cleaning import plain_text
from bot.text.extraction import extract_article
from bot.text.summaries import summarize
from storage.records import FilteredBy, PostToQueue

NOT_A_REPRINT = Attribution(False, None, None, None, None)


@dataclass(frozen=True)
class ComposedEntry:
    """One new entry composed: how to match its story (fingerprint), who published it, and
    (when it may be posted) its summary, content, message and posts per target."""

    entry_key: str
    summary: str
    html: str
    url_keys: tuple[str, ...] = ()
    lead: str = ""
    band_keys: tuple[int, ...] = ()
    attribution: Attribution = NOT_A_REPRINT
    rendered: bool = True
    content: PostContent | None = None
    # The feed gave only a teaser (and no page replaced it).
    teaser: bool = False
    # Posts per target and the filters that kept it from others (see route_post).
    posts: tuple[PostToQueue, ...] = ()
    filtered: tuple[FilteredBy, ...] = ()


def source_name(parsed_title: str | None, site_url: str | None, feed_url: str) -> str:
    """How a feed is named in posts when no stored name is at hand (/preview, inspect): the
    site's name derived from its title, else its domain (see attribution.site_names)."""
    return derive_site_name(parsed_title, site_url, feed_url).name


def compose_entry(
    entry: FeedEntry,
    *,
    source: str,
    source_url: str | None,
    language: str | None,
    summary_chars: int,
    max_tags: int = 3,
    teaser_chars: int = 0,
    page: ArticlePage | None = None,
    plan: RoutingPlan | None = None,
    render: bool = True,
    fingerprint_since: float = 0.0,
    boilerplate: frozenset[str] = frozenset(),
) -> ComposedEntry:
    """The entry composed: its text (or its article page's) cleaned, attributed and
    fingerprinted; with `render`, summarised and rendered into its posts per `plan`."""
    # An entry that will not be posted (a new feed's baseline) gets only a quick fingerprint
    # of its plain text, and none when published before `fingerprint_since` (older than the
    # story window, it can match nothing): cleaning and attribution cost milliseconds per
    # entry, and a new feed can hold hundreds.
    if not render:
        return fingerprint_entry(entry, since=fingerprint_since, boilerplate=boilerplate)
    read = _read_entry(entry, page, source, source_url, teaser_chars, boilerplate)
    text, attribution, teaser = read.text, read.attribution, read.teaser
    fingerprint = ComposedEntry(
        entry_key=entry.key,
        summary="",
        html="",
        url_keys=story_url_keys(entry.canonical_url, attribution.original_url),
        lead=story_lead(text),
        band_keys=band_keys(entry.title, text),
        attribution=attribution,
        rendered=False,
        teaser=teaser,
    )
    # The entry's own language tag is the most specific, then the page's, then the feed's.
    language = entry.language or read.page_language or language
    summary = summarize(text, title=entry.title, max_chars=summary_chars, language=language)
    content = _post_content(
        entry,
        summary,
        attribution,
        source=source,
        source_url=source_url,
        tags=hashtags(read.categories, max_tags),
        image_url=read.image_url,
    )
    posts, filtered = route_post(content, plan) if plan is not None else ((), ())
    return replace(
        fingerprint,
        summary=summary,
        html=render_post(content),
        rendered=True,
        content=content,
        posts=posts,
        filtered=filtered,
    )


@dataclass(frozen=True)
class _ReadEntry:
    """An entry's text and credit, from its feed text or, when that says more, its page."""

    text: str
    attribution: Attribution
    teaser: bool
    image_url: str | None
    categories: tuple[str, ...]
    page_language: str | None


def _read_entry(
    entry: FeedEntry,
    page: ArticlePage | None,
    source: str,
    source_url: str | None,
    teaser_chars: int,
    boilerplate: frozenset[str],
) -> _ReadEntry:
    """The entry's cleaned text and attribution; its article page's when that says more."""
    text, attribution = read_text(
        entry.content_html,
        title=entry.title,
        site_name=source,
        site_url=source_url,
        author=entry.author,
        boilerplate=boilerplate,
    )
    read = _ReadEntry(
        text, attribution, len(text) < teaser_chars, entry.image_url, entry.categories, None
    )
    extracted = extract_article(page) if page is not None else None
    if extracted is None:
        return read
    page_text, page_attribution = read_text(
        extracted.as_html(),
        title=entry.title,
        site_name=source,
        site_url=source_url,
        boilerplate=boilerplate,
    )
    # A page is used only when it says more than the feed did.
    if len(page_text) <= len(text):
        return replace(read, page_language=extracted.language)
    return _ReadEntry(
        page_text,
        attribution if attribution.is_reprint else page_attribution,
        False,
        entry.image_url or extracted.image_url,
        entry.categories or extracted.tags,
        extracted.language,
    )


def _post_content(
    entry: FeedEntry,
    summary: str,
    attribution: Attribution,
    *,
    source: str,
    source_url: str | None,
    tags: tuple[str, ...],
    image_url: str | None,
) -> PostContent:
    reprint = attribution.is_reprint
    return PostContent(
        title=entry.title,
        summary=summary,
        link=entry.canonical_url or entry.link,
        source_name=source,
        source_url=source_url,
        original_publisher=attribution.original_publisher if reprint else None,
        original_url=attribution.original_url if reprint else None,
        tags=tags,
        image_url=image_url,
    )


def fingerprint_entry(
    entry: FeedEntry, *, since: float = 0.0, boilerplate: frozenset[str] = frozenset()
) -> ComposedEntry:
    """The entry's fingerprint only: URL keys and, for a recent entry, the lead and band keys
    of its tag-stripped text without the feed's learned `boilerplate`."""
    if entry.published_at is not None and entry.published_at < since:
        return ComposedEntry(
            entry.key, "", "", url_keys=story_url_keys(entry.canonical_url), rendered=False
        )
    text = plain_text(entry.content_html, boilerplate)
    return ComposedEntry(
        entry_key=entry.key,
        summary="",
        html="",
        url_keys=story_url_keys(entry.canonical_url),
        lead=story_lead(text),
        band_keys=band_keys(entry.title, text),
        rendered=False,
    )


def compose_batch(
    entries: Sequence[FeedEntry],
    *,
    source: str,
    source_url: str | None,
    language: str | None,
    summary_chars: int,
    max_tags: int = 3,
    teaser_chars: int = 0,
    pages: Mapping[str, ArticlePage] | None = None,
    plan: RoutingPlan | None = None,
    postable: Collection[str] | None = None,
    fingerprint_since: float = 0.0,
    boilerplate: frozenset[str] = frozenset(),
) -> list[ComposedEntry]:
    """`compose_entry` for several entries, in one call to a worker process; only `postable`
    ones (all when None) are rendered."""
    return [
        compose_entry(
            e,
            source=source,
            source_url=source_url,
            language=language,
            summary_chars=summary_chars,
            max_tags=max_tags,
            teaser_chars=teaser_chars,
            page=(pages or {}).get(e.key),
            plan=plan,
            render=postable is None or e.key in postable,
            fingerprint_since=fingerprint_since,
            boilerplate=boilerplate,
        )
        for e in entries
    ]


def learn_boilerplate(
    state: FeedBoilerplate, entries: Sequence[FeedEntry], *, now: float
) -> FeedBoilerplate:
    """The feed's boilerplate state after reading `entries` (new ones: each is read once)."""
    return learn(state, (EntryText(e.title, e.content_html) for e in entries), now=now)


def learn_and_compose(
    state: FeedBoilerplate,
    entries: Sequence[FeedEntry],
    *,
    now: float,
    compose: Callable[..., list[ComposedEntry]],
) -> tuple[FeedBoilerplate, list[ComposedEntry]]:
    """The state after reading `entries`, and `compose(entries)` without what it learned
    (`compose` is compose_batch with its settings)."""
    learned = learn_boilerplate(state, entries, now=now)
    return learned, compose(entries, boilerplate=learned.phrases)
