"""Article pages for teaser-only feeds: when to fetch one, and fetching it (its text is
extracted by bot.text.extraction)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

import aiohttp

from bot.fetching.http import FetchError, fetch_url
from storage.records import ArticleMode

log = logging.getLogger(__name__)

# Special-use names (RFC 2606, RFC 6761) never resolve: asking DNS for them is pointless.
_NEVER_RESOLVE = (".example", ".invalid", ".test", ".localhost", ".example.com", ".example.net")
_PAGE_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class ArticlePage:
    """A fetched article page: its final URL and raw bytes."""

    url: str
    body: bytes


def page_wanted(mode: ArticleMode, *, teaser: bool, link: str | None) -> bool:
    """Whether to fetch the article page: always, never, or (auto) for a teaser."""
    if not link or mode == ArticleMode.NEVER or not (mode == ArticleMode.ALWAYS or teaser):
        return False
    parts = urlsplit(link)
    host = (parts.hostname or "").lower()
    return parts.scheme in ("http", "https") and bool(host) and not host.endswith(_NEVER_RESOLVE)


async def fetch_page(
    session: aiohttp.ClientSession, url: str, *, max_bytes: int, allow_private: bool
) -> ArticlePage:
    """Fetch an article page under the feed rules; raises FetchError (also for non-HTML)."""
    fetched = await fetch_url(
        session,
        url,
        headers={"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"},
        max_bytes=max_bytes,
        allow_private=allow_private,
    )
    content_type = next(
        (v for k, v in fetched.headers.items() if k.lower() == "content-type"), "text/html"
    )
    if content_type.split(";")[0].strip().lower() not in _PAGE_TYPES:
        raise FetchError(f"not a web page ({content_type.split(';')[0]})", kind="not_a_page")
    return ArticlePage(url=fetched.url, body=fetched.body)


async def fetch_pages(
    session: aiohttp.ClientSession,
    links: Mapping[str, str],
    *,
    max_bytes: int,
    allow_private: bool,
    concurrency: int = 4,
) -> dict[str, ArticlePage]:
    """Pages for {entry key: link}; a page that cannot be had is left out (teaser stays)."""
    semaphore = asyncio.Semaphore(concurrency)

    async def one(key: str, link: str) -> tuple[str, ArticlePage | None]:
        async with semaphore:
            try:
                return key, await fetch_page(
                    session, link, max_bytes=max_bytes, allow_private=allow_private
                )
            except FetchError as exc:
                log.info("article page %s not used: %s", link, exc)
                return key, None

    results = await asyncio.gather(*(one(key, link) for key, link in links.items()))
    return {key: page for key, page in results if page is not None}
