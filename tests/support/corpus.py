"""Parsing corpus files the way the service would, for conformance checks (runs in workers)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from bot.fetching.safety import FetchError
from bot.fetching.sources import read_local_source
from bot.parsing.feeds import feed_items, parse_feed
from bot.parsing.jsonfeed import looks_like_json
from bot.parsing.models import FeedEntry, NotAFeed, ParsedFeed

# feedparser's own test harness served its files from this address.
FEEDPARSER_BASE = "http://127.0.0.1:8097/"
ESCAPED = "escaped: "
_HEADER = re.compile(r"^\s*Header:\s*([\w-]+):\s*(.*?)\s*$", re.M)


@dataclass(frozen=True)
class Parsed:
    """What parsing one corpus file gave: the feed, or the kind of error recorded."""

    path: str
    feed: ParsedFeed | None = None
    error: str | None = None  # "NotAFeed: ..." or "FetchError: ..."; anything else escaped
    keys: tuple[str, ...] = field(default=())
    # Every item before repeats are merged (only for files that declare expectations).
    items: tuple[FeedEntry, ...] = field(default=())


def document_url(path: Path, root: Path) -> str:
    """The URL a file is parsed as: feedparser's harness address for its files, else file://."""
    relative = path.relative_to(root)
    if relative.parts[0] == "feedparser":
        return FEEDPARSER_BASE + "/".join(relative.parts[1:])
    return path.as_uri()


def declared_headers(body: bytes) -> dict[str, str]:
    """The HTTP headers a test file declares in `Header:` lines (else served as XML)."""
    head = body[:2000].decode("utf-8", "replace")
    declared = {name: value for name, value in _HEADER.findall(head)}
    if not any(name.lower() == "content-type" for name in declared):
        declared["Content-Type"] = "application/xml"
    return declared


def parse_corpus_file(path_text: str, root_text: str) -> Parsed:
    """Read (gunzipping) and parse one file as the checker does; errors become `error`."""
    path, root = Path(path_text), Path(root_text)
    url = document_url(path, root)
    try:
        body = read_local_source(str(path), max_bytes=10 << 20).body
        headers = declared_headers(body)
        feed = parse_feed(body, url=url, headers=headers)
    except (NotAFeed, FetchError) as exc:
        return Parsed(path_text, error=f"{type(exc).__name__}: {exc}")
    except Exception as exc:  # reported by the test, with the file's name
        return Parsed(path_text, error=f"{ESCAPED}{type(exc).__name__}: {exc}")
    items: tuple[FeedEntry, ...] = ()
    if b"Expect:" in body[:4000] and not looks_like_json(body):
        items = tuple(feed_items(body, url=url, headers=headers))
    return Parsed(path_text, feed=feed, keys=tuple(e.key for e in feed.entries), items=items)
