"""Draw held-out sample 27 (session 24) from eligible.py's outputs: one feed a site, random order (seed 20262429).

Usage: draw.py ELIGIBLE.jsonl:CANDDIR ... At most CAP feeds a repository, for spread over sources.

Copies of one file in a fork are dropped for the upstream's (rowanmanning over Uvacoder; nicolus over sportarchive:
both forks of fguillot/picoFeed, whose snapshot cannot be had). Then shuffles and keeps the first of each host,
registered domain and channel title, at most 90. Writes the list body and copies files to /work/pools/s29-all.
Prints channel titles, hosts, languages and years only; no entry text is read by a person."""
import collections, json, os, random, shutil, sys

CAP = 10
POOL = "/work/pools/s29-all"
SEED = 20262429
FORK_OF = {"Uvacoder+sample-feeds": "rowanmanning+sample-feeds", "sportarchive+picoFeed": "nicolus+picoFeed"}

rows = []
for arg in sys.argv[1:]:
    path, cand = arg.split(":")
    rows += [json.loads(line) | {"cand": cand} for line in open(path)]
upstream = {(r["host"], r["title"].casefold()) for r in rows if r["rel"].split("/")[0] in FORK_OF.values()}
dropped = collections.Counter()
kept = []
for r in rows:
    if r["rel"].split("/")[0] in FORK_OF and (r["host"], r["title"].casefold()) in upstream:
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
        print("dup", r["rel"], dup, file=sys.stderr)
        continue
    repo = r["rel"].split("/")[0]
    if sum(p["rel"].split("/")[0] == repo for p in picks) >= CAP:
        dropped[f"repository already has {CAP}"] += 1
        continue
    if len(picks) == 90:
        dropped["beyond 90"] += 1
        continue
    seen["host"].add(r["host"]); seen["domain"].add(r["domain"]); seen["title"].add(title)
    picks.append(r)
print("eligible", len(rows), "drawn", len(picks), dict(dropped))
with open("/work/draw-n25/s29-body.txt", "w") as fo:
    fo.write("".join(r["rel"] + "\n" for r in picks))
for r in picks:
    dst = os.path.join(POOL, r["rel"])
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    shutil.copyfile(os.path.join(r["cand"], r["rel"]), dst)
    print("s29", r["rel"], "|", r["title"][:60].replace("\n", " "), "|", r["host"], "|", r["lang"], r["newest_year"], file=sys.stderr)
print("by repository", dict(collections.Counter(r["rel"].split("/")[0] for r in picks)))
print("declared languages", dict(collections.Counter((r["lang"] or "none")[:2].lower() for r in picks).most_common()))
print("newest-entry years", dict(collections.Counter(str(r["newest_year"] or "undated") for r in picks).most_common()))
