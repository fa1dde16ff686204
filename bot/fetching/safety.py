"""What newsbot may fetch: http(s) URLs on public addresses, checked on every hop."""

from __future__ import annotations

import functools
import ipaddress
import socket
from urllib.parse import urlsplit

from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver


class FetchError(Exception):
    """A fetch failed; the message is safe to show an admin and store as the feed's error,
    and `kind` is a short label for counting (timeout, connect, http_4xx, too_large, …)."""

    kind = "other"

    def __init__(self, message: str, *, kind: str | None = None) -> None:
        super().__init__(message)
        if kind is not None:
            self.kind = kind


class AddressRefused(FetchError):
    """The URL points at a private, loopback or otherwise non-public address."""

    kind = "address_refused"


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

    # aiohttp resolves at connect time, for every hop: this is where a public-looking name
    # that points at 127.0.0.1 or 169.254.169.254 is stopped.

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


@functools.lru_cache(maxsize=16384)
def check_url(url: str, *, allow_private: bool) -> str:
    """Validate a feed URL's form; returns it stripped. Raises FetchError with the reason."""
    # Literal addresses are checked here because aiohttp does not resolve them (so the
    # resolver never sees them); names are checked by PublicOnlyResolver when connecting.
    # Pure, so remembered: the same feed URLs come back every cycle.
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError("only http:// and https:// URLs can be feeds", kind="bad_url")
    if not parts.hostname:
        raise FetchError("the URL has no host", kind="bad_url")
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
