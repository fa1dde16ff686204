"""Split the fallback order into sample 20 (positions 1-68) and sample 21 (69-137, 133 skipped: adult), copy files."""
import hashlib, json, os, random, shutil
from collections import Counter
crawl = {os.path.basename(r["path"]): r for r in map(json.loads, open("crawl.jsonl"))}
order = json.load(open("picks.json"))["order"]
SKIP = {133: "an adult-declared site (channel title and description say no entry under 18)"}
s20 = order[:68]
s21 = [n for i, n in enumerate(order[68:137], 69) if i not in SKIP]
assert len(s20) == 68 and len(s21) == 68 and not set(s20) & set(s21)
P = "kalv+ruby-feed-parser-benchmark/feeds/"
for name, picks, seed, out in (("s22", s20, 20262201, "session22-heldout.txt"), ("s23", s21, 20262202, "session23-heldout.txt")):
    lines = sorted(P + n for n in picks)
    random.Random(seed).shuffle(lines)
    open(f"{name}-body.txt", "w").write("\n".join(lines) + "\n")
    for n in picks:
        dst = f"/work/pools/{name}-all/{P}{n}"
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copyfile(f"crawl/feeds/{n}", dst)
        assert hashlib.sha1(open(dst, "rb").read()).hexdigest() == crawl[n]["sha1"]
    yrs = Counter(crawl[n]["newest_year"] or "undated" for n in picks)
    small = min(picks, key=lambda n: crawl[n]["size"])
    print(name, "in order:", "; ".join(picks))
    print(name, "years", dict(yrs), "smallest", small, crawl[small]["host"], crawl[small]["size"], crawl[small]["n"],
          "entries", min(crawl[n]["n"] for n in picks), max(crawl[n]["n"] for n in picks))
    print(name, "declared langs", dict(Counter(crawl[n]["lang"] or "none" for n in picks)))
