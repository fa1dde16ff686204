"""Article pages for teaser-only feeds: when to fetch one, fetching it, extracting its text."""

from __future__ import annotations

import asyncio
import logging
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape
from urllib.parse import urljoin, urlsplit

import aiohttp

from bot.fetching.http import FetchError, fetch_url
from storage.records import ArticleMode

log = logging.getLogger(__name__)

# Special-use names (RFC 2606, RFC 6761) never resolve: asking DNS for them is pointless.
_NEVER_RESOLVE = (".example", ".invalid", ".test", ".localhost", ".example.com", ".example.net")
_PAGE_TYPES = ("text/html", "application/xhtml+xml")
_HTML_LANG = re.compile(
    r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)", re.I
)


@dataclass(frozen=True)
class ArticlePage:
    """A fetched article page: its final URL and raw bytes."""

    url: str
    body: bytes


@dataclass(frozen=True)
class ExtractedArticle:
    """What trafilatura found on a page."""

    text: str
    title: str | None = None
    image_url: str | None = None
    language: str | None = None
    site_name: str | None = None
    tags: tuple[str, ...] = ()

    def as_html(self) -> str:
        """The text as HTML paragraphs, the form the cleaner takes."""
        return "".join(
            f"<p>{escape(line, quote=False)}</p>" for line in self.text.split("\n") if line.strip()
        )


def page_wanted(mode: ArticleMode, *, teaser: bool, link: str | None) -> bool:
    """Whether to fetch the article page: always, never, or (auto) for a teaser."""
    if not link or mode == ArticleMode.NEVER or not (mode == ArticleMode.ALWAYS or teaser):
        return False
    parts = urlsplit(link)
    host = (parts.hostname or "").lower()
    return parts.scheme in ("http", "https") and bool(host) and not host.endswith(_NEVER_RESOLVE)


def extract_article(page: ArticlePage) -> ExtractedArticle | None:
    """The page's main text and metadata, or None when it has no article text (blocking)."""
    with warnings.catch_warnings():
        # trafilatura's own downloader (never used: pages come through fetch_url) warns about
        # SOCKS support when imported.
        warnings.filterwarnings("ignore", message="SOCKS support")
        import trafilatura  # local: only worker processes pay for importing it
        from trafilatura.utils import decode_file

    html = decode_file(page.body)
    document = trafilatura.bare_extraction(
        html,
        url=page.url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
    )
    text = getattr(document, "text", None)
    if not document or not isinstance(text, str) or not text.strip():
        return None
    image = getattr(document, "image", None)
    image_url = urljoin(page.url, image) if isinstance(image, str) and image.strip() else None
    if image_url and not image_url.startswith(("http://", "https://")):
        image_url = None
    lang = _HTML_LANG.search(html[:5000])
    raw_tags = list(getattr(document, "categories", None) or []) + list(
        getattr(document, "tags", None) or []
    )
    tags = tuple(t.strip() for raw in raw_tags for t in str(raw).split(",") if t.strip())
    return ExtractedArticle(
        text=text.strip(),
        title=getattr(document, "title", None) or None,
        image_url=image_url,
        language=lang.group(1) if lang else None,
        site_name=getattr(document, "sitename", None) or None,
        tags=tags,
    )


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
        raise FetchError(f"not a web page ({content_type.split(';')[0]})")
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
