"""`newsbot inspect`: what newsbot makes of feeds and how it groups their entries into stories,
without a token or a database."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass

import aiohttp

from bot.admin.preview import Preview, describe, preview_entry, preview_fetched, thread_off_loop
from bot.compose.entry import (
    NOT_A_REPRINT,
    ComposedEntry,
)
from bot.compose.install_posts import is_install_post
from bot.compose.site_naming import derived_site_name
from bot.compose.teasers import OffLoop, learn_and_compose_entries
from bot.config import Settings
from bot.fetching.http import FetchResult, create_session
from bot.fetching.sources import fetch_source, is_local_source
from bot.matching.index import StoryIndex
from bot.matching.keys import story_url_keys
from bot.matching.rule import Arrival, StoryRule
from bot.parsing.feeds import NotAFeed, parse_feed
from bot.parsing.models import FeedEntry, ParsedFeed
from bot.render.voice import Voice
from bot.text.boilerplate import FeedBoilerplate

_ACCEPT = "application/rss+xml, application/atom+xml, text/html;q=0.9, */*;q=0.8"


@dataclass(frozen=True)
class InspectedEntry:
    """One entry as newsbot would treat it."""

    source: str
    title: str
    link: str | None
    canonical_url: str | None
    story: str
    summary: str
    message: str
    is_reprint: bool = False
    original_publisher: str | None = None
    original_url: str | None = None
    reprinter: str | None = None
    # How it goes out: photo or text post, link preview, button (as /preview shows it).
    post: str = ""
    photo: str | None = None


def _entry_keys(
    source: str, entry: FeedEntry, post: ComposedEntry | None = None
) -> tuple[str, ...]:
    keys = post.url_keys if post is not None else story_url_keys(entry.canonical_url)
    return keys or (f"{source}#{entry.key}",)


def _story_label(key: str) -> str:
    return "story-" + hashlib.sha256(key.encode()).hexdigest()[:12]


Composed = tuple[str, FeedEntry, ComposedEntry]


def group_stories(composed: Sequence[Composed], rule: StoryRule, *, now: float) -> list[str]:
    """Each entry's story label, grouped by the service's StoryRule over an in-memory index."""
    # Each entry counts as seen when it was published (never later than `now`; undated: `now`),
    # as by a service that followed the feeds, so the story window applies as it would have.
    source_rank = {source: rank for rank, (source, _, _) in reversed(list(enumerate(composed)))}

    def seen(position: int) -> tuple[float, int, float, int]:
        source, entry, _ = composed[position]
        # By time seen; at one time, feeds in the order given and a feed's entries in the
        # order a check records them (select_new_entries: by date, the newest listed last).
        seen_at = min(entry.published_at or now, now)
        return seen_at, source_rank[source], entry.published_at or 0.0, -position

    order = sorted(range(len(composed)), key=seen)
    index = StoryIndex(rule)
    first_key: dict[int, str] = {}
    labels = [""] * len(composed)
    for position in order:
        source, entry, post = composed[position]
        arrival = Arrival(post.url_keys, post.lead, post.band_keys, True, False, title=entry.title)
        story_id, _ = index.record(arrival, now=seen(position)[0], feed=source)
        first_key.setdefault(story_id, _entry_keys(source, entry, post)[0])
        labels[position] = _story_label(first_key[story_id])
    return labels


def _inspected(
    source: str, preview: Preview, story: str, post: ComposedEntry | None = None
) -> InspectedEntry:
    entry, delivery = preview.entry, preview.delivery
    credit = post.attribution if post is not None else NOT_A_REPRINT
    return InspectedEntry(
        source=source,
        title=entry.title,
        link=entry.link,
        canonical_url=entry.canonical_url,
        story=story,
        summary=preview.content.summary,
        message=delivery.html,
        is_reprint=credit.is_reprint,
        original_publisher=credit.original_publisher,
        original_url=credit.original_url,
        reprinter=credit.reprinter,
        post=describe(delivery),
        photo=delivery.image_url,
    )


async def _fetch(settings: Settings, session: aiohttp.ClientSession, source: str) -> FetchResult:
    return await fetch_source(
        session,
        source,
        local_files=True,
        accept=_ACCEPT,
        max_bytes=settings.max_feed_bytes,
        allow_private=settings.allow_private_addresses,
    )


async def _compose_feed(
    off_loop: OffLoop,
    session: aiohttp.ClientSession,
    settings: Settings,
    source: str,
    parsed: ParsedFeed,
) -> list[ComposedEntry]:
    """A feed's entries composed as on its first check: boilerplate learned from them all."""
    _, composed = await learn_and_compose_entries(
        off_loop,
        session,
        settings,
        parsed,
        source,
        parsed.entries,
        FeedBoilerplate(),
        now=time.time(),
        source=derived_site_name(parsed, source).name,
        plan=None,
    )
    return composed


