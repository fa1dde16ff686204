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
from bot.pipeline import FeedContext, PreparedEntry, prepare_entry, source_name
from bot.similarity import story_similarity


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
    is_reprint: bool
    original_publisher: str | None
    original_url: str | None
    reprinter: str | None


class _StoryKeys:
    """Union-find over story keys, so entries sharing any key share one story value."""

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


def inspect_parsed(
    parsed_feeds: Sequence[tuple[str, ParsedFeed]], *, summary_chars: int
) -> list[InspectedEntry]:
    """Pure: what the pipeline makes of already-parsed feeds, with shared story values.

    Entries are one story as in the service: a shared URL key (link or the original URL a
    notice names), or a confirmed near-duplicate lead.
    """
    prepared: list[tuple[str, FeedEntry, FeedContext, PreparedEntry]] = []
    for source, parsed in parsed_feeds:
        feed = FeedContext(
            source=source_name(parsed.title, source),
            source_url=parsed.site_url,
            language=parsed.language,
            summary_chars=summary_chars,
        )
        for entry in parsed.entries:
            prepared.append((source, entry, feed, prepare_entry(entry, feed, render=True)))
    stories = _StoryKeys()
    own_keys = [p.url_keys or (f"{source}#{entry.key}",) for source, entry, _, p in prepared]
    for keys in own_keys:
        stories.union(keys)
    for i, (_, _, _, first) in enumerate(prepared):
        for j in range(i + 1, len(prepared)):
            if story_similarity(first.lead, prepared[j][3].lead) > 0:
                stories.union([own_keys[i][0], own_keys[j][0]])
    inspected = []
    for (source, entry, _, ready), keys in zip(prepared, own_keys, strict=True):
        root = stories.find(keys[0])
        inspected.append(
            InspectedEntry(
                source=source,
                title=entry.title,
                link=entry.link,
                canonical_url=entry.canonical_url,
                story="story-" + hashlib.sha256(root.encode()).hexdigest()[:12],
                summary=ready.summary or "",
                message=ready.html or "",
                is_reprint=ready.attribution.is_reprint,
                original_publisher=ready.attribution.original_publisher,
                original_url=ready.attribution.original_url,
                reprinter=ready.attribution.reprinter,
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
                    "message:",
                    e.message,
                ]
            )
        )
    return ("\n" + "─" * 60 + "\n").join(blocks)


def format_json(entries: Sequence[InspectedEntry]) -> str:
    """Machine-readable report: a JSON list of objects."""
    return json.dumps([asdict(e) for e in entries], ensure_ascii=False, indent=2)
