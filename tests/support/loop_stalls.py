"""How long the event loop went without running tasks while a block ran (tests and bench)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

# A probe is a 10 ms sleep: how late it wakes is time the loop spent inside someone's callback.
PROBE_SECONDS = 0.01


@dataclass
class LoopStalls:
    """The longest stall seen so far, in seconds."""

    worst: float = 0.0

    @property
    def worst_ms(self) -> float:
        return self.worst * 1000


@asynccontextmanager
async def watch_loop_stalls() -> AsyncIterator[LoopStalls]:
    """Measure the event loop's longest stall while the block runs."""
    stalls = LoopStalls()
    loop = asyncio.get_running_loop()

    async def probe() -> None:
        while True:
            start = loop.time()
            await asyncio.sleep(PROBE_SECONDS)
            stalls.worst = max(stalls.worst, loop.time() - start - PROBE_SECONDS)

    task = asyncio.create_task(probe())
    try:
        yield stalls
    finally:
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            pass
