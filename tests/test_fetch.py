"""Fetching: conditional GET, caps, and refusing private addresses."""

from __future__ import annotations

import socket
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import aiohttp
import pytest

from bot.checker import FeedChecker
from bot.compose.baseline import Baseline
from bot.fetching.http import (
    AddressRefused,
    FetchError,
    FetchResult,
    create_session,
    fetch_feed,
    is_public_address,
)
from bot.fetching.sources import is_local_source
from bot.parsing.models import ParsedFeed
from bot.parts import SharedParts
from bot.workers import off_loop_in
from storage.records import Feed
from storage.store import Storage
from tests.conftest import SettingsFactory
from tests.support.feedserver import FeedServer
from tests.support.rss import Item, rss

FEED = rss("Site", "https://site.example", [Item("One", "https://site.example/1", "Text.")])


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "192.168.0.1",
        "172.16.5.5",
        "169.254.169.254",
        "::1",
        "fe80::1",
        "224.0.0.1",
        "0.0.0.0",
        "100.64.0.1",
        "::ffff:127.0.0.1",
        "240.0.0.1",
    ],
)
def test_non_public_addresses_are_not_public(address: str) -> None:
    assert not is_public_address(address)


@pytest.mark.parametrize("address", ["93.184.215.14", "2606:4700::6810:85e5", "1.1.1.1"])
def test_public_addresses_are_public(address: str) -> None:
    assert is_public_address(address)


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.com/feed",
        "gopher://x",
        "javascript:alert(1)",
        "http:///nohost",
    ],
)
async def test_only_http_and_https_urls_are_fetched(url: str) -> None:
    async with aiohttp.ClientSession() as session:
        with pytest.raises(FetchError):
            await fetch_feed(session, url, max_bytes=1000, allow_private=True)


@pytest.mark.parametrize("host", ["127.0.0.1", "[::1]", "localhost", "127.1.2.3"])
async def test_loopback_is_refused_unless_allowed(feed_server: FeedServer, host: str) -> None:
    feed_server.set_feed("feed.xml", FEED)
    url = feed_server.url("feed.xml").replace("127.0.0.1", host)
    async with create_session(allow_private=False, connect_timeout=2, total_timeout=5) as session:
        with pytest.raises(AddressRefused):
            await fetch_feed(session, url, max_bytes=10**6, allow_private=False)
    assert feed_server.requests == []


async def test_the_body_cap_stops_an_oversized_feed(feed_server: FeedServer) -> None:
    feed_server.set_feed("big.xml", "<rss>" + "x" * 300_000 + "</rss>")
    async with create_session(allow_private=True, connect_timeout=2, total_timeout=5) as session:
        with pytest.raises(FetchError, match="larger than") as too_large:
            await fetch_feed(
                session, feed_server.url("big.xml"), max_bytes=100_000, allow_private=True
            )
        assert too_large.value.kind == "too_large"  # what /metrics counts it as
        small = await fetch_feed(
            session, feed_server.url("big.xml"), max_bytes=400_000, allow_private=True
        )
    assert len(small.body) > 300_000


async def test_redirects_are_followed_and_each_hop_checked(feed_server: FeedServer) -> None:
    feed_server.set_feed("feed.xml", FEED)
    feed_server.set_response("old.xml", 301, headers={"Location": "/feed.xml"})
    feed_server.set_response("to-file", 302, headers={"Location": "file:///etc/passwd"})
    async with create_session(allow_private=True, connect_timeout=2, total_timeout=5) as session:
        result = await fetch_feed(
            session, feed_server.url("old.xml"), max_bytes=10**6, allow_private=True
        )
        assert result.url == feed_server.url("feed.xml") and b"<rss" in result.body
        with pytest.raises(FetchError, match="only http"):
            await fetch_feed(
                session, feed_server.url("to-file"), max_bytes=10**6, allow_private=True
            )


class CountingChecker(FeedChecker):
    """A FeedChecker that counts how often it parses."""

    parses = 0

    async def parse(self, fetched: FetchResult, *, post_details: bool = True) -> ParsedFeed:
        self.parses += 1
        return await super().parse(fetched, post_details=post_details)

    async def parse_baseline(self, feed: Feed, fetched: FetchResult, *, now: float) -> Baseline:
        self.parses += 1
        return await super().parse_baseline(feed, fetched, now=now)


async def test_a_feed_answering_304_is_not_parsed_again(
    feed_server: FeedServer, make_settings: SettingsFactory, tmp_path: Path
) -> None:
    feed_server.set_feed("feed.xml", FEED)
    settings = make_settings()
    storage = await Storage.open(str(tmp_path / "db.sqlite"))
    try:
        async with create_session(allow_private=True, connect_timeout=2, total_timeout=5) as s:
            off_loop = off_loop_in(ThreadPoolExecutor(1))
            checker = CountingChecker(SharedParts(settings, storage, s, off_loop, channel_id="-1"))
            feed = await storage.feeds.add(feed_server.url("feed.xml"), now=0.0)
            first = await checker.check(feed)
            assert first.status == "updated" and checker.parses == 1
            stored = await storage.feeds.get(feed.id)
            assert stored is not None and stored.etag
            second = await checker.check(stored)
    finally:
        await storage.close()
    assert second.status == "unchanged"
    assert checker.parses == 1
    last = feed_server.hits("feed.xml")[-1]
    assert last.status == 304 and last.headers.get("If-None-Match") == stored.etag


async def test_a_name_that_resolves_to_loopback_is_refused_at_connect_time() -> None:
    # The resolver is where DNS tricks are caught: the name looks public, the address is not.
    from aiohttp.abc import AbstractResolver, ResolveResult

    from bot.fetching.http import PublicOnlyResolver

    class LyingDns(AbstractResolver):
        async def resolve(
            self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
        ) -> list[ResolveResult]:
            return [
                {
                    "hostname": host,
                    "host": "127.0.0.1",
                    "port": port,
                    "family": family,
                    "proto": 0,
                    "flags": 0,
                }
            ]

        async def close(self) -> None:
            return None

    with pytest.raises(AddressRefused, match="non-public"):
        await PublicOnlyResolver(LyingDns()).resolve("news.example.com", 80)


def test_only_a_file_path_or_file_url_is_a_local_source(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text("<rss/>")
    assert is_local_source(str(feed)) and is_local_source(feed.as_uri())
    for address in ("http://example.com/feed", "HTTPS://Example.com/feed", " http://x.org/f"):
        assert not is_local_source(address)
    # A path that does not exist is not a file to read, whatever it looks like.
    assert not is_local_source(str(tmp_path / "missing.xml"))
    assert not is_local_source("ftp://example.com/feed")
