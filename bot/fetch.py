"""Feed fetching over one aiohttp session: conditional GET, caps, and address safety."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver

from bot import __version__

USER_AGENT = f"newsbot/{__version__} (+https://github.com/newsbot)"
MAX_REDIRECTS = 5


class FetchError(Exception):
    """A fetch failed; the message is safe to show an admin and store as the feed's error."""


class AddressRefused(FetchError):
    """The URL points at a private, loopback or otherwise non-public address."""


@dataclass(frozen=True)
class FetchResult:
    """A fetched document, or `not_modified` for a 304."""

    url: str
    status: int
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        """True when the server answered 304 to our conditional request."""
        return self.status == 304


def is_public_address(address: str) -> bool:
    """True only for globally routable unicast addresses."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_link_local)


class PublicOnlyResolver(AbstractResolver):
    """Resolves names, then refuses any that land on a non-public address (DNS tricks)."""

    def __init__(self, inner: AbstractResolver | None = None) -> None:
        self._inner = inner or DefaultResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        """Resolve `host`; raise AddressRefused if any address is not public."""
        results = await self._inner.resolve(host, port, family)
        for result in results:
            if not is_public_address(result["host"]):
                raise AddressRefused(f"{host} resolves to a non-public address {result['host']}")
        return results

    async def close(self) -> None:
        """Close the wrapped resolver."""
        await self._inner.close()


def check_url(url: str, *, allow_private: bool) -> str:
    """Validate a feed URL's form; returns it stripped. Raises FetchError with the reason."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError("only http:// and https:// URLs can be feeds")
    if not parts.hostname:
        raise FetchError("the URL has no host")
    if not allow_private:
        host = parts.hostname
        try:
            ipaddress.ip_address(host)
            literal = True
        except ValueError:
            literal = False
        if literal and not is_public_address(host):
            raise AddressRefused(f"{host} is not a public address")
        if host.lower() == "localhost" or host.lower().endswith(".localhost"):
            raise AddressRefused(f"{host} is not a public address")
    return url


def create_session(
    *, allow_private: bool, connect_timeout: float, total_timeout: float, limit: int = 64
) -> aiohttp.ClientSession:
    """The one HTTP session for all feed fetches."""
    resolver: AbstractResolver = DefaultResolver() if allow_private else PublicOnlyResolver()
    connector = aiohttp.TCPConnector(limit=limit, limit_per_host=4, resolver=resolver)
    timeout = aiohttp.ClientTimeout(total=total_timeout, sock_connect=connect_timeout)
    return aiohttp.ClientSession(
        connector=connector, timeout=timeout, headers={"User-Agent": USER_AGENT}
    )


async def _read_capped(response: aiohttp.ClientResponse, max_bytes: int) -> bytes:
    # aiohttp decompresses as it reads, so the cap counts decompressed bytes.
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.content.iter_chunked(64 * 1024):
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"the response is larger than {max_bytes} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def fetch_feed(
    session: aiohttp.ClientSession,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    max_bytes: int,
    allow_private: bool,
) -> FetchResult:
    """GET a feed conditionally, following at most 5 redirects, each hop checked."""
    headers: dict[str, str] = {
        "Accept": "application/rss+xml, application/atom+xml, "
        "application/feed+json, application/xml;q=0.9, */*;q=0.8"
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return await fetch_url(
        session, url, headers=headers, max_bytes=max_bytes, allow_private=allow_private
    )


async def fetch_url(
    session: aiohttp.ClientSession,
    url: str,
    *,
    headers: Mapping[str, str],
    max_bytes: int,
    allow_private: bool,
) -> FetchResult:
    """GET `url` (feed or page) following at most 5 redirects, each hop checked, body capped."""
    etag, last_modified = headers.get("If-None-Match"), headers.get("If-Modified-Since")
    current = check_url(url, allow_private=allow_private)
    try:
        for _hop in range(MAX_REDIRECTS + 1):
            async with session.get(current, headers=headers, allow_redirects=False) as resp:
                if resp.status in (301, 302, 303, 307, 308):
                    location = resp.headers.get("Location")
                    if not location:
                        raise FetchError(f"HTTP {resp.status} without a Location")
                    current = check_url(urljoin(current, location), allow_private=allow_private)
                    continue
                if resp.status == 304:
                    return FetchResult(
                        url=current, status=304, etag=etag, last_modified=last_modified
                    )
                if resp.status >= 400:
                    raise FetchError(f"HTTP {resp.status} {resp.reason or ''}".strip())
                body = await _read_capped(resp, max_bytes)
                return FetchResult(
                    url=current,
                    status=resp.status,
                    body=body,
                    headers=dict(resp.headers),
                    etag=resp.headers.get("ETag"),
                    last_modified=resp.headers.get("Last-Modified"),
                )
        raise FetchError(f"more than {MAX_REDIRECTS} redirects")
    except FetchError:
        raise
    except TimeoutError:
        raise FetchError("timed out") from None
    except aiohttp.ClientConnectorError as exc:
        if isinstance(exc.os_error, AddressRefused):
            raise exc.os_error from None
        raise FetchError(f"cannot connect: {exc.os_error.strerror or exc}") from None
    except aiohttp.ClientError as exc:
        raise FetchError(f"{type(exc).__name__}: {exc}"[:300]) from None


def is_local_source(source: str) -> bool:
    """True for a file path or file:// URL (only the operator's CLI reads those)."""
    scheme = urlsplit(source).scheme.lower()
    return scheme == "file" or (scheme not in ("http", "https") and Path(source).exists())


def local_source_uri(source: str) -> str:
    """A local path as the absolute file:// URI stored for the feed."""
    if source.startswith("file:"):
        return source
    return Path(source).resolve().as_uri()


def read_local_source(source: str, *, max_bytes: int) -> FetchResult:
    """Read a feed from a local file, under the same size cap as the network."""
    path = Path(unquote(urlsplit(source).path) if source.startswith("file:") else source)
    try:
        with path.open("rb") as handle:
            body = handle.read(max_bytes + 1)
    except OSError as exc:
        raise FetchError(f"cannot read {path}: {exc.strerror}") from None
    if len(body) > max_bytes:
        raise FetchError(f"the file is larger than {max_bytes} bytes")
    return FetchResult(url=path.resolve().as_uri(), status=200, body=body, headers={})
