"""Draw held-out samples 20 and 21 from the kalv 2008 crawl (fallback order, random.Random(20262200)).
Reads crawl.jsonl and index.jsonl (scan.py), writes picks.json. Prints hosts/titles/counts only, no entry texts."""
import glob, json, os, random, re, sys
sys.path.insert(0, "/work/tmp-P22")
from known import sequence

POOLS = "/work/main/bench/judged/pools/"
crawl = {os.path.basename(r["path"]): r for r in map(json.loads, open("crawl.jsonl"))}
index = [json.loads(l) for l in open("index.jsonl")]
for x in map(json.loads, open("rescan.jsonl")):  # P12b's kept files imply markup counted and English test words
    r = crawl[x["name"]]
    r["texts"] = max(r["texts"], x["texts_raw"])
    r["chan_test"] = x["chan_test_en"]
    r["test_titles"] = x["test_en"] if x["test_en"] * 10 > r["n"] else 0

# every kalv file named in any earlier list (and the files earlier headers name as read and skipped)
named = set()
for f in glob.glob(POOLS + "*.txt"):
    for l in open(f):
        if l.startswith("kalv+"):
            named.add(l.strip().rsplit("/", 1)[1])
seq = sequence()
assert len(seq) == 627 and {x for x, _, k in seq if k == "taken"} <= named
read_skipped = {x for x, _, k in seq if k == "skipped"}
assert len(named) == 621, len(named)

# exclusion index: corpus + /work/pools/all (other repositories' lists) + the 627 crawl files read before
excl = {"sha1": {}, "host": {}, "domain": {}, "title": {}}
def add(rec, label):
    for k in ("sha1", "host", "domain"):
        if rec.get(k):
            excl[k].setdefault(rec[k], label)
    if rec.get("title"):
        excl["title"].setdefault(rec["title"].casefold(), label)
for r in index:
    add(r, "corpus" if r["path"].startswith("/work/shared/corpus") else "pools/all")
for n in named | read_skipped:
    add(crawl[n], "earlier kalv list")

# host names anywhere under tests/data (whole names; a name's parent names count as named too)
names = set()
for root, _, files in os.walk("/work/wt/P22/tests/data"):
    for fn in files:
        txt = open(os.path.join(root, fn), "rb").read().decode("utf-8", "replace").lower()
        for m in re.finditer(r"(?<![a-z0-9-])(?:[a-z0-9-]+\.)+[a-z]{2,}(?![a-z0-9-])", txt):
            labels = m.group(0).split(".")
            for i in range(len(labels) - 1):
                names.add(".".join(labels[i:]))
MADE_UP = re.compile(r"(^|\.)(example\.(com|org|net)|localhost|test|invalid|local)$|^127\.|^192\.168\.")

def verdict(n, r):
    if n in named or n in read_skipped:
        return "named in an earlier list"
    if "error" in r or r.get("n") is None:
        return "does not parse"
    if r["root"].split(":")[-1] not in ("rss", "RDF", "feed"):
        return "root element " + r["root"]
    if r["size"] >= 4 << 20:
        return "over 4 MiB"
    if r["wxr"]:
        return "WordPress export"
    if r["n"] < 2:
        return "fewer than 2 entries"
    if r["texts"] < 2:
        return "fewer than 2 entries with >= 40 chars of text"
    if not r["host"]:
        return "no site address"
    if MADE_UP.search(r["host"]):
        return "made-up host"
    if r["chan_test"] or r["test_titles"]:
        return "test/sample titles (synthetic)"
    if r["n"] == 2 and r["size"] < 2048:
        return "a 2-entry stub under 2 KB"
    for k in ("sha1", "host", "domain"):
        if r[k] in excl[k]:
            return f"seen before ({k} match, {excl[k][r[k]]})"
    if r["title"].casefold() in excl["title"]:
        return f"seen before (title match, {excl['title'][r['title'].casefold()]})"
    if r["host"] in names:
        return "host in tests/data"
    if r["domain"] in names:
        return "domain in tests/data"
    return ""

why = {n: verdict(n, r) for n, r in crawl.items()}
passing = sorted(n for n, v in why.items() if not v)
order = list(passing)
random.Random(20262200).shuffle(order)
seen = {"host": {}, "domain": {}, "title": {}}
one_per_site, same_site = [], {}
for n in order:
    r = crawl[n]
    keys = (("host", r["host"]), ("domain", r["domain"]), ("title", r["title"].casefold()))
    clash = next((seen[k][v] for k, v in keys if v and v in seen[k]), None)
    if clash:
        same_site[n] = clash
        continue
    for k, v in keys:
        if v:
            seen[k][v] = n
    one_per_site.append(n)
from collections import Counter
c = Counter(re.sub(r"\(.*", "", v) if v else "passing" for v in why.values())
print(json.dumps(c.most_common(), indent=0))
print("passing", len(passing), "one per site", len(one_per_site), "same site", len(same_site))
json.dump({"why": why, "passing": passing, "order": one_per_site, "same_site": same_site}, open("picks.json", "w"), indent=0)
