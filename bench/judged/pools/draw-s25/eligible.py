"""Eligible candidates of sample 28: N25's scanned candidates (draw-s24's scan_cand.py outputs) judged again by
draw-s24/eligible.py's reasons against keys that now include sample 27 (s29-all, session29-heldout.txt).

Usage: eligible.py KNOWN.jsonl OUT.jsonl CAND.jsonl... (prints counts by reason; rows keep their candidate file)."""
import collections, glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "draw-s24"))
from eligible import JUDGED, norm_title, reason  # noqa: E402


def known_sets(known_path):
    """Keys of every pool and corpus file; checks that every listed or judged feed (sample 27 too) has a copy."""
    rows = [json.loads(line) for line in open(known_path)]
    have = {os.path.relpath(r["path"], "/work/pools").split("/", 1)[-1] for r in rows if r["path"].startswith("/work/pools/")}
    have |= {os.path.relpath(r["path"], "/work/shared/corpus") for r in rows if r["path"].startswith("/work/shared/corpus/")}
    named = set()
    for f in glob.glob(os.path.join(JUDGED, "pools", "*.txt")):
        if not os.path.basename(f).startswith("session30"):  # this draw's own list
            named |= {line.strip() for line in open(f) if line.strip() and not line.startswith("#")}
    for f in glob.glob(os.path.join(JUDGED, "*.jsonl")):
        named |= {json.loads(line).get("feed", "") for line in open(f) if line.strip()}
    missing = sorted(n for n in named if n and n not in have)
    print("listed/judged feeds without a pool or corpus copy:", len(missing), missing[:5], file=sys.stderr)
    return {k: {r[k] if k != "title" else norm_title(r[k]) for r in rows if r.get(k)} for k in ("sha1", "host", "domain", "title")}


if __name__ == "__main__":
    keys = known_sets(sys.argv[1])
    reasons = collections.Counter()
    with open(sys.argv[2], "w") as fo:
        for cand in sys.argv[3:]:
            for line in open(cand):
                r = json.loads(line)
                why = reason(r, keys)
                reasons[why or "eligible"] += 1
                if not why:
                    r["cand"] = os.path.dirname(r["path"][: -len(r["rel"])])
                    fo.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("candidates (feed-like files):", sum(reasons.values()))
    for k, v in reasons.most_common():
        print(f"  {v:4d} {k}")
