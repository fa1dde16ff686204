"""Where a feed's bytes come from: the one place that decides between a local file (only for
the operator's CLI) and HTTP(S)."""

from __future__ import annotations

import zlib
from pathlib import Path
from urllib.parse import unquote, urlsplit

import aiohttp

from bot.fetching.http import FEED_ACCEPT, FetchResult, fetch_feed
from bot.fetching.safety import FetchError


async def fetch_source(
    session: aiohttp.ClientSession,
    source: str,
    *,
    local_files: bool,
    max_bytes: int,
    allow_private: bool,
    total_timeout: float | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
    accept: str = FEED_ACCEPT,
) -> FetchResult:
    """A local file when `local_files` allows one and `source` is one, else a conditional GET."""
    if local_files and is_local_source(source):
        return read_local_source(source, max_bytes=max_bytes)
    return await fetch_feed(
        session,
        source,
        etag=etag,
        last_modified=last_modified,
        max_bytes=max_bytes,
        allow_private=allow_private,
        total_timeout=total_timeout,
        accept=accept,
    )


def is_local_source(source: str) -> bool:
    """True for a file path or file:// URL (only the operator's CLI reads those)."""
    # Every check asks, and urlsplit's own cache holds far fewer URLs than a busy service.
    if source[:8].lower().startswith(("http://", "https://")):
        return False
    scheme = urlsplit(source).scheme.lower()
    return scheme == "file" or (scheme not in ("http", "https") and Path(source).exists())


def local_source_uri(source: str) -> str:
    """A local path as the absolute file:// URI stored for the feed."""
    if source.startswith("file:"):
        return source
    return Path(source).resolve().as_uri()


def gunzip_capped(data: bytes, max_bytes: int) -> bytes:
    """Decompress a gzip body, refusing to produce more than `max_bytes`."""
    decompressor = zlib.decompressobj(wbits=31)
    try:
        out = decompressor.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise FetchError(f"bad gzip data: {exc}", kind="bad_encoding") from None
    if len(out) > max_bytes:
        raise FetchError(
            f"the file is larger than {max_bytes} bytes decompressed", kind="too_large"
        )
    return out


def read_local_source(source: str, *, max_bytes: int) -> FetchResult:
    """Read a feed from a local file (gzip is undone), under the same size cap as the network."""
    path = Path(unquote(urlsplit(source).path) if source.startswith("file:") else source)
    try:
        with path.open("rb") as handle:
            body = handle.read(max_bytes + 1)
    except OSError as exc:
        raise FetchError(f"cannot read {path}: {exc.strerror}", kind="file") from None
    if len(body) > max_bytes:
        raise FetchError(f"the file is larger than {max_bytes} bytes", kind="too_large")
    if body[:2] == b"\x1f\x8b":
        body = gunzip_capped(body, max_bytes)
    return FetchResult(url=path.resolve().as_uri(), status=200, body=body, headers={})
