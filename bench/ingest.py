"""Ingest benchmark: newsbot's check cycle over N real news feeds, against reader (PyPI).

Run: NEWSBOT_CORPUS=../shared/corpus .venv/bin/python bench/ingest.py --feeds 2000"""

# Needs the bench extra: .venv/bin/pip install -e '.[bench]'
#
# A local server (its own process) serves N feeds: the corpus's real news feeds replicated
# round-robin with every copy's links and ids rewritten to be unique, from 60 loopback host
# addresses. newsbot then runs one full check cycle (fetch, parse, identify, match, store; no
# posting) with its default settings, then a second cycle in which every feed answers 304.
# reader then does the same on its own SQLite file in a child process. Reported per cycle:
# wall and CPU seconds, feeds/s, entries/s, peak RSS of newsbot's processes (the service and
# its children, sampled every 20 ms), and the longest event-loop stall; for newsbot's cycles
# also the CPU of the event loop's thread and of the feed server (which serves newsbot and
# reader alike), so a run shows which one limits the all-304 cycle. `--all-304 N` repeats the
# all-304 cycle N times on both sides (every feed due again each time; the connections left
# open by the cycle before are reused, as within any cycle) and compares the medians: one
# cycle of 0.2 s swings with whatever else the machine does.

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.servefeeds import feed_url, news_feed_files, serve  # noqa: E402
from bot.app import service_parts, settle  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.runner import run as run_on_service_loop  # noqa: E402
from bot.scheduler import FeedScheduler  # noqa: E402
from storage.store import Storage  # noqa: E402
from tests.support.loop_stalls import watch_loop_stalls  # noqa: E402

TICKS = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * PAGE
    except OSError:
        return 0


