"""Eligible candidates of sample 32: scanned candidates (draw-s24/scan_cand.py outputs) judged by draw-s28/eligible.py's
reasons (draw-s24's, draw-s26's, draw-s27's, the theme default title) against keys of every pool and corpus file (samples 30
and 31, s32-all and s33-all, included).

Two reasons are new, both decided from names only before any draw: a test, staging, demo or theme site by its channel title,
host or repository name (TEST_SITE: the brief asks to keep theme demos, starter and test sites out; WordPress's default
user name "wp_user" as a title counts), and a file the drawer saw more of than its channel head (SEEN: one file, whose
first entry title showed while its channel head was printed).

Usage: eligible.py KNOWN.jsonl OUT.jsonl CAND.jsonl... (prints counts by reason)."""

import collections
import glob
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("eligible_s27", os.path.join(HERE, "..", "draw-s27", "eligible.py"))
assert _spec and _spec.loader
_s27 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_s27)  # draw-s27's reasons (it loads draw-s26's, which imports draw-s24's)
s27_reason = _s27.reason
norm_title = _s27.norm_title
JUDGED = os.path.join(HERE, "..", "..")
THEME_DEFAULT_TITLES = re.compile(r"ʕ•ᴥ•ʔ Bear Blog")
TEST_SITE = re.compile(r"(?i)(\b|_|-)(test\w*|staging|demo|theme|starter|example|wp_user|hypertest)(\b|_|-)|^dev\.")
SEEN = {"akngs+knews-rss/publishers/hani.xml"}


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
        if not os.path.basename(f).startswith("session34"):  # this draw's own list
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
    why = s27_reason(r, keys, fixture)
    if not why and THEME_DEFAULT_TITLES.search(r.get("title") or ""):
        return "channel title is a site theme's default"
    if not why and any(TEST_SITE.search(x or "") for x in (r.get("title"), r.get("host"), r["rel"].split("/")[0])):
        return "test, staging, demo or theme site by its name"
    if not why and r["rel"] in SEEN:
        return "more than the channel head seen by the drawer"
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
