"""CPU seconds per stage of a feed's first check, in one process, on bench/ingest.py's feeds.

Run: NEWSBOT_CORPUS=../shared/corpus .venv/bin/python bench/ingest_stages.py [--copies 4]
[--profile STAGE]"""

# The worker's side of bench/ingest.py's first cycle, stage by stage: parsing (without post
# details, as a first check that posts nothing parses; with them for comparison), learning and
# composing (a new feed's baseline: no entry rendered), what crosses between the service and
# the worker besides the body (pickled: the call's known keys and state out, the stored records
# back; before bot/compose/baseline.py made it one call, the parsed feed crossed back and out
# again and the composed entries back: "before", left out of the total), and the service's site
# naming. Each copy
# of the corpus's news feeds has its own links and ids (bench/servefeeds.replicate), so caches
# keyed by URL see what they would see over 2,000 feeds. Figures are CPU seconds
# (time.process_time), best of --rounds, and ms per entry.

from __future__ import annotations

import argparse
import cProfile
import os
import pickle
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.servefeeds import LAST_MODIFIED, content_type, news_feed_files, replicate  # noqa: E402
from bot.attribution.site_names import derive_site_name  # noqa: E402
from bot.compose.baseline import Baseline, BaselineWork, parse_and_baseline  # noqa: E402
from bot.compose.entry import compose_batch, learn_and_compose  # noqa: E402
from bot.compose.selection import select_new_entries  # noqa: E402
from bot.parsing import feedparser_speedups  # noqa: E402
from bot.parsing.feeds import parse_feed  # noqa: E402
from bot.parsing.models import ParsedFeed  # noqa: E402
from bot.text.boilerplate import FeedBoilerplate  # noqa: E402

Feed = tuple[str, bytes, dict[str, str]]


def feeds(corpus: Path, copies: int) -> list[Feed]:
    """(url, body, response headers) of every copy of every news feed."""
    templates = [path.read_bytes() for path in news_feed_files(corpus)]
    found: list[Feed] = []
    for copy in range(copies):
        for i, template in enumerate(templates):
            index = copy * len(templates) + i
            headers = {
                "Content-Type": content_type(template).decode(),
                "ETag": f'"feed-{index}"',
                "Last-Modified": LAST_MODIFIED.decode(),
            }
            url = f"http://127.0.0.1:8000/feed/{index}"
            found.append((url, replicate(template, index), headers))
    return found


def parse_all(work: list[Feed], *, post_details: bool = False) -> list[ParsedFeed]:
    """Every feed parsed as a first check that posts nothing parses it (see parse_feed)."""
    return [
        parse_feed(body, url=url, headers=headers, post_details=post_details)
        for url, body, headers in work
    ]


def learn_compose_all(work: list[Feed], parsed: list[ParsedFeed]) -> list[Any]:
    out = []
    for (url, _, _), feed in zip(work, parsed, strict=True):
        selection = select_new_entries(feed, (), baselined=False, backfill=0)
        out.append(
            learn_and_compose(
                FeedBoilerplate(),
                list(selection.entries),
                now=time.time(),
                compose=_composer(selection.postable),
                parsed=feed,
                feed_url=url,
                renders=bool(selection.postable),
            )
        )
    return out


def _composer(postable: frozenset[str]) -> Callable[..., Any]:
    from functools import partial

    return partial(
        compose_batch,
        source="Site",
        source_url=None,
        language=None,
        summary_chars=600,
        max_tags=3,
        teaser_chars=300,
        plan=None,
        postable=postable,
        fingerprint_since=time.time() - 30 * 86400,
    )


def parse_plain(work: list[Feed]) -> list[ParsedFeed]:
    """parse_all with feedparser as shipped (the baseline the speed-ups are measured by)."""
    feedparser_speedups.uninstall()
    try:
        return parse_all(work, post_details=True)
    finally:
        feedparser_speedups.install()


