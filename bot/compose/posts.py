"""Pure pipeline steps between a parsed feed and outbox rows: select, clean, attribute,
fingerprint, summarise, filter, render."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from bot.attribution.reprints import Attribution
from bot.compose.filters import FilterRule, blocking_rule
from bot.compose.reading import read_text
from bot.fetching.pages import ArticlePage
from bot.matching.similarity import band_keys, lead_words
from bot.parsing.models import FeedEntry, ParsedFeed
from bot.parsing.urls import canonical_url, url_key
from bot.render.content import PostContent, hashtags, render_post
from bot.render.voice import Voice, content_to_json, render_for
from bot.text.cleaning import plain_text
from bot.text.extraction import extract_article
from bot.text.summaries import summarize
from storage.records import ArticleMode, EntryToStore, FilteredBy, PostToQueue

NOT_A_REPRINT = Attribution(False, None, None, None, None)


@dataclass(frozen=True)
class Selection:
    """New entries of one check, and which of them may be posted."""

    entries: tuple[FeedEntry, ...]
    postable: frozenset[str]
    baseline: bool


@dataclass(frozen=True)
class PreparedPost:
    """One new entry after extraction: how to match its story, who published it, and (when
    it may be posted) its summary, content and message in the default voice."""

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


@dataclass(frozen=True)
class TargetPlan:
    """One target of a feed: where, in which voice, behind which filters."""

    target_id: int
    chat_id: str
    thread_id: int | None
    voice: Voice = Voice()
    rules: tuple[FilterRule, ...] = ()


@dataclass(frozen=True)
class RoutingPlan:
    """Where a feed's posts go, and the feed's own filters."""

    targets: tuple[TargetPlan, ...]
    feed_rules: tuple[FilterRule, ...] = ()
    # When to fetch the article page (see bot.fetching.pages.page_wanted).
    article_mode: ArticleMode = ArticleMode.AUTO


def select_new_entries(
    parsed: ParsedFeed, known_keys: Collection[str], *, baselined: bool, backfill: int
) -> Selection:
    """Entries not recorded yet; on a feed's first check only the newest `backfill` may post.

    Entries come back oldest first, so posting order follows publication time.
    """
    fresh = [e for e in parsed.entries if e.key not in known_keys]
    # Feeds list newest first as a rule; sort by date when there is one, keep order otherwise.
    indexed = list(enumerate(fresh))
    indexed.sort(key=lambda pair: (pair[1].published_at or 0.0, -pair[0]))
    ordered = tuple(entry for _, entry in indexed)
    if baselined:
        return Selection(ordered, frozenset(e.key for e in ordered), baseline=False)
    newest = ordered[len(ordered) - backfill :] if backfill > 0 else ()
    return Selection(ordered, frozenset(e.key for e in newest), baseline=True)


def source_name(parsed_title: str | None, feed_url: str) -> str:
    """How a feed is named in posts: its title, else its host."""
    if parsed_title:
        return parsed_title
    return urlsplit(feed_url).hostname or feed_url


def route_post(
    content: PostContent, plan: RoutingPlan
) -> tuple[tuple[PostToQueue, ...], tuple[FilteredBy, ...]]:
    """The entry's post for each target its filters let it through to, and who filtered it."""
    rule = blocking_rule(plan.feed_rules, content.title, content.summary)
    if rule is not None:
        return (), (FilteredBy(None, rule),)
    posts: list[PostToQueue] = []
    filtered: list[FilteredBy] = []
    stored_content = content_to_json(content)
    for target in plan.targets:
        rule = blocking_rule(target.rules, content.title, content.summary)
        if rule is not None:
            filtered.append(FilteredBy(target.target_id, rule))
            continue
        delivery = render_for(content, target.voice)
        posts.append(
            PostToQueue(
                channel_id=target.chat_id,
                thread_id=target.thread_id,
                text=delivery.html,
                media_url=delivery.image_url,
                options=delivery.options_json(),
                content=stored_content,
            )
        )
    return tuple(posts), tuple(filtered)


