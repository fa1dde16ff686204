"""Check the drawn copies: each file parses (feedparser 6.0.14) with 3+ entries that have a title, and its regex keys
(draw-s24/known_keys.py) share no file, host, domain or title with the known files or with another drawn file.

Usage: check.py BODY.txt KNOWN.jsonl (reads /work/pools/s35-all; entry titles are counted, never printed)."""

import collections
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "draw-s24"))
import feedparser  # noqa: E402

from known_keys import keys  # noqa: E402

POOL = "/work/pools/s35-all"
rels = [line.strip() for line in open(sys.argv[1]) if line.strip() and not line.startswith("#")]
known = [json.loads(line) for line in open(sys.argv[2])]
sets = {
    k: {(r[k].casefold() if k == "title" else r[k]) for r in known if r.get(k)}
    for k in ("sha1", "host", "domain", "title")
}
problems: collections.Counter[str] = collections.Counter()
drawn: dict[str, collections.Counter[str]] = {k: collections.Counter() for k in sets}
for rel in rels:
    path = os.path.join(POOL, rel)
    entries = feedparser.parse(open(path, "rb").read()).entries
    if sum(bool((e.get("title") or "").strip()) for e in entries) < 3:
        problems["fewer than 3 entries with a title"] += 1
        print("few titled entries:", rel, len(entries))
    k = keys(path)
    for name in sets:
        v = k[name].casefold() if name == "title" else k[name]
        if v and v in sets[name]:
            problems[f"{name} known"] += 1
            print(f"{name} known:", rel)
        if v:
            drawn[name][v] += 1
for name, c in drawn.items():
    for n in c.values():
        if n > 1:
            problems[f"{name} shared within the draw"] += 1
print(len(rels), "files;", dict(problems) or "no problem")
