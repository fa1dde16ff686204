"""Entries composed off the loop, teasers completed from their article pages: for the
checker, /preview and `newsbot inspect` alike, so all three render the same."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection, Sequence
from functools import partial
from typing import Any

import aiohttp

from bot.compose.aggregation import AggregatedFeed
from bot.compose.entry import ComposedEntry, compose_batch, learn_and_compose
from bot.compose.routing import RoutingPlan
from bot.config import Settings
from bot.fetching.pages import fetch_pages, page_wanted
from bot.parsing.feed_links import credit_home
from bot.parsing.models import FeedEntry, ParsedFeed
from bot.text.boilerplate import FeedBoilerplate
from bot.text.taglines import tagline_phrases
from storage.records import ArticleMode

# Runs a blocking function off the event loop (a worker process or thread).
OffLoop = Callable[..., Awaitable[Any]]


async def learn_and_compose_entries(
    off_loop: OffLoop,
    session: aiohttp.ClientSession,
    settings: Settings,
    parsed: ParsedFeed,
    feed_url: str,
    entries: Sequence[FeedEntry],
    state: FeedBoilerplate,
    *,
    now: float,
    source: str,
    plan: RoutingPlan | None,
    article_mode: ArticleMode = ArticleMode.AUTO,
    postable: Collection[str] | None = None,
    fingerprint_since: float = 0.0,
) -> tuple[FeedBoilerplate, list[ComposedEntry]]:
    """`state` learned from the new `entries` of `parsed`, which are then composed without it
    in the same call off the loop; postable teasers are completed from their pages."""
    # One call instead of three (learning, deciding whether the feed is aggregated, composing):
    # the feed crosses to the worker process once (the entries are the parsed feed's own
    # objects, pickled once). Measured on the bench's first cycle (2,000 feeds, 75,598
    # entries): each extra call cost the service ≈0.4 s of CPU sending, ≈0.4 s receiving.
    # A channel with no web address of its own is credited with its items' site's front page.
    site_url = credit_home(parsed.site_url, (e.link for e in parsed.entries), source)
    compose = _composer(
        settings, source, site_url, parsed.language, plan, postable, fingerprint_since
    )
    learned: FeedBoilerplate
    aggregated: AggregatedFeed | None
    composed: list[ComposedEntry]
    learned, aggregated, composed = await off_loop(
        learn_and_compose,
        state,
        list(entries),
        now=now,
        compose=compose,
        parsed=parsed,
        feed_url=feed_url,
        renders=postable is None or any(e.key in postable for e in entries),
    )
    with_phrases = partial(
        compose,
        boilerplate=learned.phrases | tagline_phrases(parsed.taglines),
        aggregated=aggregated,
    )
    return learned, await _with_pages(
        off_loop, session, settings, entries, composed, with_phrases, article_mode
    )


def _composer(
    settings: Settings,
    source: str,
    source_url: str | None,
    language: str | None,
    plan: RoutingPlan | None,
    postable: Collection[str] | None,
    fingerprint_since: float,
) -> Callable[..., list[ComposedEntry]]:
    return partial(
        compose_batch,
        source=source,
        source_url=source_url,
        language=language,
        summary_chars=settings.summary_chars,
        max_tags=settings.max_hashtags,
        teaser_chars=settings.teaser_chars,
        plan=plan,
        postable=postable,
        fingerprint_since=fingerprint_since,
    )


async def _with_pages(
    off_loop: OffLoop,
    session: aiohttp.ClientSession,
    settings: Settings,
    entries: Sequence[FeedEntry],
    composed: list[ComposedEntry],
    compose: Callable[..., list[ComposedEntry]],
    article_mode: ArticleMode,
) -> list[ComposedEntry]:
    """`composed`, its postable teasers composed again with their article pages."""
    links = {
        entry.key: entry.link
        for entry, post in zip(entries, composed, strict=True)
        if post.rendered
        and entry.link
        and page_wanted(article_mode, teaser=post.teaser, link=entry.link)
    }
    if not links:
        return composed
    pages = await fetch_pages(
        session,
        links,
        max_bytes=settings.max_feed_bytes,
        allow_private=settings.allow_private_addresses,
    )
    again = [e for e in entries if e.key in pages]
    if not again:
        return composed
    redone = {p.entry_key: p for p in await off_loop(compose, again, pages=pages)}
    return [redone.get(p.entry_key, p) for p in composed]
