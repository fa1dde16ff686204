"""Eligible candidates of sample 27: real captured feeds not in any list, pool, corpus or judged file by file, host,
registered domain or channel title. Usage: eligible.py CAND.jsonl KNOWN.jsonl OUT.jsonl (prints counts by reason)."""
import collections, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
JUDGED = os.path.join(HERE, "..", "..")
# files seen by name or channel head to be made for a test: picoFeed's commit 61e5f3e "Use synthetic fixtures for
# parser tests" wrote atom.xml, rss_10*.xml, rss_20*.xml and their feature variants
HANDMADE = re.compile(r"picoFeed/tests/fixtures/(atom|rss_10|rss_20)[^/]*\.xml$"
                      # go-syndication's conformance cases: one feature each
                      r"|go-syndication/test/assets/")
FAKE_HOST = re.compile(r"(?i)(^|\.)(some)?fake|(^|\.)(example|test|sample)[-\w]*\.")
FAKE_HOSTS = {"", "example.com", "example.org", "example.net", "localhost", "127.0.0.1"}


def norm_title(t):
    return " ".join((t or "").casefold().split())


def known_sets(known_path):
    rows = [json.loads(line) for line in open(known_path)]
    # the lists and judged files name files inside the pools and corpus, so their keys are among these rows;
    # check that every listed or judged feed has a pool/corpus copy
    have = {os.path.relpath(r["path"], "/work/pools").split("/", 1)[-1] for r in rows if r["path"].startswith("/work/pools/")}
    have |= {os.path.relpath(r["path"], "/work/shared/corpus") for r in rows if r["path"].startswith("/work/shared/corpus/")}
    named = set()
    for f in glob.glob(os.path.join(JUDGED, "pools", "*.txt")):
        if os.path.basename(f).startswith("session29"):
            continue  # this draw's own list
        named |= {line.strip() for line in open(f) if line.strip() and not line.startswith("#")}
    for f in glob.glob(os.path.join(JUDGED, "*.jsonl")):
        named |= {json.loads(line).get("feed", "") for line in open(f) if line.strip()}
    missing = sorted(n for n in named if n and n not in have)
    print("listed/judged feeds without a pool or corpus copy:", len(missing), missing[:5], file=sys.stderr)
    keys = {k: {r[k] if k != "title" else norm_title(r[k]) for r in rows if r.get(k)} for k in ("sha1", "host", "domain", "title")}
    return keys


def reason(r, keys):
    if r.get("error") or r.get("n", 0) < 3:
        return "fewer than 3 entries or unparsable"
    if r.get("texts", 0) < 3:
        return "fewer than 3 entries with text"
    if r["host"] in FAKE_HOSTS or r["domain"] in FAKE_HOSTS:
        return "no real site link (none, example.*, localhost)"
    if HANDMADE.search(r["rel"]) or FAKE_HOST.search(r["host"]):
        return "hand-written fixture (picoFeed's synthetic fixtures, go-syndication's cases, a made-up host)"
    if r["chan_test"] or r["test_titles"] * 2 >= r["n"] or r["fake_hits"] or r["wxr"]:
        return "hand-written fixture signs (test words, lorem ipsum, example.* links, WXR export)"
    if r["sha1"] in keys["sha1"]:
        return "same file already in corpus or pools"
    if r["host"] in keys["host"]:
        return "host already in corpus or pools"
    if r["domain"] in keys["domain"]:
        return "registered domain already in corpus or pools"
    if norm_title(r["title"]) in keys["title"]:
        return "channel title already in corpus or pools"
    if r["adult_chan"] or r["adult_entries"]:
        return "adult words (draw-s20/adult.py list) in channel or entry titles/tags"
    return ""


if __name__ == "__main__":
    keys = known_sets(sys.argv[2])
    reasons = collections.Counter()
    n = 0
    with open(sys.argv[3], "w") as fo:
        for line in open(sys.argv[1]):
            r = json.loads(line)
            n += 1
            why = reason(r, keys)
            reasons[why or "eligible"] += 1
            if not why:
                fo.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("candidates (feed-like files):", n)
    for k, v in reasons.most_common():
        print(f"  {v:4d} {k}")
