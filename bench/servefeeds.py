"""The benchmark's feed server: real news feeds replicated N times, served from 127.0.0.x."""

# Copy i of a feed has every URL's host prefixed with `c<i>.` and every guid/id prefixed with
# `c<i>-`, so all copies hold distinct entries (as N different feeds would). Each feed answers
# with an ETag and Last-Modified and gives 304 to a matching conditional request. The server
# is a minimal HTTP/1.1 keep-alive server in its own process, so that serving costs little and
# costs newsbot and reader the same.

from __future__ import annotations

import asyncio
import re
from collections.abc import Sequence
from multiprocessing.connection import Connection
from pathlib import Path

NEWS_FEEDS = {
    # fastfeedparser/benchmark_data: the files URLS.tsv marks "news".
    "fastfeedparser/benchmark_data": None,
    "FeedReader/FeedReader.Tests/Feeds": [
        *(
            f"Rss20{name}.xml"
            for name in (
                "Reuters NYTimes LeMonde LeFigaro LeParisien LeFil DailyMail TheMirror Spiegel "
                "FazNet DaStandardAt JapanTimes JapanToday IndianExpress CTVNews MoscowTimes "
                "BreakingNews YandexRussia NuusInAfrikaans RomaToday RomaNews MassaNews CityDog "
                "FinanzenNet"
            ).split()
        ),
        "Rss10OrfAt.xml",
        "Rss10Minutos20.xml",
        "AtomTheVerge.xml",
        "AtomVergeAllPosts.xml",
    ],
    "rss-parser/test/input": ["guardian.rss", "uolNoticias.rss", "encoding.rss"],
}
# An id element with content (an empty one stays empty: there is nothing to make unique).
_GUID = re.compile(rb"(<(?:guid|id)\b[^>]*>)(\s*(?:<!\[CDATA\[)?\s*)(?=[^<\s\]])")
# Namespace names are URIs too, but identify vocabularies: they must stay as they are.
_XMLNS = re.compile(rb"""(xmlns(?::[\w.-]+)?\s*=\s*["'])([^"']*)(["'])""")
LAST_MODIFIED = b"Wed, 25 Nov 2026 08:00:00 GMT"


def news_feed_files(corpus: Path) -> list[Path]:
    """The real news feeds of the corpus (see SOURCES.md), in a fixed order."""
    files: list[Path] = []
    for folder, names in NEWS_FEEDS.items():
        if names is None:
            urls = (corpus / folder / "URLS.tsv").read_text().splitlines()
            names = [line.split("\t")[0] for line in urls if line.endswith("\tnews")]
        files += [corpus / folder / name for name in names]
    return files


def content_type(body: bytes) -> bytes:
    """The media type a publisher would send for this feed (by its root element)."""
    head = body[:4096]
    if b"<rdf:RDF" in head:
        return b"application/rdf+xml"
    if b"<feed" in head:
        return b"application/atom+xml"
    return b"application/rss+xml"


def replicate(template: bytes, copy: int) -> bytes:
    """Copy `copy` of a feed, with its own links and ids."""
    namespaces: list[bytes] = []

    def set_aside(match: re.Match[bytes]) -> bytes:
        namespaces.append(match.group(2))
        return match.group(1) + b"\0%d\0" % (len(namespaces) - 1) + match.group(3)

    body = _XMLNS.sub(set_aside, template).replace(b"://", b"://c%d." % copy)
    body = _GUID.sub(rb"\1\2c%d-" % copy, body)
    return re.sub(rb"\0(\d+)\0", lambda m: namespaces[int(m.group(1))], body)


class _Http(asyncio.Protocol):
    bodies: Sequence[bytes] = ()
    types: Sequence[bytes] = ()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while b"\r\n\r\n" in self.buffer:
            head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
            self.answer(head)

    def answer(self, head: bytes) -> None:
        lines = head.split(b"\r\n")
        path = lines[0].split(b" ")[1] if b" " in lines[0] else b"/"
        headers = dict(
            (name.strip().lower(), value.strip())
            for name, _, value in (line.partition(b":") for line in lines[1:])
        )
        try:
            index = int(path.rsplit(b"/", 1)[1])
            body = self.bodies[index]
        except (ValueError, IndexError):
            self.transport.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
            return
        etag = b'"feed-%d"' % index
        if headers.get(b"if-none-match") == etag or headers.get(b"if-modified-since") == (
            LAST_MODIFIED
        ):
            self.transport.write(
                b"HTTP/1.1 304 Not Modified\r\nETag: %s\r\nLast-Modified: %s\r\n"
                b"Content-Length: 0\r\n\r\n" % (etag, LAST_MODIFIED)
            )
            return
        self.transport.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: %s\r\nETag: %s\r\nLast-Modified: %s\r\n"
            b"Content-Length: %d\r\n\r\n"
            % (self.types[index], etag, LAST_MODIFIED, len(body))
            + body
        )


def serve(files: list[str], count: int, hosts: int, ready: Connection) -> None:
    """Process entry point: build the N bodies, listen on 127.0.0.1..hosts, report the port."""
    templates = [Path(f).read_bytes() for f in files]
    _Http.bodies = [replicate(templates[i % len(templates)], i) for i in range(count)]
    _Http.types = [content_type(templates[i % len(templates)]) for i in range(count)]

    async def main() -> None:
        loop = asyncio.get_running_loop()
        first = await loop.create_server(_Http, "127.0.0.1", 0, backlog=1024)
        port = first.sockets[0].getsockname()[1]
        for host in range(2, hosts + 1):
            await loop.create_server(_Http, f"127.0.0.{host}", port, backlog=1024)
        ready.send((port, sum(map(len, _Http.bodies))))
        await asyncio.Event().wait()

    asyncio.run(main())


def feed_url(port: int, index: int, hosts: int) -> str:
    """Where feed `index` is served."""
    return f"http://127.0.0.{1 + index % hosts}:{port}/feed/{index}"
