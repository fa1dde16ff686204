"""Time preparing one new entry (clean, attribute, summarise, render) on the corpus news feeds,
with the feed's learned boilerplate applied, against the same without it (the baseline).

Run: NEWSBOT_CORPUS=../shared/corpus .venv/bin/python bench/prepare_entry.py
Each feed's boilerplate is learned first from all its entries, as on its first check; that
learning is timed per entry too. The bar (issue 11) is a median under 10 ms an entry."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.compose.entry import compose_entry, learn_boilerplate, source_name  # noqa: E402
from bot.parsing.feeds import parse_feed  # noqa: E402
from bot.text.boilerplate import FeedBoilerplate  # noqa: E402


def news_feeds(corpus: Path) -> list[Path]:
    """The news feeds the corpus lists in fastfeedparser/benchmark_data/URLS.tsv."""
    folder = corpus / "fastfeedparser" / "benchmark_data"
    rows = (line.split("\t") for line in (folder / "URLS.tsv").read_text().splitlines())
    names = [r[0] for r in rows if len(r) == 3 and r[2].strip() == "news"]
    return [folder / n for n in names if (folder / n).is_file()]


def time_feed(path: Path, rounds: int) -> tuple[list[float], list[float], float, int]:
    """Per-entry times (ms) with and without the learned boilerplate, learning ms per entry."""
    parsed = parse_feed(path.read_bytes(), url=path.as_uri(), headers={})
    start = time.perf_counter()
    phrases = learn_boilerplate(FeedBoilerplate(), parsed.entries, now=time.time()).phrases
    learning = (time.perf_counter() - start) * 1000 / max(1, len(parsed.entries))
    source = source_name(parsed.title, parsed.site_url, path.as_uri())
    with_phrases: list[float] = []
    baseline: list[float] = []
    for entry in parsed.entries:
        for times, learned in ((baseline, frozenset[str]()), (with_phrases, phrases)):
            best = float("inf")
            for _ in range(rounds):
                start = time.perf_counter()
                compose_entry(
                    entry,
                    source=source,
                    source_url=parsed.site_url,
                    language=parsed.language,
                    summary_chars=600,
                    boilerplate=learned,
                )
                best = min(best, time.perf_counter() - start)
            times.append(best * 1000)
    return with_phrases, baseline, learning, len(phrases)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="best of N per entry")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=Path(os.environ.get("NEWSBOT_CORPUS") or REPO.parent / "shared" / "corpus"),
    )
    args = parser.parse_args()
    feeds = news_feeds(args.corpus)
    with_all: list[float] = []
    base_all: list[float] = []
    learning_all: list[float] = []
    for path in feeds:
        with_phrases, baseline, learning, learned = time_feed(path, args.rounds)
        with_all += with_phrases
        base_all += baseline
        learning_all += [learning] * len(with_phrases)
        print(
            f"{path.name}: {len(with_phrases)} entries, {learned} learned units, "
            f"median {statistics.median(with_phrases):.2f} ms (baseline "
            f"{statistics.median(baseline):.2f}), learning {learning:.2f} ms/entry"
        )
    median = statistics.median(with_all)
    base = statistics.median(base_all)
    learn_ms = statistics.median(learning_all)
    p90 = statistics.quantiles(with_all, n=10)[-1]
    print(
        f"\n{len(feeds)} news feeds, {len(with_all)} entries: prepare median {median:.2f} ms, "
        f"p90 {p90:.2f} ms; baseline (no learned boilerplate) {base:.2f} ms, "
        f"ratio {median / base:.2f}; learning {learn_ms:.2f} ms/entry; "
        f"prepare + learning {median + learn_ms:.2f} ms (bar: < 10 ms)"
    )


if __name__ == "__main__":
    main()
