"""A post exactly as it would go out, without posting: for /preview and `newsbot inspect`."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import aiohttp

from bot.compose.entry import compose_batch
from bot.compose.filters import FilterRule, blocking_rule, usable_rules
from bot.compose.site_naming import derived_site_name
from bot.compose.teasers import OffLoop, learn_and_compose_entries
from bot.config import Settings
from bot.fetching.http import FetchResult, fetch_url
from bot.fetching.pages import ArticlePage
from bot.parsing.feeds import NotAFeed, ParseLimitExceeded, parse_feed
from bot.parsing.models import FeedEntry
from bot.parsing.urls import canonical_url
from bot.render.content import PostContent
from bot.render.voice import Delivery, Voice, render_for
from bot.text.boilerplate import FeedBoilerplate
from bot.text.extraction import extract_article
from bot.workers import bounded

_ACCEPT = "application/rss+xml, application/atom+xml, text/html;q=0.9, */*;q=0.8"


class PreviewError(Exception):
    """Nothing to preview at that address; the message says why."""


@dataclass(frozen=True)
class Preview:
    """One rendered post and what the filters would say about it."""

    entry: FeedEntry
    content: PostContent
    delivery: Delivery
    filtered_by: str | None = None


def preview_entry(
    entry: FeedEntry, content: PostContent, voice: Voice, rules: tuple[FilterRule, ...] = ()
) -> Preview:
    """Render composed content in `voice`; note the rule that would keep it out."""
    return Preview(
        entry,
        content,
        render_for(content, voice),
        blocking_rule(rules, content.title, content.summary),
    )


def describe(delivery: Delivery) -> str:
    """How the post goes out, in one line: photo or text, preview, button."""
    kind = f"photo post ({delivery.image_url})" if delivery.image_url else "text post"
    preview = "" if delivery.image_url else f", link preview {delivery.link_preview}"
    button = ", “Read more” button" if delivery.button and delivery.link else ""
    return f"{kind}{preview}{button}"


def thread_off_loop() -> OffLoop:
    """Blocking work in a thread, for callers without a worker pool (CLI, tests)."""

    async def run(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return await asyncio.to_thread(func, *args, **kwargs)

    return run


async def preview_fetched(
    off_loop: OffLoop,
    session: aiohttp.ClientSession,
    settings: Settings,
    fetched: FetchResult,
    *,
    voice: Voice,
    rules: tuple[FilterRule, ...] = (),
    site_name: str | None = None,
) -> Preview:
    """The newest entry of a feed, or the article on a page, rendered in `voice`; a feed's
    posts credit `site_name` when given (a subscribed feed's), else the one its title gives."""
    # Parsing, composing, rendering and the filters all run off the loop, each call held to
    # the parse bounds: an editor's pattern or a hostile page cannot stall the bot.
    off_loop = bounded(off_loop, settings.parse_timeout, "previewing")
    rules = usable_rules(rules)
    try:
        parsed = await off_loop(
            parse_feed, fetched.body, url=fetched.url, headers=dict(fetched.headers)
        )
    except NotAFeed:
        return await _preview_page(off_loop, session, settings, fetched, voice=voice, rules=rules)
    if not parsed.entries:
        raise PreviewError("the feed has no entries")
    # The newest entry; without dates, the first the feed lists.
    at, newest = max(enumerate(parsed.entries), key=lambda p: (p[1].published_at or 0.0, -p[0]))
    # As on a feed's first check, in one call off the loop: its boilerplate learned from what
    # it holds, whether it is aggregated decided, and only the newest entry rendered.
    _, all_composed = await learn_and_compose_entries(
        off_loop,
        session,
        settings,
        parsed,
        fetched.url,
        parsed.entries,
        FeedBoilerplate(),
        now=time.time(),
        source=site_name or derived_site_name(parsed, fetched.url).name,
        plan=None,
        postable={newest.key},
    )
    composed = all_composed[at]
    assert composed.content is not None
    preview: Preview = await off_loop(preview_entry, newest, composed.content, voice, rules)
    return preview


async def _preview_page(
    off_loop: OffLoop,
    session: aiohttp.ClientSession,
    settings: Settings,
    fetched: FetchResult,
    *,
    voice: Voice,
    rules: tuple[FilterRule, ...],
) -> Preview:
    page = ArticlePage(fetched.url, fetched.body)
    extracted = await off_loop(extract_article, page)
    if extracted is None:
        raise PreviewError("neither a feed nor a page with article text")
    entry = FeedEntry(
        key="page",
        title=extracted.title or fetched.url,
        link=fetched.url,
        canonical_url=canonical_url(fetched.url),
        published_at=None,
        # The page's text is the entry's own: extracted once here, not again by compose.
        content_html=extracted.as_html(),
        categories=extracted.tags,
        image_url=extracted.image_url,
        language=extracted.language,
    )
    site = extracted.site_name or urlsplit(fetched.url).hostname or fetched.url
    # The page is already here and read: composed at once, no teaser round trip.
    [composed] = await off_loop(
        compose_batch,
        [entry],
        source=site,
        source_url=f"{urlsplit(fetched.url).scheme}://{urlsplit(fetched.url).netloc}/",
        language=None,
        summary_chars=settings.summary_chars,
        max_tags=settings.max_hashtags,
    )
    assert composed.content is not None
    preview: Preview = await off_loop(preview_entry, entry, composed.content, voice, rules)
    return preview


async def preview_url(
    off_loop: OffLoop,
    session: aiohttp.ClientSession,
    settings: Settings,
    url: str,
    *,
    voice: Voice,
    rules: tuple[FilterRule, ...] = (),
    site_name: str | None = None,
) -> Preview:
    """Fetch `url` (feed or article page) under the feed rules and preview it."""
    fetched = await fetch_url(
        session,
        url,
        headers={"Accept": _ACCEPT},
        max_bytes=settings.max_feed_bytes,
        allow_private=settings.allow_private_addresses,
    )
    try:
        return await preview_fetched(
            off_loop, session, settings, fetched, voice=voice, rules=rules, site_name=site_name
        )
    except ParseLimitExceeded as exc:
        raise PreviewError(str(exc)) from None
    except BrokenProcessPool:
        raise PreviewError("the worker process was killed (over its CPU time limit)") from None
