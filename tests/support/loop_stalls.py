"""How long the event loop went without running tasks while a block ran (tests and bench)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

# A probe is a 10 ms sleep: how late it wakes is time the loop spent inside someone's callback,
# or time the machine gave the loop's thread no CPU; the kernel counts the latter (below).
PROBE_SECONDS = 0.01
# schedstat's second field: nanoseconds this thread spent runnable but waiting for a CPU.
_SCHEDSTAT = Path("/proc/thread-self/schedstat")


@dataclass
class LoopStalls:
    """The longest stall the loop caused (the machine's CPU queue not counted), in seconds."""

    worst: float = 0.0
    # The longest late wake as the wall clock saw it, machine load included.
    worst_wall: float = 0.0

    @property
    def worst_ms(self) -> float:
        return self.worst * 1000


def _cpu_queue_seconds() -> float:
    """Time the calling thread has waited for a CPU (0 where the kernel does not say)."""
    try:
        return int(_SCHEDSTAT.read_text().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


@asynccontextmanager
async def watch_loop_stalls() -> AsyncIterator[LoopStalls]:
    """Measure the event loop's longest stall while the block runs."""
    # On a loaded machine a probe wakes hundreds of ms late with no callback at fault; time in
    # the CPU queue is subtracted, while a callback that computes, sleeps or waits for a lock
    # (or the GIL) still counts in full.
    stalls = LoopStalls()
    loop = asyncio.get_running_loop()

    async def probe() -> None:
        while True:
            start, queued = loop.time(), _cpu_queue_seconds()
            await asyncio.sleep(PROBE_SECONDS)
            late = loop.time() - start - PROBE_SECONDS
            stalls.worst_wall = max(stalls.worst_wall, late)
            stalls.worst = max(stalls.worst, late - (_cpu_queue_seconds() - queued))

    task = asyncio.create_task(probe())
    try:
        yield stalls
    finally:
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            pass
