"""The stall probe the no-stall checks rely on: it sees a callback that holds the loop, whether
it computes or blocks, and does not blame the loop for a machine that is short of CPU."""

from __future__ import annotations

import asyncio
import time

from tests.support.loop_stalls import watch_loop_stalls


def _compute(seconds: float) -> None:
    # Counted in the thread's CPU time, so a loaded machine cannot make it shorter.
    start = time.thread_time()
    while time.thread_time() - start < seconds:
        pass


async def test_a_callback_that_computes_for_150_ms_is_a_stall() -> None:
    async with watch_loop_stalls() as stalls:
        await asyncio.sleep(0.05)
        _compute(0.15)
        await asyncio.sleep(0.05)
    assert stalls.worst_ms >= 140


async def test_a_callback_that_blocks_for_150_ms_is_a_stall() -> None:
    async with watch_loop_stalls() as stalls:
        await asyncio.sleep(0.05)
        # A synchronous wait (a lock, a disk) holds the loop as long as it lasts.
        time.sleep(0.15)  # noqa: ASYNC251 - the stall under test
        await asyncio.sleep(0.05)
    assert stalls.worst_ms >= 140


async def test_short_callbacks_are_no_stall() -> None:
    async with watch_loop_stalls() as stalls:
        for _ in range(20):
            _compute(0.002)
            await asyncio.sleep(0.005)
    assert stalls.worst_ms < 50
    assert stalls.worst_wall >= stalls.worst
