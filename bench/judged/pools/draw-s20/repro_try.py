"""Try to reproduce P12b's random.Random(20261271) order: shuffle candidate passing sets, measure order agreement."""
import json, os, random, sys
sys.path.insert(0, "/work/tmp-P22")
from known import sequence
crawl = {os.path.basename(r["path"]): r for r in map(json.loads, open("crawl.jsonl"))}
taken = [x for x, _, k in sequence() if k == "taken"]
def checks(r):
    return ("error" not in r and r.get("n", 0) >= 2 and r.get("texts", 0) >= 2 and r.get("host") and not r["wxr"]
            and not r["chan_test"] and not r["test_titles"] and not (r["n"] == 2 and r["size"] < 2048)
            and r["root"].split(":")[-1] in ("rss", "RDF", "feed"))
def agree(paths, label):
    L = sorted(paths); random.Random(20261271).shuffle(L)
    pos = {p: i for i, p in enumerate(L)}
    idx = [pos.get(x) for x in taken]
    inc = sum(1 for a, b in zip(idx, idx[1:]) if a is not None and b is not None and a < b)
    print(label, len(L), "known missing", idx.count(None), "in-order pairs", inc, "of", len(idx) - 1)
S = [n for n, r in crawl.items() if checks(r)]
agree(S, "checks only")
agree(["kalv+ruby-feed-parser-benchmark/feeds/" + n for n in S], "checks only, prefixed")
