"""split.py LIST SEED OUTPREFIX: split a pool list's paths at random into 4 parts a-d as even as can be (first parts
larger); draw-s24/split.py's way (random.Random(SEED).shuffle of the list's paths) with four parts."""

import random
import sys

PARTS = "abcd"
paths = [line.strip() for line in open(sys.argv[1]) if line.strip() and not line.startswith("#")]
random.Random(int(sys.argv[2])).shuffle(paths)
q, r = divmod(len(paths), len(PARTS))
start = 0
for i, p in enumerate(PARTS):
    n = q + (i < r)
    open(f"{sys.argv[3]}-{p}.txt", "w").write("\n".join(paths[start : start + n]) + "\n")
    start += n
print(len(paths), "paths in parts of", [q + (i < r) for i in range(len(PARTS))])
