"""Draw held-out sample 33 (for session 30) from eligible.py's output: one feed a site, random order (seed 20263033),
weighted toward sites that publish articles (draw-s28/draw.py with this draw's seed, pool and size).

Usage: draw.py ELIGIBLE.jsonl KINDS.tsv BODY.txt. draw-s27/draw.py's steps (rows sorted by path and shuffled, the first of
each host, registered domain and channel title kept, at most CAP (10) a repository, WANT (60) in all) with one more: each
row's kind (kinds.tsv: "article" for news sites, magazines, organisations' and companies' blogs and personal blogs that
publish articles, "other" for portfolios, documentation, status pages, notices and digests, judged from the channel title,
host and repository name only) and at most WANT - ARTICLE_MIN (20) of kind "other", so that 40 or more are articles.
Writes the list body, copies files to /work/pools/s35-all; prints channel titles, hosts, languages and years only (to
stderr), and counts."""

import collections
import json
import os
import random
import shutil
import sys

POOL = "/work/pools/s35-all"
SEED = 20263033
WANT = 60
CAP = 10
ARTICLE_MIN = 40


def repo(r: dict) -> str:
    return r["rel"].split("/")[0]


def read_kinds(path: str) -> dict[str, str]:
    rows = [line.rstrip("\n").split("\t") for line in open(path) if line.strip() and not line.startswith("#")]
    return {rel: kind for rel, kind, *_ in rows}


def draw(rows: list[dict], kinds: dict[str, str]) -> list[dict]:
    """The first WANT rows of the seeded order new by host, domain and title, at most CAP a repository and
    WANT - ARTICLE_MIN of kind "other"."""
    dropped: collections.Counter[str] = collections.Counter()
    kept = sorted(rows, key=lambda r: r["rel"])
    random.Random(SEED).shuffle(kept)
    seen: dict[str, set[str]] = {"host": set(), "domain": set(), "title": set()}
    picks: list[dict] = []
    for r in kept:
        r["kind"] = kinds[r["rel"]]
        title = " ".join(r["title"].casefold().split())
        dup = [k for k, v in (("host", r["host"]), ("domain", r["domain"]), ("title", title)) if v and v in seen[k]]
        if dup:
            dropped[f"same {dup[0]} as an earlier draw"] += 1
            continue
        if sum(repo(p) == repo(r) for p in picks) >= CAP:
            dropped[f"repository already has {CAP}"] += 1
            continue
        if len(picks) == WANT:
            dropped[f"beyond {WANT}"] += 1
            continue
        if r["kind"] == "other" and sum(p["kind"] == "other" for p in picks) >= WANT - ARTICLE_MIN:
            dropped[f"kind other beyond {WANT - ARTICLE_MIN}"] += 1
            continue
        seen["host"].add(r["host"])
        seen["domain"].add(r["domain"])
        seen["title"].add(title)
        picks.append(r)
    print("cap", CAP, "eligible", len(rows), "drawn", len(picks), dict(dropped))
    return picks


if __name__ == "__main__":
    rows = [json.loads(line) for line in open(sys.argv[1])]
    picks = draw(rows, read_kinds(sys.argv[2]))
    with open(sys.argv[3], "w") as fo:
        fo.write("".join(r["rel"] + "\n" for r in picks))
    for r in picks:
        dst = os.path.join(POOL, r["rel"])
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copyfile(os.path.join(r["cand"], r["rel"]), dst)
        print(
            "s35",
            r["rel"],
            "|",
            r["title"][:60].replace("\n", " "),
            "|",
            r["host"],
            "|",
            r["lang"],
            r["newest_year"],
            "|",
            r["kind"],
            file=sys.stderr,
        )
    print("by kind", dict(collections.Counter(r["kind"] for r in picks)))
    print("by repository", dict(collections.Counter(repo(r) for r in picks)))
    print("repositories", len({repo(r) for r in picks}))
    print(
        "declared languages", dict(collections.Counter((r["lang"][:2].lower() or "none") for r in picks).most_common())
    )
    print(
        "newest-entry years", dict(collections.Counter(str(r["newest_year"] or "undated") for r in picks).most_common())
    )
