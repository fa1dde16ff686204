"""Feed checks over HTTPS on the kept-alive connections: the server's certificate is checked
against the trusted authorities and the address's name, and a trusted server's feed arrives."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import trustme

from bot.fetching.http import FetchError, create_session, fetch_feed

FEED = b"<rss><channel><title>t</title></channel></rss>"


async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Answer every GET on the connection with the feed (kept alive)."""
    try:
        while True:
            await reader.readuntil(b"\r\n\r\n")
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(FEED) + FEED)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError, ssl.SSLError):
        pass
    finally:
        writer.close()


@pytest.fixture
def authority() -> trustme.CA:
    """A certificate authority no system trusts."""
    return trustme.CA()


@pytest.fixture
async def tls_url(authority: trustme.CA) -> AsyncIterator[str]:
    """A feed served over TLS on 127.0.0.1 with a certificate `authority` issued for it."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    listening = await asyncio.start_server(answer, "127.0.0.1", 0, ssl=context)
    port = listening.sockets[0].getsockname()[1]
    async with listening:
        yield f"https://127.0.0.1:{port}/feed.xml"


async def fetch(url: str) -> bytes:
    """One fetch of `url` through a session as the service makes it; the body."""
    async with create_session(allow_private=True, connect_timeout=2, total_timeout=5) as s:
        result = await fetch_feed(s, url, max_bytes=10**6, allow_private=True)
        again = await fetch_feed(s, url, max_bytes=10**6, allow_private=True)
    assert again.body == result.body
    return result.body


async def test_a_certificate_no_trusted_authority_signed_is_refused(tls_url: str) -> None:
    with pytest.raises(FetchError, match="CERTIFICATE_VERIFY_FAILED") as refused:
        await fetch(tls_url)
    assert refused.value.kind == "connect"


async def test_a_trusted_servers_feed_arrives_over_tls(
    tls_url: str, authority: trustme.CA, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # OpenSSL reads SSL_CERT_FILE when a context loads its default authorities: the test's
    # authority is the only one trusted, as a system's would be.
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(bundle)
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    assert await fetch(tls_url) == FEED
