"""Feed fetching over one aiohttp session: conditional GET, redirects, caps, polite headers."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urljoin

import aiohttp
from aiohttp.abc import AbstractResolver
from aiohttp.resolver import DefaultResolver
from yarl import URL

from bot import __version__
from bot.fetching.deadlines import deadline
from bot.fetching.keepalive import FeedConnector, KeepAlivePool, Reply, pool_of
from bot.fetching.safety import (
    AddressRefused,
    FetchError,
    PublicOnlyResolver,
    check_url,
    is_public_address,
)
from bot.fetching.timing import header, parse_retry_after

__all__ = [
    "AddressRefused",
    "FeedGone",
    "FetchError",
    "FetchResult",
    "PublicOnlyResolver",
    "RetryLater",
    "check_url",
    "create_session",
    "fetch_feed",
    "is_public_address",
    "user_agent",
]

DEFAULT_INFO_URL = "https://github.com/newsbot"
MAX_REDIRECTS = 5
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, "
    "application/feed+json, application/xml;q=0.9, */*;q=0.8"
)
PERMANENT = frozenset({301, 308})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)


# The same URLs are fetched every cycle; parsing each into a URL object once saves work.
_url = functools.lru_cache(maxsize=16384)(URL)

# Why: a feed's URL checked and parsed, found by one dictionary lookup a fetch (0.4 µs)
# rather than two cached calls, check_url's with a keyword (1.2 µs). Bounded: cleared when full.
_TARGETS_MAX = 16384
_targets: dict[tuple[str, bool], tuple[str, URL]] = {}


def _target(url: str, allow_private: bool) -> tuple[str, URL]:
    found = _targets.get((url, allow_private))
    if found is None:
        # check_url raises for a URL that may not be fetched: nothing is remembered then.
        current = check_url(url, allow_private=allow_private)
        found = (current, _url(current))
        if len(_targets) >= _TARGETS_MAX:
            _targets.clear()
        _targets[url, allow_private] = found
    return found


@functools.lru_cache(maxsize=8)
def _connect_only(connect: float | None) -> aiohttp.ClientTimeout:
    # fetch_feed's own deadline bounds the whole fetch; an aiohttp total timeout as well
    # would only cost a second timer per request.
    return aiohttp.ClientTimeout(total=None, sock_connect=connect)


class FeedGone(FetchError):
    """410 Gone: the publisher removed the feed for good."""

    kind = "gone"


class RetryLater(FetchError):
    """429 or 503 with a valid Retry-After (kept as sent); not the feed's failure."""

    kind = "retry_later"

    def __init__(self, message: str, retry_after: str) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True)
class FetchResult:
    """A fetched document, or `not_modified` for a 304."""

    url: str
    status: int
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    # Status of every redirect hop followed, in order.
    redirects: tuple[int, ...] = ()

    @property
    def not_modified(self) -> bool:
        """True when the server answered 304 to our conditional request."""
        return self.status == 304

    @property
    def permanent_target(self) -> str | None:
        """The final URL when every hop was a permanent redirect (301/308), else None."""
        if self.redirects and all(s in PERMANENT for s in self.redirects):
            return self.url
        return None


def user_agent(info_url: str = DEFAULT_INFO_URL) -> str:
    """`newsbot/<version> (+<url>)`: who we are and where a publisher can read about us."""
    return f"newsbot/{__version__} (+{info_url})"


def create_session(
    *,
    allow_private: bool,
    connect_timeout: float,
    total_timeout: float,
    limit: int = 64,
    per_host: int = 2,
    info_url: str = DEFAULT_INFO_URL,
    resolver: AbstractResolver | None = None,
) -> aiohttp.ClientSession:
    """The one HTTP session for all feed fetches; `resolver` replaces the checking one."""
    # Tests pass a resolver to play DNS; the service never does.
    if resolver is None:
        resolver = DefaultResolver() if allow_private else PublicOnlyResolver()
    connector = FeedConnector(limit=limit, limit_per_host=per_host, resolver=resolver)
    # Fetches go through the pool (bot/fetching/keepalive.py), with the same resolver and limits.
    connector.keepalive = KeepAlivePool(
        resolver,
        connect_timeout=connect_timeout,
        limit=limit,
        per_host=per_host,
        user_agent=user_agent(info_url),
    )
    timeout = aiohttp.ClientTimeout(total=total_timeout, sock_connect=connect_timeout)
    return aiohttp.ClientSession(
        connector=connector,
        timeout=timeout,
        headers={"User-Agent": user_agent(info_url), "Accept": ACCEPT},
        # Feeds need no cookies; skipping the jar saves work on every request.
        cookie_jar=aiohttp.DummyCookieJar(),
    )


async def _read_capped(response: aiohttp.ClientResponse, max_bytes: int) -> bytes:
    # aiohttp decompresses as it reads, in bounded steps, so this counts decompressed bytes
    # and a gzip bomb stops at the cap instead of filling memory.
    length = response.content_length
    if length is not None and length > max_bytes and not response.headers.get("Content-Encoding"):
        raise FetchError(f"the response is larger than {max_bytes} bytes", kind="too_large")
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.content.iter_any():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"the response is larger than {max_bytes} bytes", kind="too_large")
        chunks.append(chunk)
    return b"".join(chunks)