def story_url_keys(entry: FeedEntry, original_url: str | None = None) -> tuple[str, ...]:
    """The URL keys by which this entry's story can be recognised: its link, the original's."""
    keys: list[str] = []
    for url in (entry.canonical_url, canonical_url(original_url) if original_url else None):
        if url and url_key(url) not in keys:
            keys.append(url_key(url))
    return tuple(keys)


def prepare_post(
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
) -> PreparedPost:
    """Clean the entry's text (or its article page's), attribute and fingerprint it; with
    `render`, summarise it and render the posts.

    An entry that will not be posted (a new feed's baseline) gets only a quick fingerprint
    of its plain text, and none when it was published before `fingerprint_since` (older than
    the story window, it can match nothing): cleaning and attribution cost milliseconds per
    entry, and a new feed can hold hundreds.
    """
    if not render:
        return fingerprint_only(entry, since=fingerprint_since)
    text, attribution = read_text(
        entry.content_html, title=entry.title, site_name=source, site_url=source_url
    )
    teaser = len(text) < teaser_chars
    image_url, categories = entry.image_url, entry.categories
    extracted = extract_article(page) if page is not None else None
    if extracted is not None:
        page_text, page_attribution = read_text(
            extracted.as_html(), title=entry.title, site_name=source, site_url=source_url
        )
        # A page is used only when it says more than the feed did.
        if len(page_text) > len(text):
            text, teaser = page_text, False
            image_url = image_url or extracted.image_url
            categories = categories or extracted.tags
            if not attribution.is_reprint:
                attribution = page_attribution
    fingerprint = PreparedPost(
        entry_key=entry.key,
        summary="",
        html="",
        url_keys=story_url_keys(entry, attribution.original_url),
        lead=" ".join(lead_words(text)),
        band_keys=band_keys(entry.title, text),
        attribution=attribution,
        rendered=False,
        teaser=teaser,
    )
    if not render:
        return fingerprint
    # The entry's own language tag is the most specific, then the page's, then the feed's.
    language = entry.language or (extracted.language if extracted else None) or language
    summary = summarize(text, title=entry.title, max_chars=summary_chars, language=language)
    reprint = attribution.is_reprint
    content = PostContent(
        title=entry.title,
        summary=summary,
        link=entry.canonical_url or entry.link,
        source_name=source,
        source_url=source_url,
        original_publisher=attribution.original_publisher if reprint else None,
        original_url=attribution.original_url if reprint else None,
        tags=hashtags(categories, max_tags),
        image_url=image_url,
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


def fingerprint_only(entry: FeedEntry, *, since: float = 0.0) -> PreparedPost:
    """URL keys and, for a recent entry, the lead and band keys of its tag-stripped text."""
    if entry.published_at is not None and entry.published_at < since:
        return PreparedPost(entry.key, "", "", url_keys=story_url_keys(entry), rendered=False)
    text = plain_text(entry.content_html)
    return PreparedPost(
        entry_key=entry.key,
        summary="",
        html="",
        url_keys=story_url_keys(entry),
        lead=" ".join(lead_words(text)),
        band_keys=band_keys(entry.title, text),
        rendered=False,
    )


def prepare_posts(
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
) -> list[PreparedPost]:
    """`prepare_post` for several entries (one call to a worker process); only `postable`
    ones (all when None) are rendered."""
    return [
        prepare_post(
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
        )
        for e in entries
    ]


def entries_to_store(selection: Selection, posts: Sequence[PreparedPost]) -> list[EntryToStore]:
    """Storage records for the selected entries; postable ones carry their posts per target."""
    prepared = {p.entry_key: p for p in posts}
    records: list[EntryToStore] = []
    for e in selection.entries:
        ready = prepared.get(e.key)
        post = ready if ready is not None and ready.rendered else None
        postable = post is not None and e.key in selection.postable
        records.append(
            EntryToStore(
                entry_key=e.key,
                title=e.title,
                link=e.link,
                canonical_url=e.canonical_url,
                url_keys=ready.url_keys if ready else story_url_keys(e),
                published_at=e.published_at,
                lead=ready.lead if ready else "",
                band_keys=ready.band_keys if ready else (),
                postable=postable,
                posts=post.posts if post and postable else (),
                filtered=post.filtered if post and postable else (),
            )
        )
    return records
