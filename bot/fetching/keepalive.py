"""Feed checks' own keep-alive HTTP/1.1 GETs: aiohttp's per-request bookkeeping is most of an
unchanged feed's check (~160 of ~190 µs a 304; bench/judged/README.md, session 17)."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import ssl
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import cast

import aiohttp
import httptools
from aiohttp.abc import AbstractResolver
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from bot.fetching.safety import FetchError

# Idle connections are closed after this long (aiohttp's own keep-alive default).
IDLE_SECONDS = 15.0
# At most this many idle connections in all, however many hosts (file descriptors).
MAX_IDLE = 512
# A reply's status line and headers may take at most this many bytes: the body cap does not
# bound them, and llhttp keeps a header it has not finished in memory (aiohttp allows 8 KiB a
# line and 32 KiB in all by default; feeds' replies use under 2 KiB).
MAX_HEAD_BYTES = 64 * 1024


@dataclass(frozen=True)
class Reply:
    """A response: status, headers and, for a 2xx, the body (capped and decompressed)."""

    status: int
    reason: str
    headers: CIMultiDictProxy[str]
    body: bytes = b""


def _too_large(max_bytes: int) -> FetchError:
    return FetchError(f"the response is larger than {max_bytes} bytes", kind="too_large")


class _Body:
    """A 2xx body as it arrives: decompressed in bounded steps and counted against the cap."""

    def __init__(self, encoding: str, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.size = 0
        self.chunks: list[bytes] = []
        # deflate is meant as zlib-wrapped; some servers send it raw (tried when zlib fails).
        self.raw_deflate = encoding == "deflate"
        wbits = 31 if encoding == "gzip" else 15
        self.inflate = zlib.decompressobj(wbits) if encoding in ("gzip", "deflate") else None

    def add(self, data: bytes) -> None:
        if self.inflate is None:
            self._keep(data)
            return
        try:
            while data:
                # At most what the cap still allows (plus one byte): a bomb stops at the cap.
                out = self.inflate.decompress(data, self.max_bytes - self.size + 1)
                self._keep(out)
                data = self.inflate.unconsumed_tail
        except zlib.error:
            if not (self.raw_deflate and self.size == 0):
                raise FetchError("the compressed body is damaged", kind="network") from None
            self.raw_deflate, self.inflate = False, zlib.decompressobj(-15)
            self.add(data)

    def _keep(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.max_bytes:
            raise _too_large(self.max_bytes)
        self.chunks.append(data)

    def end(self) -> bytes:
        if self.inflate is not None:
            self._keep(self.inflate.flush())
        return b"".join(self.chunks)


class _Stale(Exception):
    """A reused connection closed before any of the reply arrived: the GET may be sent again."""


class _Conn(asyncio.Protocol):
    """One connection: sends a request, parses its reply with httptools (llhttp)."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.parser = httptools.HttpResponseParser(self)
        self.waiter: asyncio.Future[Reply] | None = None
        self.closed = self.reusable = self.until_close = False
        self.complete = True
        self.status = self.head_bytes = 0
        self.body: _Body | None = None
        self.idle_since = 0.0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # uvloop's transports are not asyncio.Transport subclasses, but have its methods.
        self.transport = cast(asyncio.Transport, transport)

    async def request(self, data: bytes, max_bytes: int) -> Reply:
        self.waiter = asyncio.get_running_loop().create_future()
        self.max_bytes, self.status, self.reason = max_bytes, 0, ""
        self.headers: CIMultiDict[str] = CIMultiDict()
        self.body = None
        self.reusable = self.complete = self.until_close = False
        self.head_bytes = 0
        assert self.transport is not None
        self.transport.write(data)
        return await self.waiter

    def data_received(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError as exc:
            self._fail(FetchError(f"a malformed response: {exc}"[:300], kind="network"))
            return
        if self.status == 0:  # the headers are not complete yet
            self.head_bytes += len(data)
            if self.head_bytes > MAX_HEAD_BYTES:
                error = f"the response's headers are larger than {MAX_HEAD_BYTES} bytes"
                self._fail(FetchError(error, kind="too_large"))

    def on_status(self, reason: bytes) -> None:
        self.reason = reason.decode("latin-1")

    def on_header(self, name: bytes, value: bytes) -> None:
        self.headers.add(name.decode("latin-1"), value.decode("latin-1"))

    def on_headers_complete(self) -> None:
        self.status = status = self.parser.get_status_code()
        headers = self.headers
        if not 200 <= status < 300:
            # Only a 2xx body is read; the caller keeps the connection if the reply ended.
            self._reply(Reply(status, self.reason, CIMultiDictProxy(headers)))
            return
        encoding = headers.get("Content-Encoding", "").strip().lower()
        length = headers.get("Content-Length")
        if length and length.isdigit() and int(length) > self.max_bytes and not encoding:
            self._fail(_too_large(self.max_bytes))
            return
        self.until_close = length is None and "Transfer-Encoding" not in headers
        self.body = _Body(encoding, self.max_bytes)

    def on_body(self, data: bytes) -> None:
        if self.body is not None and self.waiter is not None and not self.waiter.done():
            try:
                self.body.add(data)
            except FetchError as exc:
                self._fail(exc)

    def on_message_complete(self) -> None:
        self.complete = True
        self.reusable = self.parser.should_keep_alive()
        self._finish_body()

    def _finish_body(self) -> None:
        if self.body is not None and self.waiter is not None and not self.waiter.done():
            try:
                body = self.body.end()
            except FetchError as exc:
                self._fail(exc)
                return
            headers = CIMultiDictProxy(self.headers)
            self._reply(Reply(self.status, self.reason, headers, body))

    def _reply(self, reply: Reply) -> None:
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_result(reply)

    def _fail(self, error: BaseException) -> None:
        self.reusable = False
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_exception(error)
        self.close()

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed, self.reusable = True, False
        if self.body is not None and self.until_close and not self.complete:
            self._finish_body()  # a body that ends with the connection
        if self.waiter is not None and not self.waiter.done():
            if self.status == 0:
                self.waiter.set_exception(_Stale())
            else:
                error = FetchError("the server closed the connection mid-reply", kind="network")
                self.waiter.set_exception(error)

    def close(self) -> None:
        self.closed, self.reusable = True, False
        if self.transport is not None:
            self.transport.close()


_Key = tuple[str, str, int]  # scheme, host, port


class KeepAlivePool:
    """Kept-alive connections by host, at most `per_host` in use a host and `limit` in all."""

    def __init__(
        self,
        resolver: AbstractResolver,
        *,
        connect_timeout: float | None,
        limit: int,
        per_host: int,
        user_agent: str,
    ) -> None:
        self._resolver = resolver
        self._connect_timeout = connect_timeout
        self._per_host = per_host
        self._limit = asyncio.Semaphore(limit)
        self._slots: dict[_Key, asyncio.Semaphore] = {}
        self._users: dict[_Key, int] = {}
        self._idle: dict[_Key, list[_Conn]] = {}
        self._idle_count = 0
        self._swept = time.monotonic()
        self._agent = user_agent
        self._ssl: ssl.SSLContext | None = None

    async def get(self, url: URL, headers: Mapping[str, str], max_bytes: int) -> Reply:
        """GET `url` (already checked) with `headers`; a 2xx body is read, capped."""
        assert url.raw_host is not None and url.port is not None
        key = (url.scheme, url.raw_host, url.port)
        request = self._request(url, headers)
        self._users[key] = self._users.get(key, 0) + 1
        try:
            slot = self._slots.get(key) or self._slots.setdefault(
                key, asyncio.Semaphore(self._per_host)
            )
            async with self._limit, slot:
                return await self._send(key, url, request, max_bytes)
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key], self._slots[key]

    async def _send(self, key: _Key, url: URL, request: bytes, max_bytes: int) -> Reply:
        while True:
            conn = self._take(key)
            reused = conn is not None
            if conn is None:
                conn = await self._open(url)
            try:
                reply = await conn.request(request, max_bytes)
            except _Stale:
                conn.close()
                if reused:
                    continue  # the server dropped an idle connection: a fresh one
                raise FetchError("the server closed the connection", kind="network") from None
            except BaseException:
                conn.close()  # cut off (deadline, cancellation) or failed: never reused
                raise
            if conn.complete and conn.reusable:
                self._put(key, conn)
            else:
                conn.close()
            return reply

    def _request(self, url: URL, headers: Mapping[str, str]) -> bytes:
        lines = [
            f"GET {url.raw_path_qs or '/'} HTTP/1.1",
            f"Host: {url.host_port_subcomponent}",
            f"User-Agent: {self._agent}",
            "Accept-Encoding: gzip, deflate",
        ]
        for name, value in headers.items():
            if "\r" in value or "\n" in value:
                raise FetchError(f"a line break in the {name} header", kind="bad_url")
            lines.append(f"{name}: {value}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")

    def _take(self, key: _Key) -> _Conn | None:
        idle = self._idle.get(key)
        now = time.monotonic()
        while idle:
            conn = idle.pop()
            self._idle_count -= 1
            if not conn.closed and now - conn.idle_since < IDLE_SECONDS:
                return conn
            conn.close()
        return None

    def _put(self, key: _Key, conn: _Conn) -> None:
        now = time.monotonic()
        if now - self._swept >= IDLE_SECONDS:
            self._sweep()  # so a host not fetched again does not keep its connections
        idle = self._idle.setdefault(key, [])
        if len(idle) >= self._per_host or self._idle_count >= MAX_IDLE:
            self._sweep()
            idle = self._idle.setdefault(key, [])
        if len(idle) >= self._per_host or self._idle_count >= MAX_IDLE:
            conn.close()
            return
        conn.idle_since = now
        idle.append(conn)
        self._idle_count += 1

    def _sweep(self) -> None:
        # Closes connections idle too long or dropped by their servers.
        self._swept = now = time.monotonic()
        for key, idle in list(self._idle.items()):
            kept = [c for c in idle if not c.closed and now - c.idle_since < IDLE_SECONDS]
            for conn in idle:
                if conn not in kept:
                    conn.close()
            self._idle_count -= len(idle) - len(kept)
            if kept:
                self._idle[key] = kept
            else:
                del self._idle[key]

    async def _open(self, url: URL) -> _Conn:
        host, port = url.raw_host, url.port
        assert host is not None and port is not None
        try:
            ipaddress.ip_address(host)
            addresses = [host]  # a literal address: check_url has checked it
        except ValueError:
            try:
                # The session's resolver: PublicOnlyResolver refuses non-public addresses.
                found = await self._resolver.resolve(host, port, family=socket.AF_UNSPEC)
            except OSError as exc:
                if isinstance(exc, FetchError):
                    raise
                raise FetchError(f"cannot connect: {exc.strerror or exc}", kind="connect") from None
            addresses = [r["host"] for r in found]
        return await self._connect(url, addresses)

    async def _connect(self, url: URL, addresses: list[str]) -> _Conn:
        loop, port = asyncio.get_running_loop(), url.port
        assert port is not None
        tls = url.scheme == "https"
        if tls and self._ssl is None:
            self._ssl = ssl.create_default_context()
        error: OSError | None = None
        async with asyncio.timeout(self._connect_timeout):
            for address in addresses:
                try:
                    _, conn = await loop.create_connection(
                        _Conn,
                        address,
                        port,
                        ssl=self._ssl if tls else None,
                        server_hostname=url.raw_host if tls else None,
                    )
                    return conn
                except OSError as exc:
                    error = exc
        message = error.strerror if error is not None and error.strerror else error
        raise FetchError(f"cannot connect: {message}", kind="connect")

    def close(self) -> None:
        """Close every idle connection."""
        for idle in self._idle.values():
            for conn in idle:
                conn.close()
        self._idle.clear()
        self._idle_count = 0


class FeedConnector(aiohttp.TCPConnector):
    """aiohttp's connector for the session, carrying the feed fetches' pool and closing it."""

    keepalive: KeepAlivePool | None = None

    async def close(self, *, abort_ssl: bool = False) -> None:
        """Close the pool's connections, then aiohttp's."""
        if self.keepalive is not None:
            self.keepalive.close()
        await super().close(abort_ssl=abort_ssl)


def pool_of(session: aiohttp.ClientSession) -> KeepAlivePool | None:
    """The pool of a session create_session made (others keep aiohttp's own requests)."""
    connector = session.connector
    if isinstance(connector, FeedConnector) and not session.closed:
        return connector.keepalive
    return None
