"""The service's event loop: uvloop where installed (it is a dependency off Windows)."""

from __future__ import annotations

import asyncio
import sys

import pytest

from bot.runner import run


async def _loop_module() -> str:
    await asyncio.sleep(0)
    return type(asyncio.get_running_loop()).__module__


@pytest.mark.skipif(sys.platform == "win32", reason="uvloop is not built for Windows")
def test_the_service_runs_on_uvloop_and_returns_the_result() -> None:
    assert run(_loop_module()).startswith("uvloop")


def test_without_uvloop_asyncio_serves(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "uvloop", None)  # import uvloop now raises ImportError
    assert run(_loop_module()).startswith("asyncio")
