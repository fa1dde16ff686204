"""Cheap first pass over many extracted files: regex channel keys (known_keys.py) and item counts; keeps files with
3+ items whose sha1, host, domain and title are all new, one file a sha1. Usage: prefilter.py CANDDIR KNOWN.jsonl OUT.txt"""
import collections, json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import known_keys  # noqa: E402

ITEM = re.compile(rb"<(?:\w+:)?(?:item|entry)[\s>]")
FAKE = {"", "example.com", "example.org", "example.net", "localhost", "127.0.0.1"}


def norm(t):
    return " ".join((t or "").casefold().split())


rows = [json.loads(line) for line in open(sys.argv[2])]
known = {k: {r[k] if k != "title" else norm(r[k]) for r in rows if r.get(k)} for k in ("sha1", "host", "domain", "title")}
why = collections.Counter()
keep, shas = [], set()
for d, _, fs in sorted(os.walk(sys.argv[1])):
    for f in sorted(fs):
        path = os.path.join(d, f)
        data = open(path, "rb").read()
        if len(ITEM.findall(data)) < 3:
            why["fewer than 3 item/entry tags"] += 1
            continue
        k = known_keys.keys(path, fallback=False)
        if k["host"] in FAKE or k["domain"] in FAKE:
            why["no real site link in the channel head"] += 1
        elif k["sha1"] in known["sha1"] or k["sha1"] in shas:
            why["same file already in corpus, pools or this pass"] += 1
        elif k["host"] in known["host"]:
            why["host already in corpus or pools"] += 1
        elif k["domain"] in known["domain"]:
            why["registered domain already in corpus or pools"] += 1
        elif norm(k["title"]) in known["title"]:
            why["channel title already in corpus or pools"] += 1
        else:
            shas.add(k["sha1"])
            keep.append(path)
            why["kept for the full scan"] += 1
open(sys.argv[3], "w").write("".join(p + "\n" for p in keep))
for k, v in why.most_common():
    print(f"{v:6d} {k}")
