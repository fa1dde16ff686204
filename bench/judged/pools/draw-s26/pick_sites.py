"""Pick site repositories to fetch from find_files listings of a built site's feed path (site-listings.txt: `# path`
headers, then owner/name lines as listed). Seeded order (random.Random(20262531)), one repository an owner, N a listing.

Usage: pick_sites.py LISTINGS.txt N (prints owner/name lines; the names alone were seen, nothing of the repositories)."""
import random, sys

SEED = 20262531
groups: dict[str, list[str]] = {}
for line in open(sys.argv[1]):
    line = line.strip()
    if line.startswith("#"):
        cur = groups.setdefault(line[1:].strip(), [])
    elif line:
        cur.append(line)
rng = random.Random(SEED)
owners: set[str] = set()
for path, repos in groups.items():
    order = sorted(repos)
    rng.shuffle(order)
    n = 0
    for r in order:
        owner = r.split("/")[0].lower()
        if owner in owners or n == int(sys.argv[2]):
            continue
        owners.add(owner)
        n += 1
        print(r)
