"""How many of the 621 earlier-taken crawl files pass this scan's checks and its corpus + /work/pools/all exclusions."""
import json, os, re, sys
sys.argv = ["x"]; exec(open("pick22.py").read().split("why = {")[0])
idx = {"sha1": {}, "host": {}, "domain": {}, "title": {}}
for r in index:
    for k in ("sha1", "host", "domain"):
        if r.get(k): idx[k].setdefault(r[k], 1)
    if r.get("title"): idx["title"].setdefault(r["title"].casefold(), 1)
from collections import Counter
c = Counter()
for n in named:
    r = crawl[n]
    if r["n"] < 2 or r["texts"] < 2 or r["chan_test"] or r["test_titles"]:
        c["fails checks"] += 1
    elif any(r[k] in idx[k] for k in ("sha1", "host", "domain")) or r["title"].casefold() in idx["title"]:
        c["seen in corpus/pools-all"] += 1
    elif r["host"] in names or r["domain"] in names:
        c["tests/data"] += 1
    else:
        c["pass"] += 1
print(dict(c))