def two_call_crossings(work: list[Feed], parsed: list[ParsedFeed]) -> None:
    """Before one call did a first check (bot/compose/baseline.py): the parsed feed back to the
    service, and the learn-and-compose call out again."""
    for (url, _, _), feed in zip(work, parsed, strict=True):
        back = pickle.loads(pickle.dumps(feed, pickle.HIGHEST_PROTOCOL))
        call = (FeedBoilerplate(), list(back.entries), _composer(frozenset()), back, url)
        pickle.loads(pickle.dumps(call, pickle.HIGHEST_PROTOCOL))


def baseline_work(url: str) -> BaselineWork:
    now = time.time()
    return BaselineWork(url, frozenset(), None, now, now - 30 * 86400, 20.0)


def crossings(work: list[Feed], baselines: list[Baseline]) -> None:
    """What a first check's one worker call sends besides the body, and what comes back."""
    for (url, _, _), baseline in zip(work, baselines, strict=True):
        pickle.loads(pickle.dumps(baseline_work(url), pickle.HIGHEST_PROTOCOL))
        pickle.loads(pickle.dumps(baseline, pickle.HIGHEST_PROTOCOL))


def results_back(results: list[Any]) -> None:
    for result in results:
        pickle.loads(pickle.dumps(result, pickle.HIGHEST_PROTOCOL))


def site_names(work: list[Feed], parsed: list[ParsedFeed]) -> None:
    for (url, _, _), feed in zip(work, parsed, strict=True):
        derive_site_name(feed.title, feed.site_url, url, feed.channel)


def _best(rounds: int, run: Callable[[], Any]) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(rounds):
        start = time.process_time()
        result = run()
        best = min(best, time.process_time() - start)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=4, help="copies of the 58 news feeds")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--profile",
        choices=[
            "parse",
            "compose",
            "cross",
            "cross, two calls (before)",
            "results, two calls (before)",
            "names",
        ],
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        default=Path(os.environ.get("NEWSBOT_CORPUS") or REPO.parent / "shared" / "corpus"),
    )
    args = parser.parse_args()
    work = feeds(args.corpus, args.copies)
    parsed = parse_all(work)
    results = learn_compose_all(work, parsed)
    baselines = [
        parse_and_baseline(body, url=url, headers=headers, work=baseline_work(url))
        for url, body, headers in work
    ]
    entries = sum(len(p.entries) for p in parsed)
    stages: dict[str, Callable[[], Any]] = {
        "parse": lambda: parse_all(work),
        "parse, with post details": lambda: parse_all(work, post_details=True),
        "parse, feedparser as shipped": lambda: parse_plain(work),
        "cross": lambda: crossings(work, baselines),
        "cross, two calls (before)": lambda: two_call_crossings(work, parsed),
        "compose": lambda: learn_compose_all(work, parsed),
        "results, two calls (before)": lambda: results_back(results),
        "names": lambda: site_names(work, parsed),
    }
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(stages[args.profile])
        pstats.Stats(profile).sort_stats("tottime").print_stats(45)
        return
    print(
        f"{len(work)} feeds, {entries} entries; load average {os.getloadavg()[0]:.1f} "
        f"{os.getloadavg()[1]:.1f}"
    )
    total = 0.0
    figures: dict[str, float] = {}
    for name, run in stages.items():
        figures[name], _ = _best(args.rounds, run)
        seconds = figures[name]
        total += 0.0 if "shipped" in name or "details" in name or "before" in name else seconds
        print(f"{name:<30}{seconds:>8.3f} s CPU{1000 * seconds / entries:>8.4f} ms an entry")
    print(f"{'total (as run)':<30}{total:>8.3f} s CPU{1000 * total / entries:>8.4f} ms an entry")
    ratio = figures["parse, feedparser as shipped"] / figures["parse, with post details"]
    print(f"parsing with the speed-ups: {ratio:.2f}x as fast as feedparser as shipped")
    share = figures["parse"] / figures["parse, with post details"]
    print(f"a first check's parse (no post details): {share:.2f} of a full parse's CPU")


if __name__ == "__main__":
    main()
