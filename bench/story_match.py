"""How story matching scales with the archive: time to match one new article at N stored.

Usage: .venv/bin/python bench/story_match.py [--sizes 10000,100000,1000000] [--probes 3000]
       [--archives DIR]

For each N, a fresh SQLite file gets N synthetic stories (bulk-loaded with the same schema
and the same band keys the service computes), then `StoryStore.ingest` matches and records
`--probes` new articles one transaction each, half of them near-copies of stored stories,
in a fresh process with the service's own background WAL checkpointer (enough probes that it
runs several times inside the timed part). Prints the per-article time at each N, the ratio
of the largest N to the smallest, and the peak RSS of the matching process. With
`--archives DIR`, built archives are kept there and reused (copied before each timing).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import multiprocessing
import multiprocessing.pool
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.matching.rule import StoryRule  # noqa: E402
from bot.matching.similarity import band_keys, story_lead  # noqa: E402
from storage.records import (
    EntryToStore,  # noqa: E402
    FeedCheck,  # noqa: E402
)
from storage.store import Storage  # noqa: E402


def _letters(number: int) -> str:
    """`number` in base 26, written with the letters a-z."""
    out = ""
    while True:
        number, digit = divmod(number, 26)
        out = chr(ord("a") + digit) + out
        if not number:
            return out


# Words of letters only: a word with digits ("w123") is a figure to the matcher, and a copy
# edit does not change figures (see bot/matching/agreement.py).
VOCABULARY = [f"w{_letters(i)}" for i in range(30_000)]


def article(rng: random.Random, words: int = 80) -> tuple[str, str]:
    """A synthetic (title, text) with a Zipf-like word distribution."""
    picks = rng.choices(VOCABULARY, cum_weights=CUMULATIVE, k=words + 8)
    return " ".join(picks[:8]), " ".join(picks[8:])


CUMULATIVE = list(itertools.accumulate(1.0 / (rank + 10) for rank in range(len(VOCABULARY))))


def near_copy(rng: random.Random, text: str) -> str:
    """The same text lightly edited: a few words changed, the tail trimmed."""
    words = text.split()
    for _ in range(3):
        words[rng.randrange(len(words))] = rng.choice(VOCABULARY)
    return " ".join(words[: len(words) - rng.randrange(10)])


CHUNK = 20_000


def _make_chunk(
    args: tuple[int, int, int, float],
) -> list[tuple[int, str, float, str, tuple[int, ...], str]]:
    """Stories first_id..first_id+count-1: (id, title, created_at, lead, band keys, text)."""
    first_id, count, seed, now = args
    rng = random.Random(seed * 1_000_003 + first_id)
    rows = []
    for story_id in range(first_id, first_id + count):
        title, text = article(rng)
        created = now - rng.random() * 5 * 86400
        rows.append((story_id, title, created, story_lead(text), band_keys(title, text), text))
    return rows


def _bounded_map(
    pool: multiprocessing.pool.Pool, jobs: list[tuple[int, int, int, float]]
) -> Iterator[list[tuple[int, str, float, str, tuple[int, ...], str]]]:
    """pool.imap, but at most two chunks in flight, so the loader's memory stays flat."""
    for start in range(0, len(jobs), 2):
        yield from pool.map(_make_chunk, jobs[start : start + 2])


def bulk_load(path: Path, count: int, seed: int) -> list[str]:
    """N stories with leads and band keys, written straight to SQLite; returns some texts."""
    now = time.time()
    samples: list[str] = []
    jobs = [
        (first, min(CHUNK, count - first + 1), seed, now) for first in range(1, count + 1, CHUNK)
    ]
    with sqlite3.connect(path) as conn, multiprocessing.Pool(2) as pool:
        conn.execute("PRAGMA synchronous = OFF")
        for rows in _bounded_map(pool, jobs):
            if len(samples) < 1000:
                samples.extend(r[5] for r in rows[: 1000 - len(samples)])
            conn.executemany(
                "INSERT INTO stories (id, title, created_at) VALUES (?, ?, ?)",
                [(r[0], r[1], r[2]) for r in rows],
            )
            conn.executemany("INSERT INTO story_leads VALUES (?, ?)", [(r[0], r[3]) for r in rows])
            conn.executemany(
                "INSERT OR IGNORE INTO story_bands VALUES (?, ?)",
                [(key, r[0]) for r in rows for key in r[4]],
            )
            conn.commit()
        # Start the timed part from a checkpointed file, as a long-running service would be.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return samples


