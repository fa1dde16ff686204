"""Eligible candidates of sample 33: scanned candidates (draw-s24/scan_cand.py outputs) judged by draw-s29/eligible.py's
reasons (draw-s24's, draw-s26's, draw-s27's, the theme default title, a test, staging, demo or theme site by its name)
against keys of every pool and corpus file (samples 30 to 32, s32-all, s33-all and s34-all, included).

The brief asks again to keep theme demos, example and starter sites out by channel title and host: TEST_SITE here adds
placeholder titles of unconfigured site builders ("My WordPress Blog", "My Blog", "My New Hugo Site", "Just another WordPress site", "Hugo
Themes") and the hosts of a WordPress export's staging copies (`*.local`, `*.wpengine.com`, `*.instawp.xyz`,
`*.tastewp.com`, `localwp`) and two theme demos' titles seen among the eligible titles ("ecommerce", a shop theme's
demo store, and "Gatsby Glass RSS Feed", a Gatsby theme's demo) and a starter's placeholder host (`yourdomain.*`); and a channel link whose host is no domain (NO_HOST: a
WordPress export whose site address was cut to "https"), decided from names before any draw.

Usage: eligible.py KNOWN.jsonl OUT.jsonl CAND.jsonl... (prints counts by reason)."""

import collections
import glob
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("eligible_s29", os.path.join(HERE, "..", "draw-s29", "eligible.py"))
assert _spec and _spec.loader
_s29 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_s29)  # draw-s29's reasons (it loads draw-s27's, draw-s26's and draw-s24's)
norm_title = _s29.norm_title
JUDGED = os.path.join(HERE, "..", "..")
PLACEHOLDER = re.compile(
    r"(?i)^(my wordpress( blog| site)?|my blog|my site|my new hugo site|just another wordpress site|hugo themes?|site title|"
    r"my awesome site|your site title|ecommerce|gatsby glass rss feed)$|^yourdomain\.|\.local$|\.wpengine\.com$|\.instawp\.xyz$|\.tastewp\.com$|localwp"
)


def known_sets(known_path: str) -> dict[str, set[str]]:
    """Keys of every pool and corpus file; checks that every listed or judged feed has a copy there."""
    rows = [json.loads(line) for line in open(known_path)]
    have = {
        os.path.relpath(r["path"], "/work/pools").split("/", 1)[-1]
        for r in rows
        if r["path"].startswith("/work/pools/")
    }
    have |= {
        os.path.relpath(r["path"], "/work/shared/corpus") for r in rows if r["path"].startswith("/work/shared/corpus/")
    }
    named: set[str] = set()
    for f in glob.glob(os.path.join(JUDGED, "pools", "*.txt")):
        if not os.path.basename(f).startswith("session35"):  # this draw's own list
            named |= {line.strip() for line in open(f) if line.strip() and not line.startswith("#")}
    for f in glob.glob(os.path.join(JUDGED, "*.jsonl")):
        named |= {json.loads(line).get("feed", "") for line in open(f) if line.strip()}
    missing = sorted(n for n in named if n and n not in have)
    print("listed/judged feeds without a pool or corpus copy:", len(missing), missing[:5], file=sys.stderr)
    return {
        k: {r[k] if k != "title" else norm_title(r[k]) for r in rows if r.get(k)}
        for k in ("sha1", "host", "domain", "title")
    }


def reason(r: dict, keys: dict[str, set[str]], fixture: bool) -> str:
    why = _s29.reason(r, keys, fixture)
    if not why and "." not in (r.get("host") or ""):
        return "no real site link (a host that is no domain)"
    if not why and any(PLACEHOLDER.search((x or "").strip()) for x in (r.get("title"), r.get("host"))):
        return "test, staging, demo or theme site by its name"
    return why


if __name__ == "__main__":
    keys = known_sets(sys.argv[1])
    reasons: collections.Counter[str] = collections.Counter()
    with open(sys.argv[2], "w") as fo:
        for cand in sys.argv[3:]:
            fixture = "tests" in os.path.basename(cand)
            for line in open(cand):
                r = json.loads(line)
                why = reason(r, keys, fixture)
                reasons[why or "eligible"] += 1
                if not why:
                    r["cand"] = os.path.dirname(r["path"][: -len(r["rel"])])
                    fo.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("candidates (feed-like files):", sum(reasons.values()))
    for k, v in reasons.most_common():
        print(f"  {v:4d} {k}")
