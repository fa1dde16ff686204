"""Deadlines on shared timers end a wait as asyncio.timeout does, at most a tenth late."""

from __future__ import annotations

import asyncio
import time

import pytest

from bot.fetching import deadlines
from bot.fetching.deadlines import deadline


async def test_a_wait_past_its_deadline_raises_timeout_error_near_the_deadline() -> None:
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        async with deadline(0.3):
            await asyncio.sleep(5)
    took = time.monotonic() - started
    # Never early; late by at most its slot (a tenth of 0.3 s) and the loop's own delay.
    assert 0.3 <= took < 0.3 + 0.03 + 0.2


async def test_work_done_in_time_is_not_cancelled() -> None:
    async with deadline(5):
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.01)  # the task is not cancelled after the block either


async def test_an_inner_deadline_ending_is_not_the_outer_ones() -> None:
    inner_ended = False
    async with deadline(5):
        try:
            async with deadline(0.1):
                await asyncio.sleep(2)
        except TimeoutError:
            inner_ended = True
        await asyncio.sleep(0.02)  # the outer block goes on
    assert inner_ended


async def test_a_cancellation_from_outside_stays_a_cancellation() -> None:
    async def wait() -> None:
        async with deadline(10):
            await asyncio.sleep(5)

    task = asyncio.create_task(wait())
    await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


async def test_no_deadline_waits_as_long_as_it_takes() -> None:
    async with deadline(None):
        await asyncio.sleep(0.05)


async def test_deadlines_started_together_share_a_few_timers() -> None:
    # What the change is for: 2,000 checks of a cycle armed 4,000 timers, one a deadline.
    async def hold(release: asyncio.Event) -> None:
        async with deadline(30):
            await release.wait()

    release = asyncio.Event()
    tasks = [asyncio.create_task(hold(release)) for _ in range(200)]
    await asyncio.sleep(0.01)
    assert deadlines._slots is not None
    waiting = [d for slot in deadlines._slots.due.values() for d in slot]
    assert len(waiting) == 200
    assert len(deadlines._slots.due) <= 2
    release.set()
    await asyncio.gather(*tasks)
    assert not any(deadlines._slots.due.values())  # each left its slot on the way out
