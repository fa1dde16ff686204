"""How often each attribution family fires on real feeds, with a sample to read for false
positives: every entry of every feed file under a folder (default: the shared corpus).

    python bench/attribution_families.py [--root ../shared/corpus] [--sample 30] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.attribution.notices import find_notices  # noqa: E402
from bot.attribution.reprints import attribute  # noqa: E402
from bot.parsing.feeds import parse_feed  # noqa: E402
from bot.parsing.models import NotAFeed  # noqa: E402
from bot.text.blocks import to_blocks  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    default_root = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
    parser.add_argument("--root", type=Path, default=default_root)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    fired: Counter[str] = Counter()
    firings: list[str] = []
    entries = reprints = 0
    for path in sorted(p for p in args.root.rglob("*") if p.is_file() and p.stat().st_size < 4e6):
        try:
            feed = parse_feed(path.read_bytes(), url="https://feed.invalid/")
        except (NotAFeed, ValueError):
            continue
        for entry in feed.entries:
            entries += 1
            blocks = to_blocks(entry.content_html)
            hits = find_notices(blocks, entry.content_html, author=entry.author)
            verdict = attribute(blocks, hits, site_name=feed.title, site_url=feed.site_url)
            reprints += verdict.is_reprint
            for rule in sorted({h.rule or h.family for h in hits}):
                fired[rule] += 1
            if verdict.is_reprint:
                firings.append(
                    f"{path.relative_to(args.root)} | {feed.title} | -> "
                    f"{verdict.original_publisher!r} | {(verdict.notice or '')[:140]!r}"
                )
    print(f"entries: {entries}  credited as reprints: {reprints}")
    print("entries each family fires on (self-credits included):")
    for rule, count in fired.most_common():
        print(f"  {rule:16} {count}")
    random.Random(args.seed).shuffle(firings)
    print(f"sample of {min(args.sample, len(firings))} reprint verdicts to read:")
    for line in firings[: args.sample]:
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
