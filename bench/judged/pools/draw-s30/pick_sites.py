"""Pick site repositories to fetch from find_files listings of a built site's feed path (site-listings.txt: `# path`
headers, then owner/name lines as listed). draw-s26/pick_sites.py's way with this draw's seed (random.Random(20263033)),
one repository an owner, N a listing (or N1,N2,... one a listing in order); owners of repositories earlier draws fetched (draw-s2*/counts.txt but this one's) are skipped.

Usage: pick_sites.py LISTINGS.txt N[,N...] (prints owner/name lines; the names alone were seen, nothing of the repositories)."""

import glob
import os
import random
import re
import sys

SEED = 20263033
HERE = os.path.dirname(os.path.abspath(__file__))
FETCHED = re.compile(r"^([\w.-]+)[+/][\w.-]+ ")
owners: set[str] = set()
for counts in glob.glob(os.path.join(HERE, "..", "draw-s2*", "counts.txt")):
    if os.path.samefile(os.path.dirname(counts), HERE):
        continue  # this draw's own record of its fetches
    for line in open(counts):
        m = FETCHED.match(line)
        if m:
            owners.add(m.group(1).lower())
groups: dict[str, list[str]] = {}
cur: list[str] = []
for line in open(sys.argv[1]):
    line = line.strip()
    if line.startswith("#"):
        cur = groups.setdefault(line[1:].strip(), [])
    elif line:
        cur.append(line)
rng = random.Random(SEED)
wants = [int(x) for x in sys.argv[2].split(",")]
for i, repos in enumerate(groups.values()):
    want = wants[min(i, len(wants) - 1)]
    order = sorted(repos)
    rng.shuffle(order)
    n = 0
    for r in order:
        owner = r.split("/")[0].lower()
        if owner in owners or n == want:
            continue
        owners.add(owner)
        n += 1
        print(r)
