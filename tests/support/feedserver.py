"""A real HTTP feed server on 127.0.0.1 for tests: files, scripted answers, conditional GET."""

from __future__ import annotations

import asyncio
import gzip
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from aiohttp import web


@dataclass
class Route:
    """What one path answers."""

    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml"
    headers: dict[str, str] = field(default_factory=dict)
    # When set, a request with a matching If-None-Match gets 304.
    etag: str | None = None
    # Seconds to wait before answering, and an event to wait for (the test opens it).
    delay: float = 0.0
    gate: asyncio.Event | None = None
    # When set, the body is sent one byte per this many seconds.
    trickle: float | None = None


@dataclass
class SeenRequest:
    """A request the server received."""

    path: str
    headers: dict[str, str]
    status: int


class FeedServer:
    """Serves feeds the test sets up; records every request."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[SeenRequest] = []
        # Requests being answered now, and the most seen at once, per Host header.
        self.active: Counter[str] = Counter()
        self.most_active: Counter[str] = Counter()
        self._runner: web.AppRunner | None = None
        self.port = 0

    async def start(self) -> None:
        """Listen on a free port of 127.0.0.1."""
        app = web.Application()
        app.router.add_route("GET", "/{tail:.*}", self._handle)
        # A short shutdown timeout: a trickling answer must not hold up stop().
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert isinstance(server, asyncio.Server)
        self.port = server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        """Stop listening."""
        if self._runner is not None:
            await self._runner.cleanup()

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        """The full URL of `path` on this server, optionally under another host name."""
        return f"http://{host}:{self.port}/{path.lstrip('/')}"

    def set_feed(
        self,
        path: str,
        body: str | bytes,
        *,
        etag: bool = True,
        content_type: str = "application/rss+xml; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        """Serve `body` at `path`, with an ETag derived from the body unless `etag=False`."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        tag = f'"{hashlib.sha256(data).hexdigest()[:16]}"' if etag else None
        self.routes["/" + path.lstrip("/")] = Route(
            body=data, content_type=content_type, etag=tag, headers=headers or {}
        )

    def set_file(self, path: str, file: Path, content_type: str = "application/xml") -> None:
        """Serve a file's bytes at `path`."""
        self.routes["/" + path.lstrip("/")] = Route(
            body=file.read_bytes(), content_type=content_type
        )

    def set_response(
        self, path: str, status: int, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> None:
        """Answer `path` with this status, body and headers."""
        self.routes["/" + path.lstrip("/")] = Route(
            body=body, status=status, headers=headers or {}, content_type="text/plain"
        )

    def set_gzip(self, path: str, body: bytes, content_type: str = "application/rss+xml") -> None:
        """Serve `body` gzip-compressed with Content-Encoding: gzip."""
        self.routes["/" + path.lstrip("/")] = Route(
            body=gzip.compress(body, compresslevel=9),
            content_type=content_type,
            headers={"Content-Encoding": "gzip"},
        )

    def set_trickle(self, path: str, body: bytes, seconds_per_byte: float = 1.0) -> None:
        """Serve `body` one byte at a time, `seconds_per_byte` apart."""
        self.routes["/" + path.lstrip("/")] = Route(body=body, trickle=seconds_per_byte)

    def hits(self, path: str) -> list[SeenRequest]:
        """Requests made for `path`."""
        return [r for r in self.requests if r.path == "/" + path.lstrip("/")]

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        host = request.headers.get("Host", "")
        self.active[host] += 1
        self.most_active[host] = max(self.most_active[host], self.active[host])
        try:
            return await self._answer(request)
        finally:
            self.active[host] -= 1

    async def _answer(self, request: web.Request) -> web.StreamResponse:
        route = self.routes.get(request.path)
        if route is None:
            self.requests.append(SeenRequest(request.path, dict(request.headers), 404))
            return web.Response(status=404, text="not found")
        if route.delay:
            await asyncio.sleep(route.delay)
        if route.gate is not None:
            await route.gate.wait()
        if route.etag and request.headers.get("If-None-Match") == route.etag:
            self.requests.append(SeenRequest(request.path, dict(request.headers), 304))
            return web.Response(status=304, headers={"ETag": route.etag, **route.headers})
        headers = dict(route.headers)
        if route.etag:
            headers["ETag"] = route.etag
        self.requests.append(SeenRequest(request.path, dict(request.headers), route.status))
        if route.trickle is not None:
            stream = web.StreamResponse(status=route.status, headers=headers)
            stream.content_type = route.content_type.split(";")[0]
            stream.content_length = len(route.body)
            await stream.prepare(request)
            for i in range(len(route.body)):
                await stream.write(route.body[i : i + 1])
                await asyncio.sleep(route.trickle)
            await stream.write_eof()
            return stream
        return web.Response(
            status=route.status,
            body=route.body,
            headers=headers,
            content_type=route.content_type.split(";")[0],
            charset=route.content_type.split("charset=")[1]
            if "charset=" in route.content_type
            else None,
        )
