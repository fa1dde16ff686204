"""The comparison: reader (PyPI) ingests the same feeds on its own SQLite file, then updates
them again N times (each time every feed answers 304).

Run by bench/ingest.py in a child process: `python bench/reader_cycle.py DB URLS_FILE [N]`.
Prints one JSON line with wall and CPU seconds of every cycle, entries, and peak RSS.
"""

from __future__ import annotations

import json
import resource
import sys
import time


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main(database: str, urls_file: str, all_304: int = 1) -> None:
    """Add every feed, then time a full update cycle and `all_304` more."""
    from reader import make_reader

    urls = open(urls_file, encoding="utf-8").read().split()
    reader = make_reader(database)
    for url in urls:
        reader.add_feed(url)
    cycles = []
    for _ in range(1 + all_304):
        wall, cpu = time.perf_counter(), _cpu()
        reader.update_feeds(scheduled=False)
        cycles.append({"wall": time.perf_counter() - wall, "cpu": _cpu() - cpu})
    figures: dict[str, object] = {"first": cycles[0], "again": cycles[1:]}
    figures["entries"] = reader.get_entry_counts().total
    figures["errors"] = sum(1 for feed in reader.get_feeds() if feed.last_exception)
    figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    reader.close()
    print(json.dumps(figures))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 1)
