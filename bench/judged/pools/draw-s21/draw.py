"""Draw held-out samples 22 and 23 (session 21): positions 138-205 and 206-273 of order-20262200.txt.

Writes session24-heldout.txt / session25-heldout.txt bodies and copies the files to /work/pools/s24-all, s25-all.
Prints channel titles, hosts, languages and years only; no entry text is printed or read by a person."""
import collections, json, os, random, shutil, subprocess, sys
import feedparser

ORDER = "/work/main/bench/judged/pools/draw-s20/order-20262200.txt"
MIRROR = "/work/.mirror/kalv+ruby-feed-parser-benchmark/repo"
P = "kalv+ruby-feed-parser-benchmark/feeds/"
order = [l.strip() for l in open(ORDER) if l.strip() and not l.startswith("#")]
# adult.py (draw-s20) counts over positions 138-287 hit no channel that declares itself adult; entry-title hits in 3
# blogs/event lists (Eventbrite, Course Au Large's "Jean-Pierre Dick", a French microblog) are kept under the rule.
SKIP: dict[int, str] = {}
picks = {"s24": [n for i, n in enumerate(order[137:205], 138) if i not in SKIP],
         "s25": [n for i, n in enumerate(order[205:273], 206) if i not in SKIP]}
assert all(len(v) == 68 for v in picks.values()) and not set(picks["s24"]) & set(picks["s25"])
for name, seed in (("s24", 20262401), ("s25", 20262501)):
    lines = sorted(P + n for n in picks[name])
    random.Random(seed).shuffle(lines)
    open(f"{name}-body.txt", "w").write("\n".join(lines) + "\n")
    langs: collections.Counter[str] = collections.Counter()
    years: collections.Counter[str] = collections.Counter()
    for n in picks[name]:
        dst = f"/work/pools/{name}-all/{P}{n}"
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        data = subprocess.run(["git", "-C", MIRROR, "show", f"5a43ae4088b0:feeds/{n}"], capture_output=True, check=True).stdout
        open(dst, "wb").write(data)
        d = feedparser.parse(data)
        langs[(d.feed.get("language") or "none")[:2].lower()] += 1
        ys = [e.get("published_parsed") or e.get("updated_parsed") for e in d.entries]
        years[str(max(y.tm_year for y in ys if y)) if any(ys) else "undated"] += 1
        print(name, n, "|", (d.feed.get("title") or "")[:70], "|", d.feed.get("link"), file=sys.stderr)
    print(name, "declared languages", dict(langs.most_common()), "newest-entry years", dict(years.most_common()))
