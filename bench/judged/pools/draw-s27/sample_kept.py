"""Seeded sample of prefiltered candidates for the full scan: every kept file of rssowl/RSSOwl and horde/Feed, and the
first N of korowiow80/PodSearch_Content's kept files in random.Random(20262732) order (sorted paths, then shuffled).

Usage: sample_kept.py KEPT.txt N (prints paths)."""

import random
import sys

SEED = 20262732
WIDE = "korowiow80+PodSearch_Content/"
kept = sorted(line.strip() for line in open(sys.argv[1]) if line.strip())
wide = [p for p in kept if WIDE in p]
random.Random(SEED).shuffle(wide)
for p in [p for p in kept if WIDE not in p] + wide[: int(sys.argv[2])]:
    print(p)
