"""Playing DNS in tests: names that resolve where the test says, and a trusted first hop."""

from __future__ import annotations

import socket

from aiohttp.abc import AbstractResolver, ResolveResult

from bot.fetching.http import PublicOnlyResolver


def _result(host: str, address: str, port: int, family: socket.AddressFamily) -> ResolveResult:
    return {
        "hostname": host,
        "host": address,
        "port": port,
        "family": socket.AF_INET6 if ":" in address else family,
        "proto": 0,
        "flags": socket.AI_NUMERICHOST,
    }


class StaticResolver(AbstractResolver):
    """Resolves the names in `addresses` to the given address; any other name fails."""

    def __init__(self, addresses: dict[str, str]) -> None:
        self.addresses = addresses
        self.asked: list[str] = []

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        self.asked.append(host)
        if host not in self.addresses:
            raise OSError(f"unknown host {host}")
        return [_result(host, self.addresses[host], port, family)]

    async def close(self) -> None:
        return None


class TrustedFirstHop(AbstractResolver):
    """The production resolver (PublicOnlyResolver over StaticResolver), except for `trusted`.

    The feed server is on 127.0.0.1, so a test's first hop must reach it although the safety
    check would refuse it: the trusted name stands for a public publisher. Every other name,
    and so every redirect target, goes through the real address check.
    """

    def __init__(self, trusted: str, addresses: dict[str, str]) -> None:
        self.trusted = trusted
        self.dns = StaticResolver(addresses)
        self.checked = PublicOnlyResolver(self.dns)

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        if host == self.trusted:
            return [_result(host, "127.0.0.1", port, family)]
        return await self.checked.resolve(host, port, family)

    async def close(self) -> None:
        return None
