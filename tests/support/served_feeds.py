"""A feed file served by the local feed server, fetched and parsed as the service does."""

from __future__ import annotations

from pathlib import Path

from bot.fetching.http import create_session
from bot.fetching.sources import fetch_source
from bot.parsing.feeds import parse_feed
from bot.parsing.models import ParsedFeed
from tests.support.feedserver import FeedServer


async def served_feed(server: FeedServer, path: Path, content_type: str) -> ParsedFeed:
    """`path` served with `content_type`, fetched over HTTP and parsed with the response headers."""
    server.set_file(path.name, path, content_type=content_type)
    async with create_session(allow_private=True, connect_timeout=2, total_timeout=5) as session:
        fetched = await fetch_source(
            session, server.url(path.name), local_files=False, max_bytes=10**7, allow_private=True
        )
    return parse_feed(fetched.body, url=fetched.url, headers=fetched.headers)