def _cpu_of(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICKS
    except OSError:
        return 0.0


def _descendants(root: int, exclude: set[int]) -> list[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii") as stat:
                    parents[int(entry)] = int(stat.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
    found, frontier = [], [root]
    while frontier:
        parent = frontier.pop()
        children = [p for p, pp in parents.items() if pp == parent and p not in exclude]
        found += children
        frontier += children
    return found


class MemoryWatch:
    """Samples the summed RSS of newsbot's processes every 20 ms (not the feed server's)."""

    # newsbot's processes: this one and its descendants (parse workers, the forkserver, the
    # resource tracker).

    def __init__(self, server_pid: int) -> None:
        self.server_pid = server_pid
        self.children: list[int] = []
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def pids(self) -> list[int]:
        return [os.getpid(), *self.children]

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, sum(_rss(pid) for pid in self.pids()))

    def __enter__(self) -> MemoryWatch:
        self.children = _descendants(os.getpid(), {self.server_pid})
        self.peak = 0
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


@dataclass
class Cycle:
    """One measured cycle."""

    wall: float
    cpu: float
    cpu_workers: float
    feeds: int
    entries: int
    peak_rss_mb: float
    stall_ms: float
    # The stall with the time the loop's thread waited for a CPU left in: the figure the
    # machine's load inflates (tests/support/loop_stalls.py says why the other one is the bar).
    wall_stall_ms: float
    statuses: Counter[str]
    cpu_loop: float = 0.0  # the event loop's thread
    cpu_server: float = 0.0  # the feed server's process


async def _cycle(scheduler: FeedScheduler, watch: MemoryWatch, storage: Storage) -> Cycle:
    async def entries() -> int:
        async with storage.db.reading() as conn:
            async with conn.execute("SELECT COUNT(*) FROM entries") as cur:
                row = await cur.fetchone()
        return int(row[0]) if row else 0

    def cpu() -> tuple[float, float]:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime, sum(_cpu_of(p) for p in watch.children)

    before_entries = await entries()
    watch.children = _descendants(os.getpid(), {watch.server_pid})
    service_cpu, workers_cpu = cpu()
    loop_cpu, server_cpu = time.thread_time(), _cpu_of(watch.server_pid)
    start = time.perf_counter()
    async with watch_loop_stalls() as stalls:
        with watch:
            outcomes = await scheduler.poll_once()
    wall = time.perf_counter() - start
    loop_cpu, server_cpu = time.thread_time() - loop_cpu, _cpu_of(watch.server_pid) - server_cpu
    service_after, workers_after = cpu()
    return Cycle(
        wall=wall,
        cpu=service_after - service_cpu + workers_after - workers_cpu,
        cpu_workers=workers_after - workers_cpu,
        feeds=len(outcomes),
        entries=await entries() - before_entries,
        peak_rss_mb=watch.peak / 2**20,
        stall_ms=stalls.worst_ms,
        wall_stall_ms=stalls.worst_wall * 1000,
        statuses=Counter(o.status for o in outcomes),
        cpu_loop=loop_cpu,
        cpu_server=server_cpu,
    )


async def run_newsbot(
    urls: list[str], workdir: Path, server_pid: int, all_304: int = 1
) -> tuple[Cycle, list[Cycle]]:
    """The first cycle and `all_304` all-304 cycles, with default settings on a fresh database."""
    # site_name_days=0: a site's name is read from its home page when the feed is added
    # (/add, `feeds add`) and monthly after, never in a cycle like these; the feeds here are
    # inserted directly, and their home pages are real sites on the internet.
    settings = Settings(
        _env_file=None,
        database=str(workdir / "newsbot.db"),
        allow_private_addresses=True,
        site_name_days=0,
    )
    async with service_parts(settings, None, dry_run=False) as parts:
        storage, scheduler = parts.storage, parts.scheduler
        for url in urls:
            await storage.feeds.add(url, now=0.0)
        await settle(parts.pool)  # as run_service does before its first poll
        watch = MemoryWatch(server_pid)
        first = await _cycle(scheduler, watch, storage)
        again = []
        for _ in range(all_304):
            async with storage.db.transaction() as conn:
                await conn.execute("UPDATE feeds SET next_check_at = 0")
            again.append(await _cycle(scheduler, watch, storage))
    return first, again


def run_reader(urls: list[str], workdir: Path, all_304: int = 1) -> dict[str, Any]:
    """reader's first cycle and `all_304` all-304 cycles, in a child process with its own
    SQLite file."""
    urls_file = workdir / "urls.txt"
    urls_file.write_text("\n".join(urls))
    done = subprocess.run(
        [
            sys.executable,
            str(REPO / "bench" / "reader_cycle.py"),
            str(workdir / "reader.db"),
            str(urls_file),
            str(all_304),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _row(name: str, cycle: Cycle) -> str:
    return (
        f"{name:<22}{cycle.wall:>8.2f}{cycle.cpu:>8.2f}{cycle.feeds / cycle.wall:>10.0f}"
        f"{cycle.entries / cycle.wall:>12.0f}{cycle.peak_rss_mb:>10.0f}{cycle.stall_ms:>10.1f}"
    )


def print_newsbot(first: Cycle, again: list[Cycle]) -> None:
    """newsbot's rows: the first cycle, each all-304 cycle, and their median when several."""
    print(
        f"{'':<22}{'wall s':>8}{'CPU s':>8}{'feeds/s':>10}{'entries/s':>12}"
        f"{'RSS MB':>10}{'stall ms':>10}"
    )
    rows = [("newsbot first cycle", first)]
    rows += [
        (f"newsbot all-304 cycle{f' {n}' if len(again) > 1 else ''}", c)
        for n, c in enumerate(again, 1)
    ]
    for name, cycle in rows:
        print(
            _row(name, cycle),
            f"  ({cycle.cpu_workers:.2f} s CPU in child processes, {cycle.cpu_loop:.2f} s on the "
            f"event loop's thread, {cycle.cpu_server:.2f} s in the feed server; stall with CPU "
            f"waits {cycle.wall_stall_ms:.1f} ms; {dict(cycle.statuses)})",
        )
    if len(again) > 1:
        print(
            f"{'newsbot all-304 median':<22}{statistics.median(c.wall for c in again):>8.2f}"
            f"{statistics.median(c.cpu for c in again):>8.2f}"
        )


def print_reader(reader: dict[str, Any], feeds: int, first: Cycle, again: list[Cycle]) -> None:
    """reader's rows and the speed-ups (all-304: the medians' ratio when several cycles)."""
    r1, r2 = reader["first"], reader["again"]
    print(
        f"{'reader first cycle':<22}{r1['wall']:>8.2f}{r1['cpu']:>8.2f}"
        f"{feeds / r1['wall']:>10.0f}{'':>12}{reader['peak_rss_mb']:>10.0f}"
    )
    for n, cycle in enumerate(r2, 1):
        name = f"reader all-304 cycle{f' {n}' if len(r2) > 1 else ''}"
        print(f"{name:<22}{cycle['wall']:>8.2f}{cycle['cpu']:>8.2f}{feeds / cycle['wall']:>10.0f}")
    ours = statistics.median(c.wall for c in again)
    theirs = statistics.median(c["wall"] for c in r2)
    if len(r2) > 1:
        print(f"{'reader all-304 median':<22}{theirs:>8.2f}")
    print(
        f"reader stored {reader['entries']} entries ({reader['errors']} feeds failed); "
        f"newsbot stored {first.entries}"
    )
    print(
        f"speed-up over reader: first cycle {r1['wall'] / first.wall:.1f}x, "
        f"all-304 cycle {theirs / ours:.1f}x"
    )


def main() -> None:
    """Serve, measure newsbot, measure reader, print the figures and the speed-ups."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=60, help="loopback addresses to serve from")
    parser.add_argument("--all-304", type=int, default=1, help="all-304 cycles on each side")
    parser.add_argument("--skip-reader", action="store_true")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=Path(os.environ.get("NEWSBOT_CORPUS") or REPO.parent / "shared" / "corpus"),
    )
    args = parser.parse_args()
    files = news_feed_files(args.corpus)
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    server = context.Process(
        target=serve, args=([str(f) for f in files], args.feeds, args.hosts, theirs), daemon=True
    )
    server.start()
    port, size = ours.recv()
    urls = [feed_url(port, i, args.hosts) for i in range(args.feeds)]
    print(
        f"{args.feeds} feeds ({size / 1e6:.0f} MB) from {len(files)} real news feeds, "
        f"served from {args.hosts} addresses; {os.cpu_count()} CPUs; "
        f"load average {os.getloadavg()[0]:.1f} before the run"
    )
    with tempfile.TemporaryDirectory(prefix="newsbot-bench-") as tmp:
        assert server.pid is not None
        # On the event loop the service runs on (bot/runner.py).
        first, again = run_on_service_loop(run_newsbot(urls, Path(tmp), server.pid, args.all_304))
        print_newsbot(first, again)
        if not args.skip_reader:
            print_reader(run_reader(urls, Path(tmp), args.all_304), args.feeds, first, again)
    server.terminate()


if __name__ == "__main__":
    main()
