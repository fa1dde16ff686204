"""Fetching cannot be turned against the host: every hop checked, bodies and time capped."""

from __future__ import annotations

import tracemalloc
import zlib
from pathlib import Path

import pytest

from bot.fetching.http import (
    AddressRefused,
    FetchError,
    create_session,
    fetch_feed,
    user_agent,
)
from bot.fetching.sources import read_local_source
from tests.conftest import carried
from tests.support.dns import StaticResolver, TrustedFirstHop
from tests.support.feedserver import FeedServer
from tests.support.rss import Item, rss

FEED = rss("Site", "https://site.example", [Item("One", "https://site.example/1", "Text.")])
PUBLISHER = "feeds.publisher.example"


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.1:{port}/secret",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:{port}/secret",
        "http://localhost:{port}/secret",
        "http://sneaky.example:{port}/secret",  # a name that resolves to 127.0.0.1
        "http://metadata.sneaky.example/latest/meta-data/",  # resolves to 169.254.169.254
    ],
)
async def test_a_redirect_to_a_private_address_is_refused_at_that_hop(
    feed_server: FeedServer, target: str
) -> None:
    feed_server.set_feed("secret", FEED)
    feed_server.set_response(
        "moved.xml", 302, headers={"Location": target.format(port=feed_server.port)}
    )
    resolver = TrustedFirstHop(
        PUBLISHER,
        {"sneaky.example": "127.0.0.1", "metadata.sneaky.example": "169.254.169.254"},
    )
    async with create_session(
        allow_private=False, connect_timeout=2, total_timeout=5, resolver=resolver
    ) as session:
        with pytest.raises(AddressRefused):
            await fetch_feed(
                session,
                feed_server.url("moved.xml", host=PUBLISHER),
                max_bytes=10**6,
                allow_private=False,
            )
    # The publisher's redirect was followed no further.
    assert [r.path for r in feed_server.requests] == ["/moved.xml"]


async def test_the_same_redirect_is_followed_when_private_addresses_are_allowed(
    feed_server: FeedServer,
) -> None:
    feed_server.set_feed("secret", FEED)
    feed_server.set_response(
        "moved.xml", 302, headers={"Location": f"http://sneaky.example:{feed_server.port}/secret"}
    )
    resolver = StaticResolver({PUBLISHER: "127.0.0.1", "sneaky.example": "127.0.0.1"})
    async with create_session(
        allow_private=True, connect_timeout=2, total_timeout=5, resolver=resolver
    ) as session:
        result = await fetch_feed(
            session,
            feed_server.url("moved.xml", host=PUBLISHER),
            max_bytes=10**6,
            allow_private=True,
        )
    assert result.body == FEED.encode() and result.redirects == (302,)


async def test_a_loopback_url_fetched_where_allowed_is_still_refused_where_not(
    feed_server: FeedServer,
) -> None:
    # Checked URLs are remembered between fetches (bot/fetching/http._target): what one
    # session may fetch must not carry over to a session that may not.
    feed_server.set_feed("feed.xml", FEED)
    url = feed_server.url("feed.xml")
    async with create_session(allow_private=True, connect_timeout=2, total_timeout=5) as session:
        for _ in range(2):
            fetched = await fetch_feed(session, url, max_bytes=10**6, allow_private=True)
            assert fetched.body == FEED.encode()
    async with create_session(allow_private=False, connect_timeout=2, total_timeout=5) as session:
        for _ in range(2):  # a refusal is not remembered as a pass either
            with pytest.raises(AddressRefused):
                await fetch_feed(session, url, max_bytes=10**6, allow_private=False)
    assert [r.path for r in feed_server.requests] == ["/feed.xml", "/feed.xml"]


async def test_five_redirects_are_followed_and_a_sixth_is_not(feed_server: FeedServer) -> None:
    for hop in range(6):
        feed_server.set_response(f"hop{hop}", 301, headers={"Location": f"/hop{hop + 1}"})
    feed_server.set_feed("hop6", FEED)
    async with create_session(allow_private=True, connect_timeout=2, total_timeout=5) as session:
        five = await fetch_feed(
            session, feed_server.url("hop1"), max_bytes=10**6, allow_private=True
        )
        with pytest.raises(FetchError, match="more than 5 redirects") as too_many:
            await fetch_feed(session, feed_server.url("hop0"), max_bytes=10**6, allow_private=True)
        assert too_many.value.kind == "redirect"
    assert five.redirects == (301,) * 5 and five.url == feed_server.url("hop6")
    assert not feed_server.hits("hop6")[1:], "the sixth redirect was followed"


