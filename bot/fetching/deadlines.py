"""Many deadlines on a few shared timers: `async with deadline(s)` as `asyncio.timeout(s)`, a
little late at most (a tenth of `s`, at most 0.5 s)."""

from __future__ import annotations

import asyncio
import math
from types import TracebackType

# Why: a check of an unchanged feed armed two asyncio.timeout timers (the fetch's deadline and
# the scheduler's backstop), 7.6 µs of the loop thread's CPU each (uvloop, load 18; a libuv
# timer started and stopped, 3.3 µs of it), about 7% of a 304 check's ~215 µs. A deadline here
# joins the ones ending in the same slot (a tenth of its length, at most MAX_SLOT s) on one
# timer: a cycle of 2,000 checks arms a handful of timers instead of 4,000.
MAX_SLOT = 0.5
SLOTS_PER_DEADLINE = 10


class _Slots:
    """The deadlines of one event loop, by the end of the slot they fall in."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.due: dict[float, set[Deadline]] = {}

    def add(self, deadline: Deadline, seconds: float) -> float:
        at = self.loop.time() + max(seconds, 0.0)
        slot = min(seconds / SLOTS_PER_DEADLINE, MAX_SLOT)
        ends = math.ceil(at / slot) * slot if slot > 0 else at
        waiting = self.due.get(ends)
        if waiting is None:
            waiting = self.due[ends] = set()
            self.loop.call_at(ends, self._expire, ends)
        waiting.add(deadline)
        return ends

    def _expire(self, ends: float) -> None:
        for deadline in self.due.pop(ends, ()):
            deadline.expire()


_slots: _Slots | None = None


class Deadline:
    """asyncio.timeout(`seconds`), its end on a timer shared with the deadlines near it."""

    # asyncio.Timeout's states and its expiry (3.11's timeouts.py) for one fixed time, without
    # its timer; the slot's timer calls expire().
    __slots__ = ("cancelling", "ends", "expired", "seconds", "task")

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.ends = 0.0
        self.expired = False
        self.cancelling = 0
        self.task: asyncio.Task[object] | None = None

    async def __aenter__(self) -> Deadline:
        global _slots
        task = self.task = asyncio.current_task()
        if task is None:
            raise RuntimeError("a deadline is kept inside a task")
        self.cancelling = task.cancelling()
        if _slots is None or _slots.loop is not task.get_loop():
            _slots = _Slots(task.get_loop())
        if self.seconds is not None:  # None: no deadline, as asyncio.timeout(None)
            self.ends = _slots.add(self, self.seconds)
        return self

    def expire(self) -> None:
        """The deadline passed: cancel the task (its exit turns that into TimeoutError)."""
        assert self.task is not None
        self.task.cancel()
        self.expired = True

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_val: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        if _slots is not None and (waiting := _slots.due.get(self.ends)) is not None:
            waiting.discard(self)
        if self.expired:
            assert self.task is not None
            if self.task.uncancel() <= self.cancelling and exc_type is asyncio.CancelledError:
                raise TimeoutError from exc_val


def deadline(seconds: float | None) -> Deadline:
    """`async with deadline(seconds):` raises TimeoutError as asyncio.timeout does."""
    return Deadline(seconds)
