"""Eligible candidates of sample 29: scanned candidates (draw-s24/scan_cand.py outputs: N25's earlier scans and this
draw's new ones) judged by draw-s24/eligible.py's reasons against keys that now include sample 28 (s30-all,
session30-heldout.txt). Usage: eligible.py KNOWN.jsonl OUT.jsonl CAND.jsonl... (prints counts by reason)."""
import collections, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "draw-s24"))
from eligible import JUDGED, norm_title, reason as base_reason  # noqa: E402

# files of this draw's new sources made or edited for a test: the feed validator's test cases (each a real feed cut
# down or altered to show one message) and the Drupal feeds module's altered copies of its developmentseed.rss2
EDITED = re.compile(r"^rubys\+feedvalidator/testcases/|^drupalprojects\+feeds/tests/feeds/developmentseed_(changes|missing)\.")


# a site generator's placeholder for the site's address (Hexo's default `url: http://yoursite.com`)
PLACEHOLDER_HOSTS = {"yoursite.com", "your-site.com", "yourdomain.com", "mysite.com"}


def reason(r, keys):
    """draw-s24's reasons, then the edited test copies and placeholder hosts of this draw's new sources."""
    if r.get("host") in PLACEHOLDER_HOSTS:
        return "no real site link (a site generator's placeholder host)"
    if EDITED.search(r["rel"]):
        return "test case edited from a real feed (feedvalidator testcases, Drupal feeds' altered copies)"
    return base_reason(r, keys)


def known_sets(known_path):
    """Keys of every pool and corpus file; checks that every listed or judged feed (sample 28 too) has a copy."""
    rows = [json.loads(line) for line in open(known_path)]
    have = {os.path.relpath(r["path"], "/work/pools").split("/", 1)[-1] for r in rows if r["path"].startswith("/work/pools/")}
    have |= {os.path.relpath(r["path"], "/work/shared/corpus") for r in rows if r["path"].startswith("/work/shared/corpus/")}
    named = set()
    for f in glob.glob(os.path.join(JUDGED, "pools", "*.txt")):
        if not os.path.basename(f).startswith("session31"):  # this draw's own list
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
