"""`newsbot inspect`: what the pipeline makes of feeds, without a token or a database."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from bot.config import Settings
from bot.fetch import create_session, fetch_feed, is_local_source, read_local_source
from bot.models import FeedEntry, ParsedFeed
from bot.parse import parse_feed
from bot.pipeline import prepare_post, source_name, story_url_keys


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


class _StoryKeys:
    """Union-find over URL keys, so entries sharing any key share one story value."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, keys: Sequence[str]) -> None:
        roots = sorted({self.find(k) for k in keys})
        for root in roots[1:]:
            self.parent[root] = roots[0]


def _entry_keys(source: str, entry: FeedEntry) -> tuple[str, ...]:
    return story_url_keys(entry) or (f"{source}#{entry.key}",)


def inspect_parsed(
    parsed_feeds: Sequence[tuple[str, ParsedFeed]], *, summary_chars: int
) -> list[InspectedEntry]:
    """Pure: summaries, messages and shared story values for already-parsed feeds."""
    stories = _StoryKeys()
    for source, parsed in parsed_feeds:
        for entry in parsed.entries:
            stories.union(_entry_keys(source, entry))
    inspected: list[InspectedEntry] = []
    for source, parsed in parsed_feeds:
        name = source_name(parsed.title, source)
        for entry in parsed.entries:
            post = prepare_post(
                entry,
                source=name,
                source_url=parsed.site_url,
                language=parsed.language,
                summary_chars=summary_chars,
            )
            root = stories.find(_entry_keys(source, entry)[0])
            inspected.append(
                InspectedEntry(
                    source=source,
                    title=entry.title,
                    link=entry.link,
                    canonical_url=entry.canonical_url,
                    story="story-" + hashlib.sha256(root.encode()).hexdigest()[:12],
                    summary=post.summary,
                    message=post.html,
                )
            )
    return inspected


async def inspect_sources(settings: Settings, sources: Sequence[str]) -> list[InspectedEntry]:
    """Fetch (URL or file) and parse each source, then inspect them together."""
    parsed: list[tuple[str, ParsedFeed]] = []
    async with create_session(
        allow_private=settings.allow_private_addresses,
        connect_timeout=settings.fetch_connect_timeout,
        total_timeout=settings.fetch_timeout,
        per_host=settings.fetch_per_host,
        info_url=settings.user_agent_url,
    ) as session:
        for source in sources:
            if is_local_source(source):
                fetched = read_local_source(source, max_bytes=settings.max_feed_bytes)
            else:
                fetched = await fetch_feed(
                    session,
                    source,
                    max_bytes=settings.max_feed_bytes,
                    allow_private=settings.allow_private_addresses,
                )
            parsed.append(
                (source, parse_feed(fetched.body, url=fetched.url, headers=fetched.headers))
            )
    return inspect_parsed(parsed, summary_chars=settings.summary_chars)


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
                    "message:",
                    e.message,
                ]
            )
        )
    return ("\n" + "─" * 60 + "\n").join(blocks)


def format_json(entries: Sequence[InspectedEntry]) -> str:
    """Machine-readable report: a JSON list of objects."""
    return json.dumps([asdict(e) for e in entries], ensure_ascii=False, indent=2)