async def inspect_sources(
    settings: Settings,
    sources: Sequence[str],
    *,
    voice: Voice | None = None,
    now: float | None = None,
) -> list[InspectedEntry]:
    """Each feed's entries (or a page's article) rendered as /preview renders them, grouped
    into stories as the service would have grouped them by `now` (default: the clock)."""
    voice = voice or Voice()
    off_loop = thread_off_loop()
    feeds: list[tuple[str, ParsedFeed]] = []
    pages: list[tuple[str, Preview]] = []
    async with create_session(
        allow_private=settings.allow_private_addresses,
        connect_timeout=settings.fetch_connect_timeout,
        total_timeout=settings.fetch_timeout,
        per_host=settings.fetch_per_host,
        info_url=settings.user_agent_url,
    ) as session:
        for source in sources:
            fetched = await _fetch(settings, session, source)
            try:
                feeds.append(
                    (source, parse_feed(fetched.body, url=fetched.url, headers=fetched.headers))
                )
            except NotAFeed:
                if is_local_source(source):
                    raise
                pages.append(
                    (
                        source,
                        await preview_fetched(off_loop, session, settings, fetched, voice=voice),
                    )
                )
        composed: list[Composed] = []
        for source, parsed in feeds:
            posts = await _compose_feed(off_loop, session, settings, source, parsed)
            # A fresh install's placeholder post is never posted (compose.selection): not shown.
            composed += [
                (source, e, p)
                for e, p in zip(parsed.entries, posts, strict=True)
                if not is_install_post(e)
            ]
    # One story exactly as in the service: the same rule, over an index of what was seen.
    rule = StoryRule(window_seconds=settings.story_window_days * 86400)
    stories = group_stories(composed, rule, now=time.time() if now is None else now)
    inspected: list[InspectedEntry] = []
    for (source, entry, post), story in zip(composed, stories, strict=True):
        assert post.content is not None
        preview = preview_entry(entry, post.content, voice)
        inspected.append(_inspected(source, preview, story, post))
    for source, preview in pages:
        label = _story_label(_entry_keys(source, preview.entry)[0])
        inspected.append(_inspected(source, preview, label))
    return inspected


def _reprint_line(entry: InspectedEntry) -> str:
    if not entry.is_reprint:
        return "no"
    original = entry.original_publisher or "unnamed outlet"
    url = f" <{entry.original_url}>" if entry.original_url else ""
    return f"yes, originally {original}{url}, carried by {entry.reprinter or '-'}"


def format_text(entries: Sequence[InspectedEntry]) -> str:
    """Human-readable report."""
    blocks = []
    for e in entries:
        blocks.append(
            "\n".join(
                [
                    f"title:         {e.title}",
                    f"link:          {e.link or '-'}",
                    f"canonical_url: {e.canonical_url or '-'}",
                    f"story:         {e.story}",
                    f"summary:       {e.summary or '-'}",
                    f"reprint:       {_reprint_line(e)}",
                    f"post:          {e.post}",
                    "message:",
                    e.message,
                ]
            )
        )
    return ("\n" + "─" * 60 + "\n").join(blocks)


def format_json(entries: Sequence[InspectedEntry]) -> str:
    """Machine-readable report: a JSON list of objects."""
    return json.dumps([asdict(e) for e in entries], ensure_ascii=False, indent=2)