async def _follow(
    session: aiohttp.ClientSession,
    url: str,
    headers: Mapping[str, str],
    *,
    max_bytes: int,
    allow_private: bool,
) -> FetchResult:
    current, target = _target(url, allow_private)
    hops: list[int] = []
    pool = pool_of(session)
    while True:
        if pool is not None:
            resp = await pool.get(target, headers, max_bytes)
        else:
            resp = await _aiohttp_get(session, target, headers, max_bytes)
        if resp.status in REDIRECTS:
            location = resp.headers.get("Location")
            if not location:
                raise FetchError(f"HTTP {resp.status} without a Location", kind="redirect")
            if len(hops) >= MAX_REDIRECTS:
                raise FetchError(f"more than {MAX_REDIRECTS} redirects", kind="redirect")
            hops.append(resp.status)
            # Every hop is checked again: a redirect must not reach what a URL could not.
            current = check_url(urljoin(current, location), allow_private=allow_private)
            target = _url(current)
            continue
        return _result(resp, current, tuple(hops))


def _result(resp: Reply, url: str, hops: tuple[int, ...]) -> FetchResult:
    if resp.status == 304:
        # The response's own read-only headers, not a copy (2 µs a check): a 304's
        # are read for caching hints only, and any case of a name finds them.
        return FetchResult(
            url=url,
            status=304,
            headers=resp.headers,
            etag=resp.headers.get("ETag"),
            last_modified=resp.headers.get("Last-Modified"),
            redirects=hops,
        )
    if resp.status == 410:
        raise FeedGone("HTTP 410 Gone: the publisher has removed this feed")
    retry_after = header(resp.headers, "Retry-After")
    if resp.status in (429, 503) and parse_retry_after(retry_after, 0.0) is not None:
        assert retry_after is not None
        raise RetryLater(f"HTTP {resp.status}, retry after {retry_after}", retry_after)
    if resp.status >= 300:
        raise FetchError(
            f"HTTP {resp.status} {resp.reason or ''}".strip(),
            kind="redirect" if resp.status < 400 else f"http_{resp.status // 100}xx",
        )
    return FetchResult(
        url=url,
        status=resp.status,
        body=resp.body,
        headers=dict(resp.headers),
        etag=resp.headers.get("ETag"),
        last_modified=resp.headers.get("Last-Modified"),
        redirects=hops,
    )


async def _aiohttp_get(
    session: aiohttp.ClientSession, target: URL, headers: Mapping[str, str], max_bytes: int
) -> Reply:
    # A session create_session did not make (a caller's own): aiohttp's request.
    async with session.get(
        target,
        headers=headers,
        allow_redirects=False,
        timeout=_connect_only(session.timeout.sock_connect),
    ) as resp:
        ok = 200 <= resp.status < 300
        body = await _read_capped(resp, max_bytes) if ok else b""
        return Reply(resp.status, resp.reason or "", resp.headers, body)


async def fetch_feed(
    session: aiohttp.ClientSession,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    max_bytes: int,
    allow_private: bool,
    total_timeout: float | None = None,
    accept: str = FEED_ACCEPT,
) -> FetchResult:
    """GET a feed conditionally, following at most 5 redirects, each hop checked."""
    # `total_timeout` (default: the session's) covers every hop and the whole body.
    headers: dict[str, str] = {"Accept": accept}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    # Straight to _fetch: these headers are this call's own, no copy needed.
    return await _fetch(session, url, headers, max_bytes, allow_private, total_timeout)


async def fetch_url(
    session: aiohttp.ClientSession,
    url: str,
    *,
    headers: Mapping[str, str],
    max_bytes: int,
    allow_private: bool,
    total_timeout: float | None = None,
) -> FetchResult:
    """GET `url` (feed or page) following at most 5 redirects, each hop checked, body capped,
    all within `total_timeout` (default: the session's)."""
    return await _fetch(session, url, dict(headers), max_bytes, allow_private, total_timeout)


async def _fetch(
    session: aiohttp.ClientSession,
    url: str,
    headers: dict[str, str],
    max_bytes: int,
    allow_private: bool,
    total_timeout: float | None,
) -> FetchResult:
    seconds = total_timeout if total_timeout is not None else session.timeout.total
    try:
        # One deadline for every hop and the body: aiohttp's own total timeout restarts at
        # each request and does not stop a body that keeps trickling in. On a shared timer
        # (bot/fetching/deadlines.py: 4 µs less a fetch than asyncio.timeout's own).
        async with deadline(seconds):
            return await _follow(
                session, url, headers, max_bytes=max_bytes, allow_private=allow_private
            )
    except FetchError:
        raise
    except TimeoutError:
        raise FetchError(f"timed out after {seconds:g} s", kind="timeout") from None
    except aiohttp.ClientConnectorError as exc:
        if isinstance(exc.os_error, AddressRefused):
            raise exc.os_error from None
        raise FetchError(
            f"cannot connect: {exc.os_error.strerror or exc}", kind="connect"
        ) from None
    except aiohttp.ClientError as exc:
        raise FetchError(f"{type(exc).__name__}: {exc}"[:300], kind="network") from None