def _gzip_of_zeros(size: int) -> bytes:
    # Streamed, so the test itself never holds the decompressed size in memory.
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * (1 << 20)
    parts = [compressor.compress(b"<rss><channel><title>")]
    parts += [compressor.compress(block) for _ in range(size >> 20)]
    parts.append(compressor.flush())
    return b"".join(parts)


async def test_a_gzip_bomb_stops_at_the_cap_without_filling_memory(feed_server: FeedServer) -> None:
    bomb = _gzip_of_zeros(256 << 20)  # 256 MiB once decompressed, about 250 KB on the wire
    feed_server.set_response("bomb.xml", 200, bomb, headers={"Content-Encoding": "gzip"})
    async with create_session(allow_private=True, connect_timeout=2, total_timeout=10) as session:
        tracemalloc.start()
        try:
            with pytest.raises(FetchError, match="larger than 1048576 bytes"):
                await fetch_feed(
                    session, feed_server.url("bomb.xml"), max_bytes=1 << 20, allow_private=True
                )
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert len(bomb) < 1 << 20
    assert peak < 32 << 20, f"{peak} bytes allocated while refusing a 1 MiB-capped bomb"


async def test_the_cap_counts_decompressed_bytes(feed_server: FeedServer) -> None:
    body = ("<rss>" + "<!-- padding -->" * 20_000 + "</rss>").encode()  # 320 KB, gzips to ~1 KB
    feed_server.set_gzip("padded.xml", body)
    async with create_session(allow_private=True, connect_timeout=2, total_timeout=5) as session:
        with pytest.raises(FetchError, match="larger than"):
            await fetch_feed(
                session, feed_server.url("padded.xml"), max_bytes=100_000, allow_private=True
            )
        whole = await fetch_feed(
            session, feed_server.url("padded.xml"), max_bytes=400_000, allow_private=True
        )
    assert whole.body == body


def test_a_gzipped_local_file_is_decompressed_under_the_same_cap() -> None:
    gzipped = carried("corpus", "node-feedparser/test/feeds/invalid-characters-gzipped.xml")
    assert gzipped.read_bytes()[:2] == b"\x1f\x8b"
    with pytest.raises(FetchError, match="larger than"):
        read_local_source(str(gzipped), max_bytes=500_000)
    result = read_local_source(str(gzipped), max_bytes=10 << 20)
    assert len(result.body) > 800_000 and b"<rss" in result.body[:2000]


async def test_a_server_trickling_one_byte_a_second_hits_the_total_time_cap(
    feed_server: FeedServer,
) -> None:
    feed_server.set_trickle("slow.xml", FEED.encode(), seconds_per_byte=1.0)
    async with create_session(allow_private=True, connect_timeout=2, total_timeout=1.5) as session:
        with pytest.raises(FetchError, match="timed out after 1.5 s") as timed_out:
            await fetch_feed(
                session, feed_server.url("slow.xml"), max_bytes=10**6, allow_private=True
            )
        assert timed_out.value.kind == "timeout"


async def test_requests_name_newsbot_its_version_and_the_operators_url(
    feed_server: FeedServer,
) -> None:
    feed_server.set_feed("feed.xml", FEED)
    async with create_session(
        allow_private=True, connect_timeout=2, total_timeout=5, info_url="https://news.example/bot"
    ) as session:
        await fetch_feed(session, feed_server.url("feed.xml"), max_bytes=10**6, allow_private=True)
    agent = feed_server.hits("feed.xml")[0].headers["User-Agent"]
    assert agent == user_agent("https://news.example/bot")
    assert agent.startswith("newsbot/0.") and agent.endswith("(+https://news.example/bot)")


def test_local_files_are_only_read_when_the_operator_names_them(tmp_path: Path) -> None:
    # The network path never reads file:// URLs; see test_fetch for the scheme check.
    path = tmp_path / "feed.xml"
    path.write_text(FEED)
    assert read_local_source(path.as_uri(), max_bytes=10**6).body == FEED.encode()
