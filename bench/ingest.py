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
# its children, sampled every 20 ms), and the longest event-loop stall.

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

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
    start = time.perf_counter()
    async with watch_loop_stalls() as stalls:
        with watch:
            outcomes = await scheduler.poll_once()
    wall = time.perf_counter() - start
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
    )


async def run_newsbot(urls: list[str], workdir: Path, server_pid: int) -> tuple[Cycle, Cycle]:
    """Both cycles with newsbot's default settings on a fresh database."""
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
        async with storage.db.transaction() as conn:
            await conn.execute("UPDATE feeds SET next_check_at = 0")
        second = await _cycle(scheduler, watch, storage)
    return first, second


def run_reader(urls: list[str], workdir: Path) -> dict[str, object]:
    """reader's two cycles, in a child process with its own SQLite file."""
    urls_file = workdir / "urls.txt"
    urls_file.write_text("\n".join(urls))
    done = subprocess.run(
        [
            sys.executable,
            str(REPO / "bench" / "reader_cycle.py"),
            str(workdir / "reader.db"),
            str(urls_file),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _row(name: str, cycle: Cycle) -> str:
    return (
        f"{name:<22}{cycle.wall:>8.2f}{cycle.cpu:>8.2f}{cycle.feeds / cycle.wall:>10.0f}"
        f"{cycle.entries / cycle.wall:>12.0f}{cycle.peak_rss_mb:>10.0f}{cycle.stall_ms:>10.1f}"
    )


def main() -> None:
    """Serve, measure newsbot, measure reader, print the figures and the speed-ups."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=60, help="loopback addresses to serve from")
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
        first, second = run_on_service_loop(run_newsbot(urls, Path(tmp), server.pid))
        header = (
            f"{'':<22}{'wall s':>8}{'CPU s':>8}{'feeds/s':>10}{'entries/s':>12}"
            f"{'RSS MB':>10}{'stall ms':>10}"
        )
        print(header)
        for name, cycle in (("newsbot first cycle", first), ("newsbot all-304 cycle", second)):
            print(
                _row(name, cycle),
                f"  ({cycle.cpu_workers:.2f} s CPU in child processes; stall with CPU waits "
                f"{cycle.wall_stall_ms:.1f} ms; {dict(cycle.statuses)})",
            )
        if not args.skip_reader:
            reader = run_reader(urls, Path(tmp))
            r1, r2 = reader["first"], reader["second"]
            assert isinstance(r1, dict) and isinstance(r2, dict)
            print(
                f"{'reader first cycle':<22}{r1['wall']:>8.2f}{r1['cpu']:>8.2f}"
                f"{args.feeds / r1['wall']:>10.0f}{'':>12}{reader['peak_rss_mb']:>10.0f}"
            )
            print(
                f"{'reader all-304 cycle':<22}{r2['wall']:>8.2f}{r2['cpu']:>8.2f}"
                f"{args.feeds / r2['wall']:>10.0f}"
            )
            print(
                f"reader stored {reader['entries']} entries ({reader['errors']} feeds failed); "
                f"newsbot stored {first.entries}"
            )
            print(
                f"speed-up over reader: first cycle {r1['wall'] / first.wall:.1f}x, "
                f"all-304 cycle {r2['wall'] / second.wall:.1f}x"
            )
    server.terminate()


if __name__ == "__main__":
    main()
