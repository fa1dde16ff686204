"""Feed checks' kept-alive connections: reused, replaced when the server drops them, closed
with the session, and never more at once to a host than the per-host limit."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import aiohttp
import pytest

from bot.fetching.http import FetchError, create_session, fetch_feed
from tests.support.feedserver import FeedServer

NOT_MODIFIED = b'HTTP/1.1 304 Not Modified\r\nETag: "v1"\r\n\r\n'


class RawServer:
    """A plain TCP server answering 304s; counts connections and requests, and can drop a
    connection instead of answering its `drop_at`-th request (1-based, on that connection)."""

    def __init__(self, drop_at: int | None = None, drop_connections: int = 1) -> None:
        self.drop_at = drop_at
        self.drop_connections = drop_connections
        self.connections = self.requests = self.ended = 0
        self.port = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Serve one connection."""
        self.connections += 1
        number, served = self.connections, 0
        try:
            while True:
                await reader.readuntil(b"\r\n\r\n")
                self.requests += 1
                served += 1
                if served == self.drop_at and number <= self.drop_connections:
                    return  # closed without an answer, as an idle timeout racing a request
                writer.write(NOT_MODIFIED)
                await writer.drain()
        except asyncio.IncompleteReadError:
            self.ended += 1  # the client closed the connection
        finally:
            writer.close()

    def url(self) -> str:
        """The feed's URL on this server."""
        return f"http://127.0.0.1:{self.port}/feed.xml"


@pytest.fixture
async def raw_server() -> AsyncIterator[RawServer]:
    """A RawServer listening on 127.0.0.1."""
    server = RawServer()
    listening = await asyncio.start_server(server.handle, "127.0.0.1", 0)
    server.port = listening.sockets[0].getsockname()[1]
    async with listening:
        yield server


async def check(session: aiohttp.ClientSession, url: str) -> int:
    """A conditional check of `url`; its status."""
    result = await fetch_feed(
        session,
        url,
        etag='"v1"',
        max_bytes=10**6,
        allow_private=True,
    )
    return result.status


def session(per_host: int = 2) -> aiohttp.ClientSession:
    """A session as the service makes it (kept-alive feed requests)."""
    return create_session(allow_private=True, connect_timeout=2, total_timeout=5, per_host=per_host)


async def test_checks_of_one_feed_reuse_one_kept_alive_connection(raw_server: RawServer) -> None:
    async with session() as s:
        statuses = [await check(s, raw_server.url()) for _ in range(5)]
    assert statuses == [304] * 5
    assert (raw_server.requests, raw_server.connections) == (5, 1)


async def test_a_kept_alive_connection_the_server_drops_is_replaced_and_the_check_succeeds(
    raw_server: RawServer,
) -> None:
    # The server answers the first request, then closes instead of answering the second:
    # the GET goes again on a fresh connection, and the check does not fail.
    raw_server.drop_at = 2
    async with session() as s:
        statuses = [await check(s, raw_server.url()) for _ in range(3)]
    assert statuses == [304] * 3
    assert raw_server.connections == 2
    assert raw_server.requests == 4  # the dropped one counted: it was sent twice


async def test_a_fresh_connection_closed_without_an_answer_is_the_checks_error(
    raw_server: RawServer,
) -> None:
    raw_server.drop_at, raw_server.drop_connections = 1, 10**6
    async with session() as s:
        with pytest.raises(FetchError, match="closed the connection"):
            await check(s, raw_server.url())
    assert raw_server.connections == 1  # not retried on and on


async def test_closing_the_session_closes_its_kept_alive_connections(
    raw_server: RawServer,
) -> None:
    async with session() as s:
        assert await check(s, raw_server.url()) == 304
        assert raw_server.ended == 0
    for _ in range(100):
        if raw_server.ended:
            break
        await asyncio.sleep(0.01)
    assert raw_server.ended == 1


async def test_no_more_requests_to_one_host_at_once_than_the_per_host_limit(
    feed_server: FeedServer,
) -> None:
    for n in range(6):
        feed_server.set_feed(f"feed{n}.xml", "<rss/>")
        feed_server.routes[f"/feed{n}.xml"].delay = 0.1
    async with session(per_host=2) as s:
        await asyncio.gather(*(check(s, feed_server.url(f"feed{n}.xml")) for n in range(6)))
    host = f"127.0.0.1:{feed_server.port}"
    assert feed_server.most_active[host] == 2
    assert len(feed_server.requests) == 6


async def test_endless_headers_are_refused_at_the_header_cap() -> None:
    sent = 0

    async def endless_headers(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal sent
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\n")
        try:
            while sent < 16 * 1024 * 1024:  # far past any cap; the client hangs up first
                line = b"X-Padding: " + b"a" * 1000 + b"\r\n"
                writer.write(line)
                sent += len(line)
                await writer.drain()
        except ConnectionError:
            pass
        finally:
            writer.close()

    listening = await asyncio.start_server(endless_headers, "127.0.0.1", 0)
    port = listening.sockets[0].getsockname()[1]
    async with listening, session() as s:
        with pytest.raises(FetchError, match="headers are larger") as refused:
            await check(s, f"http://127.0.0.1:{port}/feed.xml")
    assert refused.value.kind == "too_large"
    assert sent < 16 * 1024 * 1024
