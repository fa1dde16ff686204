"""Draw held-out sample 30 (for session 27) from eligible.py's output: one feed a site, random order (seed 20262732).

Usage: draw.py ELIGIBLE.jsonl BODY.txt. draw-s26/draw.py's steps: fork copies dropped for the upstream's, rows sorted by
path and shuffled, the first of each host, registered domain and channel title kept, at most CAP (12) a repository,
WANT (72) in all. Writes the list body, copies files to /work/pools/s32-all; prints channel titles, hosts, languages and
years only (to stderr), and counts."""

import collections
import json
import os
import random
import shutil
import sys

POOL = "/work/pools/s32-all"
SEED = 20262732
WANT = 72
CAP = 12
FORK_OF = {
    "Uvacoder+sample-feeds": "rowanmanning+sample-feeds",
    "sportarchive+picoFeed": "nicolus+picoFeed",
    "lkdtr+planetplanet-docker": "bmericc+planetplanet",
}


def repo(r: dict) -> str:
    return r["rel"].split("/")[0]


def draw(rows: list[dict]) -> list[dict]:
    """The first WANT rows of the seeded order that are new by host, domain and title, at most CAP a repository."""
    upstream = {(r["host"], r["title"].casefold()) for r in rows if repo(r) in FORK_OF.values()}
    dropped: collections.Counter[str] = collections.Counter()
    kept = []
    for r in rows:
        if repo(r) in FORK_OF and (r["host"], r["title"].casefold()) in upstream:
            dropped["copy in a fork of a source repository"] += 1
        else:
            kept.append(r)
    kept.sort(key=lambda r: r["rel"])
    random.Random(SEED).shuffle(kept)
    seen: dict[str, set[str]] = {"host": set(), "domain": set(), "title": set()}
    picks: list[dict] = []
    for r in kept:
        title = " ".join(r["title"].casefold().split())
        dup = [k for k, v in (("host", r["host"]), ("domain", r["domain"]), ("title", title)) if v in seen[k]]
        if dup:
            dropped[f"same {dup[0]} as an earlier draw"] += 1
            continue
        if sum(repo(p) == repo(r) for p in picks) >= CAP:
            dropped[f"repository already has {CAP}"] += 1
            continue
        if len(picks) == WANT:
            dropped[f"beyond {WANT}"] += 1
            continue
        seen["host"].add(r["host"])
        seen["domain"].add(r["domain"])
        seen["title"].add(title)
        picks.append(r)
    print("cap", CAP, "eligible", len(rows), "drawn", len(picks), dict(dropped))
    return picks


if __name__ == "__main__":
    rows = [json.loads(line) for line in open(sys.argv[1])]
    picks = draw(rows)
    with open(sys.argv[2], "w") as fo:
        fo.write("".join(r["rel"] + "\n" for r in picks))
    for r in picks:
        dst = os.path.join(POOL, r["rel"])
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copyfile(os.path.join(r["cand"], r["rel"]), dst)
        print(
            "s32",
            r["rel"],
            "|",
            r["title"][:60].replace("\n", " "),
            "|",
            r["host"],
            "|",
            r["lang"],
            r["newest_year"],
            file=sys.stderr,
        )
    print("by repository", dict(collections.Counter(repo(r) for r in picks)))
    print("repositories", len({repo(r) for r in picks}))
    print(
        "declared languages", dict(collections.Counter((r["lang"][:2].lower() or "none") for r in picks).most_common())
    )
    print(
        "newest-entry years", dict(collections.Counter(str(r["newest_year"] or "undated") for r in picks).most_common())
    )