async def time_matching(
    path: Path, samples: list[tuple[str, str]], probes: int, seed: int
) -> float:
    """Mean seconds to match and record one new article."""
    rng = random.Random(seed + 1)
    storage = await Storage.open(str(path))
    feed = await storage.feeds.add("https://bench.example/feed", now=time.time())
    joined = 0
    elapsed = 0.0
    for i in range(probes):
        title, text = article(rng)
        if i % 2:
            # A near-copy keeps the story's headline: the probes all come from one feed,
            # and a feed's own story is text-matched only under an agreeing headline.
            title, lead = rng.choice(samples)
            text = near_copy(rng, lead)
        entry = EntryToStore(
            entry_key=f"probe-{i}",
            title=title,
            link=None,
            canonical_url=None,
            url_keys=(),
            published_at=None,
            lead=story_lead(text),
            band_keys=band_keys(title, text),
        )
        now = time.time()
        check = FeedCheck(feed.id, "Bench", None, None, None, now, now + 60)
        started = time.perf_counter()
        result = await storage.stories.ingest(
            check,
            [entry],
            baseline=True,
            rule=StoryRule(window_seconds=7 * 86400),
        )
        elapsed += time.perf_counter() - started
        joined += result.joined_stories
    checkpointer = storage.db.checkpointer
    checkpoints = checkpointer.checkpoints if checkpointer else 0
    await storage.close()
    print(
        f"    {joined} of {probes} probes joined a stored story (expected ~{probes // 2}); "
        f"{checkpoints} background checkpoints during the run"
    )
    return elapsed / probes


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MB: VmHWM, which (unlike ru_maxrss) starts
    afresh at exec, so a child is not charged with its parent's size at fork."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def match_only(path: Path, probes: int, seed: int) -> None:
    """Child process: time matching on a built archive; print seconds per article and RSS."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT stories.title, story_leads.lead FROM story_leads "
            "JOIN stories ON stories.id = story_leads.story_id LIMIT 1000"
        )
        samples = [(str(title), str(lead)) for title, lead in rows]
    per_article = asyncio.run(time_matching(path, samples, probes, seed))
    print(f"RESULT {per_article!r} {peak_rss_mb()!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--probes", type=int, default=3000)
    parser.add_argument("--archives", metavar="DIR", help="keep and reuse built archives here")
    parser.add_argument("--match-only", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.match_only:
        match_only(Path(args.match_only), args.probes, args.seed)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    per_article: dict[int, float] = {}
    rss: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            path = Path(folder) / f"stories-{size}.db"
            started = time.perf_counter()
            _build(path, size, Path(args.archives) if args.archives else None)
            load = time.perf_counter() - started
            # Matching runs in a fresh process, as the service would: its RSS is the figure.
            child = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--match-only",
                    str(path),
                    "--probes",
                    str(args.probes),
                    "--seed",
                    str(size),
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            print(child.stdout.rsplit("RESULT", 1)[0].rstrip())
            result = child.stdout.rsplit("RESULT", 1)[1].split()
            per_article[size], rss[size] = float(result[0]), float(result[1])
            print(
                f"N={size:>9,}: {per_article[size] * 1000:.3f} ms per article, matcher peak RSS "
                f"{rss[size]:.0f} MB (archive ready in {load:.0f} s, "
                f"{path.stat().st_size / 1e6:.0f} MB on disk)"
            )
            path.unlink()
    ratio = per_article[sizes[-1]] / per_article[sizes[0]]
    print(f"ratio N={sizes[-1]:,} / N={sizes[0]:,}: {ratio:.2f} (bar: < 2)")
    print(f"peak RSS of the matcher at N={sizes[-1]:,}: {rss[sizes[-1]]:.0f} MB (bar: < 300 MB)")


def _build(path: Path, size: int, archives: Path | None) -> None:
    """A fresh archive of `size` stories at `path`, copied from `archives` when kept there."""
    kept = archives / f"stories-{size}.db" if archives else None
    if kept is not None and kept.exists():
        shutil.copyfile(kept, path)
        return
    asyncio.run(_create(path))
    bulk_load(path, size, seed=size)
    if kept is not None:
        kept.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, kept)


async def _create(path: Path) -> None:
    storage = await Storage.open(str(path))
    await storage.close()


if __name__ == "__main__":
    main()
