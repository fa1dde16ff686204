"""Draw held-out sample 29 (for session 26) from eligible.py's output: one feed a site, random order (seed 20262531).

Usage: draw.py ELIGIBLE.jsonl BODY.txt. Same steps as draw-s25/draw.py: fork copies dropped for the upstream's, rows
sorted by path and shuffled, the first of each host, registered domain and channel title kept, at most CAP a
repository, 90 in all. CAP is 10, and 15 for korowiow80/PodSearch_Content only when 10 cannot fill 90.
Writes the list body, copies files to /work/pools/s31-all; prints channel titles, hosts, languages and years only."""
import collections, json, os, random, shutil, sys

POOL = "/work/pools/s31-all"
SEED = 20262531
WANT = 90
FORK_OF = {"Uvacoder+sample-feeds": "rowanmanning+sample-feeds", "sportarchive+picoFeed": "nicolus+picoFeed",
           "lkdtr+planetplanet-docker": "bmericc+planetplanet"}
WIDE = "korowiow80+PodSearch_Content"


def repo(r):
    return r["rel"].split("/")[0]


def draw(rows, wide_cap, log):
    """The first WANT rows of the seeded order that are new by host, domain and title, at most 10 a repository."""
    upstream = {(r["host"], r["title"].casefold()) for r in rows if repo(r) in FORK_OF.values()}
    dropped = collections.Counter()
    kept = []
    for r in rows:
        if repo(r) in FORK_OF and (r["host"], r["title"].casefold()) in upstream:
            dropped["copy in a fork of a source repository"] += 1
        else:
            kept.append(r)
    kept.sort(key=lambda r: r["rel"])
    random.Random(SEED).shuffle(kept)
    seen: dict[str, set[str]] = {"host": set(), "domain": set(), "title": set()}
    picks = []
    for r in kept:
        title = " ".join(r["title"].casefold().split())
        dup = [k for k, v in (("host", r["host"]), ("domain", r["domain"]), ("title", title)) if v in seen[k]]
        if dup:
            dropped[f"same {dup[0]} as an earlier draw"] += 1
            if log:
                print("dup", r["rel"], dup, file=sys.stderr)
            continue
        cap = wide_cap if repo(r) == WIDE else 10
        if sum(repo(p) == repo(r) for p in picks) >= cap:
            dropped[f"repository already has {cap}"] += 1
            continue
        if len(picks) == WANT:
            dropped[f"beyond {WANT}"] += 1
            continue
        seen["host"].add(r["host"]); seen["domain"].add(r["domain"]); seen["title"].add(title)
        picks.append(r)
    print("cap 10, PodSearch_Content", wide_cap, "eligible", len(rows), "drawn", len(picks), dict(dropped))
    return picks


rows = [json.loads(line) for line in open(sys.argv[1])]
picks = draw(rows, 10, log=False)
if len(picks) < WANT:
    picks = draw(rows, 15, log=True)
with open(sys.argv[2], "w") as fo:
    fo.write("".join(r["rel"] + "\n" for r in picks))
for r in picks:
    dst = os.path.join(POOL, r["rel"])
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    shutil.copyfile(os.path.join(r["cand"], r["rel"]), dst)
    print("s31", r["rel"], "|", r["title"][:60].replace("\n", " "), "|", r["host"], "|", r["lang"], r["newest_year"], file=sys.stderr)
print("by repository", dict(collections.Counter(repo(r) for r in picks)))
print("repositories", len({repo(r) for r in picks}))
print("declared languages", dict(collections.Counter((r["lang"][:2].lower() or "none") for r in picks).most_common()))
print("newest-entry years", dict(collections.Counter(str(r["newest_year"] or "undated") for r in picks).most_common()))
