"""Worker processes for parsing, each parse bounded in CPU time and memory."""

# Inside a worker, a CPU-time timer interrupts a parse that runs too long, and an address-space
# limit turns runaway allocation into MemoryError; both become ParseLimitExceeded, which the
# checker records as the feed's error. Should a parse be stuck in C code where the timer cannot
# interrupt it, the kernel's CPU-time limit kills the worker and the pool replaces itself.
# The timer repeats once due: an interruption that a parser loses (seen, rarely, with expat and
# feedparser: the handler ran, the parse went on to the end) is followed by another.

from __future__ import annotations

import asyncio
import importlib
import io
import math
import os
import resource
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from multiprocessing import forkserver, popen_forkserver, reduction, spawn, util
from multiprocessing.context import ForkServerContext, ForkServerProcess, set_spawning_popen
from multiprocessing.process import BaseProcess
from types import FrameType
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from tld import get_tld

from bot.instance import exit_with_service
from bot.parsing.feeds import ParseLimitExceeded

if TYPE_CHECKING:
    # Only a type: importing compose here would load aiohttp and pydantic into every worker.
    from bot.compose.teasers import OffLoop

P = ParamSpec("P")
T = TypeVar("T")

_bounded_worker = False
# True while a bounded call runs: a SIGPROF handled after it returned interrupts nothing.
_timer_armed = False
WORKER_NICENESS = 5
# After the bound, the timer fires again every so much CPU time until the work stops.
REFIRE_SECONDS = 0.01
# The kernel holds RLIMIT_CPU to its tick-sampled process clock, which drifts from getrusage's
# (measured: 1.4 s ahead after 80 s of parsing); Linux names it MAKE_PROCESS_CPUCLOCK(0, PROF).
_PROCESS_PROF_CLOCK = -8
# What the pool's work runs, loaded before the memory cap is measured: a first check's parse
# and baseline (bot.compose.baseline imports these two after the parse).
WORK_MODULES = ("bot.compose.fingerprinting", "bot.compose.selection")


class _OutOfTime(BaseException):
    # BaseException, so that a parser's broad `except Exception` cannot swallow it.
    pass


def _on_timer(signum: int, frame: FrameType | None) -> None:
    if _timer_armed:
        raise _OutOfTime


def _address_space() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def init_worker(memory_bytes: int, service_pid: int | None = None) -> None:
    """Pool initializer: exit with the service, lower priority, cap the worker's memory, no
    core dumps, arm the parse timer."""
    global _bounded_worker
    if service_pid is not None:
        # Started before the memory cap is measured, so its stack is not charged to parses.
        exit_with_service(service_pid)
    # Loaded now rather than by the first call (which would count them against its caps, and
    # in a new service's first cycle), and before the worker lowers its priority: a service
    # waits for its workers to start (bot.app.settle).
    for name in WORK_MODULES:
        importlib.import_module(name)
    # tld reads the public suffix list at its first lookup (~50 ms of CPU, measured): read it
    # now, or a worker's first parse is charged for it (a 0.05 s bound failed a 2-item feed).
    get_tld("http://example.com/", fail_silently=True)
    try:
        # Parsing is batch work: when CPUs are short, the service's event loop goes first.
        os.nice(WORKER_NICENESS)
    except OSError:
        pass
    resource.setrlimit(resource.RLIMIT_CORE, (0, resource.getrlimit(resource.RLIMIT_CORE)[1]))
    try:
        # The cap is what the idle worker uses plus the per-parse budget.
        limit = _address_space() + memory_bytes
        hard = resource.getrlimit(resource.RLIMIT_AS)[1]
        if hard == resource.RLIM_INFINITY or hard > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (OSError, ValueError):
        pass  # no /proc (not Linux): the time bound still applies
    signal.signal(signal.SIGPROF, _on_timer)
    _bounded_worker = True


def cpu_time_used() -> float:
    """The worker's CPU seconds as the kernel's CPU limit counts them (at least getrusage's)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = usage.ru_utime + usage.ru_stime
    try:
        # A limit set from getrusage alone could already be behind the kernel's clock, and
        # SIGXCPU would kill the worker before the next parse's first line.
        return max(used, time.clock_gettime(_PROCESS_PROF_CLOCK))
    except OSError:  # not Linux
        return used


def _set_cpu_backstop(seconds: float | None) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    if seconds is None:
        resource.setrlimit(resource.RLIMIT_CPU, (hard, hard))
        return
    limit = math.ceil(cpu_time_used() + 2 * seconds + 1)
    if hard == resource.RLIM_INFINITY or limit < hard:
        resource.setrlimit(resource.RLIMIT_CPU, (limit, hard))


def run_bounded(seconds: float, func: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Call `func` within `seconds` of CPU time (and the worker's memory cap)."""
    return run_bounded_as("parsing", seconds, func, *args, **kwargs)


