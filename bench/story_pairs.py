"""Story matching on pairs built from real feeds: reprints must join, other stories must not.

Usage: .venv/bin/python bench/story_pairs.py [--seeds 1-5] [--corpus DIR] [--reprints 40]
       [--negatives 40] [--templates 8] [--show]

From the corpus ($NEWSBOT_CORPUS, else ../shared/corpus beside the repository, else
tests/data/corpus), for each seed:
- reprints: one site's item carried by another site, edited the ways reprints are (a credit
  line added at the top or the end, the original's closing line dropped, trimmed to its first
  paragraphs, a new headline, typography and HTML entities, a promo line on top, small copy
  edits and number formats);
- hard negatives: two different items of one feed within the story window, the pairs whose
  openings are most alike first (newsletters that open every issue alike), then others;
- templated items: five items from one frame (an item's opening sentences) with every number,
  or every name, replaced; any two of a family in one story count as merged negatives.
Each pair goes through what the service runs: the entry composed (`compose_entry`, or the
quick baseline fingerprint for a feed's first check, chosen by the seed) and StoryIndex with
the service's StoryRule. Prints per seed the share of reprints merged and the merged
negatives; exits 1 when a seed misses the bars (no negative merged, >= 90% of reprints).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.story_pair_making import (  # noqa: E402
    HARD,
    FeedItems,
    Pair,
    load_feeds,
    reprint_pairs,
    same_feed_pairs,
    template_families,
)
from bot.compose.entry import ComposedEntry, compose_entry, fingerprint_entry  # noqa: E402
from bot.matching.index import StoryIndex  # noqa: E402
from bot.matching.rule import Arrival, StoryRule  # noqa: E402
from bot.matching.similarity import compare_leads  # noqa: E402
from bot.parsing.models import FeedEntry  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
WINDOW = 7 * 86400.0
MIN_REPRINT_SHARE = 0.90


def corpus_dir() -> Path:
    """$NEWSBOT_CORPUS, else the shared corpus beside the repository, else the carried copy."""
    if value := os.environ.get("NEWSBOT_CORPUS"):
        return Path(value)
    shared = REPO.parent / "shared" / "corpus"
    return shared if shared.is_dir() else REPO / "tests" / "data" / "corpus"


@dataclass
class SeedReport:
    """What one seed's pairs came to."""

    seed: int
    reprints: int = 0
    reprints_merged: int = 0
    negatives: int = 0
    negatives_merged: int = 0
    negatives_alike: int = 0  # whose openings are alike (shingle Jaccard >= HARD)
    families: int = 0
    family_merges: int = 0  # pairs of one templated family found in one story
    misses: list[str] = field(default_factory=list)
    # What kept each negative pair apart (with --why).
    apart: Counter[str] = field(default_factory=Counter)

    @property
    def reprint_share(self) -> float:
        """The share of reprints joined to their original's story."""
        return self.reprints_merged / self.reprints if self.reprints else 0.0

    @property
    def passed(self) -> bool:
        """True when the seed meets the bars."""
        merged = self.negatives_merged + self.family_merges
        return merged == 0 and self.reprint_share >= MIN_REPRINT_SHARE

    def line(self) -> str:
        """One line of figures."""
        return (
            f"seed {self.seed}: reprints merged {self.reprints_merged}/{self.reprints} "
            f"({self.reprint_share:.0%}); hard negatives merged {self.negatives_merged}/"
            f"{self.negatives} ({self.negatives_alike} with alike openings); templated "
            f"families {self.families}, pairs merged {self.family_merges}"
        )


def _fingerprint(entry: FeedEntry, source: str, *, quick: bool) -> ComposedEntry:
    if quick:
        return fingerprint_entry(entry)
    return compose_entry(entry, source=source, source_url=None, language=None, summary_chars=600)


