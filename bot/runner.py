"""The event loop newsbot runs on: uvloop where it is installed, else asyncio's own."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


def run(main: Coroutine[Any, Any, T]) -> T:
    """Run `main` to completion on a fresh event loop, as `asyncio.run` does."""
    # uvloop (libuv) spends about a tenth less CPU per request than asyncio's own loop, which
    # is most of what checking thousands of unchanged feeds costs (bench/ingest.py). It is
    # not built for Windows, where asyncio's loop serves.
    try:
        import uvloop
    except ImportError:
        return asyncio.run(main)
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        return runner.run(main)