def run_bounded_as(
    work: str, seconds: float, func: Callable[P, T], *args: P.args, **kwargs: P.kwargs
) -> T:
    """run_bounded, naming `work` ("filtering and summarising") in the limit's message."""
    global _timer_armed
    # Outside a bounded worker (a thread pool in tests, the operator's CLI) it just calls it.
    if not _bounded_worker or threading.current_thread() is not threading.main_thread():
        return func(*args, **kwargs)
    _set_cpu_backstop(seconds)
    try:
        # The outer handler also catches a timer that fires while the inner one disarms it.
        try:
            _timer_armed = True
            signal.setitimer(signal.ITIMER_PROF, seconds, REFIRE_SECONDS)
            return func(*args, **kwargs)
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
            _timer_armed = False
    except _OutOfTime:
        raise ParseLimitExceeded(f"{work} took more than {seconds:g} s of CPU time") from None
    except MemoryError:
        raise ParseLimitExceeded(f"{work} needed more memory than its bound") from None
    finally:
        _set_cpu_backstop(None)


class _WorkerPopen(popen_forkserver.Popen):
    """The forkserver's Popen without the main module in the preparation data: a worker does
    not re-run the service's main script."""

    # multiprocessing re-runs the parent's main script as __mp_main__ in every child (spawn.py,
    # prepare), for callables defined there; the pool's work never is. The script imports what
    # the service needs (bot.cli: settings, logging, storage; bench/ingest.py: the whole
    # service with PTB and prometheus), so each worker held it too. bench/ingest.py --feeds
    # 2000 (session 11): 104-111 MB a worker at the first cycle's peak, 74-78 MB without;
    # peak RSS of newsbot's processes 398 -> 341 MB. The body is CPython 3.11-3.13's
    # popen_forkserver.Popen._launch (the same in the three) with the two keys dropped.
    def _launch(self, process_obj: BaseProcess) -> None:
        prep_data = spawn.get_preparation_data(process_obj.name)
        prep_data.pop("init_main_from_path", None)
        prep_data.pop("init_main_from_name", None)
        buf = io.BytesIO()
        set_spawning_popen(self)
        try:
            reduction.dump(prep_data, buf)
            reduction.dump(process_obj, buf)
        finally:
            set_spawning_popen(None)
        fds: list[int] = self._fds  # type: ignore[attr-defined]  # set by the stdlib's __init__
        self.sentinel, w = forkserver.connect_to_new_process(fds)
        # The child's sentinel of its parent, as in the stdlib.
        parent_w = os.dup(w)
        self.finalizer = util.Finalize(self, _close_fds, (parent_w, self.sentinel))
        with open(w, "wb", closefd=True) as f:
            f.write(buf.getbuffer())
        self.pid = forkserver.read_signed(self.sentinel)


def _close_fds(*fds: int) -> None:
    for fd in fds:
        os.close(fd)


class _WorkerProcess(ForkServerProcess):
    @staticmethod
    def _Popen(process_obj: BaseProcess) -> _WorkerPopen:  # noqa: N802 - the stdlib's name
        return _WorkerPopen(process_obj)


class _WorkerContext(ForkServerContext):
    # forkserver: workers fork from a clean process, not from the threaded service.
    Process = _WorkerProcess


def _worker_context() -> ForkServerContext:
    # _WorkerPopen copies a private method: on a Python it was not read against, the stdlib's
    # own context (each worker re-runs the main script, ~30 MB more a worker) is the safe choice.
    if sys.version_info[:2] in ((3, 11), (3, 12), (3, 13)):
        return _WorkerContext()
    return ForkServerContext()


class WorkerPool(Executor):
    """A process pool of bounded workers that replaces itself when a worker is killed."""

    def __init__(self, workers: int, *, memory_bytes: int, service_pid: int | None = None) -> None:
        self._workers = workers
        self._memory_bytes = memory_bytes
        # Workers of a SIGKILLed service exit by themselves (see bot.instance).
        self._service_pid = service_pid
        self._lock = threading.Lock()
        self._pool = self._new_pool()
        # How many times a killed worker made the pool replace itself (/metrics).
        self.restarts = 0

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self._workers,
            mp_context=_worker_context(),
            initializer=init_worker,
            initargs=(self._memory_bytes, self._service_pid),
        )

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        """Submit to the current pool, replacing it first if a worker died."""
        with self._lock:
            try:
                return self._pool.submit(fn, *args, **kwargs)
            except BrokenProcessPool:
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = self._new_pool()
                self.restarts += 1
                return self._pool.submit(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Shut the current pool down."""
        with self._lock:
            self._pool.shutdown(wait=wait, cancel_futures=cancel_futures)

    def warm_up(self) -> None:
        """Start every worker now (blocking; call it off the event loop)."""
        # Starting the forkserver and the workers takes a while; done lazily, the first
        # submit would do it on the event loop's thread.
        futures = [self.submit(os.getpid) for _ in range(self._workers * 2)]
        for future in futures:
            future.result()

    def worker_pids(self) -> list[int]:
        """Process ids of the live workers (the benchmark sums their memory)."""
        processes = getattr(self._pool, "_processes", None) or {}
        return [p.pid for p in processes.values() if p.pid is not None]


def off_loop_in(executor: Executor | None) -> OffLoop:
    """Blocking work in `executor` (the worker pool; None: the loop's default threads)."""

    async def run(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(executor, partial(func, *args, **kwargs))

    return run


def bounded(off_loop: OffLoop, seconds: float, work: str) -> OffLoop:
    """`off_loop` with each call held to `seconds` of CPU time (see run_bounded_as)."""

    async def run(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return await off_loop(run_bounded_as, work, seconds, func, *args, **kwargs)

    return run