def stories(items: list[tuple[str, FeedEntry, bool]], rule: StoryRule) -> list[int]:
    """Each (source, entry, quick) recorded in order into a fresh index: its story id."""
    index = StoryIndex(rule)
    now = time.time()
    found = []
    for position, (source, entry, quick) in enumerate(items):
        ready = _fingerprint(entry, source, quick=quick)
        arrival = Arrival(ready.url_keys, ready.lead, ready.band_keys, True, False, entry.title)
        story_id, _ = index.record(arrival, now=now + position, feed=source)
        found.append(story_id)
    return found


def why_apart(pair: Pair, quick_first: bool) -> str:
    """Which part of the rule keeps a pair apart: the openings, the agreement past them
    (numbers, names, parting) or, for one feed's items, the headlines."""
    lead_a = _fingerprint(pair.a, pair.a_source, quick=quick_first).lead
    lead_b = _fingerprint(pair.b, pair.b_source, quick=False).lead
    match = compare_leads(lead_a, lead_b)
    if not match.shares_opening:
        return "openings differ"
    if not match.agreement.agree:
        return {"numbers": "numbers", "names": "names"}.get(
            match.agreement.why.split()[0], "parted"
        )
    return "headlines (same feed)"


def _merged(pair: Pair, rule: StoryRule, quick_first: bool) -> bool:
    first, second = stories(
        [(pair.a_source, pair.a, quick_first), (pair.b_source, pair.b, False)], rule
    )
    return first == second


def run_seed(
    feeds: list[FeedItems], seed: int, counts: tuple[int, int, int], *, why: bool = False
) -> SeedReport:
    """Build one seed's pairs and run them through the rule (`why`: tally what kept the
    negatives apart)."""
    reprints, negatives, templates = counts
    # One generator per part: a part's pairs do not depend on how many the others made.
    rng, negative_rng, template_rng = (random.Random(f"{seed}:{part}") for part in range(3))
    rule = StoryRule(window_seconds=WINDOW)
    report = SeedReport(seed)
    for pair in reprint_pairs(rng, feeds, reprints):
        report.reprints += 1
        if _merged(pair, rule, quick_first=rng.random() < 0.3):
            report.reprints_merged += 1
        else:
            report.misses.append(f"reprint not merged: {pair.note}")
    for pair in same_feed_pairs(negative_rng, feeds, negatives):
        report.negatives += 1
        report.negatives_alike += pair.alike >= HARD
        quick = negative_rng.random() < 0.3
        if _merged(pair, rule, quick_first=quick):
            report.negatives_merged += 1
            report.misses.append(f"negative merged: {pair.note}")
        elif why:
            report.apart[why_apart(pair, quick)] += 1
    for source, family, note in template_families(template_rng, feeds, templates):
        report.families += 1
        ids = stories([(source, entry, False) for entry in family], rule)
        merges = sum(ids[i] == ids[j] for i in range(len(ids)) for j in range(i + 1, len(ids)))
        if merges:
            report.family_merges += merges
            report.misses.append(f"templated family merged ({merges} pairs): {note}")
    return report


def _seeds(text: str) -> list[int]:
    if "-" in text:
        low, high = text.split("-", 1)
        return list(range(int(low), int(high) + 1))
    return [int(s) for s in text.split(",")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="1-5", help="e.g. 1-5 or 3 or 1,7")
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--reprints", type=int, default=40)
    parser.add_argument("--negatives", type=int, default=40)
    parser.add_argument("--templates", type=int, default=8)
    parser.add_argument("--show", action="store_true", help="list the misses")
    parser.add_argument("--why", action="store_true", help="tally what kept negatives apart")
    args = parser.parse_args(argv)
    root = args.corpus or corpus_dir()
    feeds = load_feeds(root)
    print(f"corpus: {root} ({len(feeds)} feeds with usable items)")
    failed = False
    for seed in _seeds(args.seeds):
        counts = (args.reprints, args.negatives, args.templates)
        report = run_seed(feeds, seed, counts, why=args.why)
        print(report.line())
        if args.why:
            print(
                "    negatives kept apart by: "
                + ", ".join(f"{k} {v}" for k, v in report.apart.most_common())
            )
        if args.show:
            for miss in report.misses:
                print("    " + miss)
        failed |= not report.passed
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
