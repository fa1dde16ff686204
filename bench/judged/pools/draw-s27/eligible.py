"""Eligible candidates of sample 30: scanned candidates (draw-s24/scan_cand.py outputs) judged by draw-s26/eligible.py's
reasons (draw-s24's, edited test copies, placeholder hosts) against keys of every pool and corpus file, plus three for
this draw's new sources: a test-fixture file with fewer than 5 entries is likely written for the test, not captured; the
site addressed by an IP literal (0.0.0.0, a private 10.x address: built on the author's machine) or by a theme's
placeholder (url.com, "Blog Name") is no site; and channel titles that say the file is a placeholder, a load-test output or a
feed a repository's own pipeline rebuilt from a site's ("... diagnostic source feed", laapy/reuters-bloomberg-news-rss-pool).
The last two were added after a first dry run of draw.py showed them among the channel titles and hosts.

Usage: eligible.py KNOWN.jsonl OUT.jsonl CAND.jsonl... (prints counts by reason)."""

import collections
import glob
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("eligible_s26", os.path.join(HERE, "..", "draw-s26", "eligible.py"))
assert _spec and _spec.loader
_s26 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_s26)  # draw-s26's reasons (it imports draw-s24's eligible.py itself)
s26_reason = _s26.reason

JUDGED = os.path.join(HERE, "..", "..")
FIXTURE_MIN = 5
IP_HOST = re.compile(r"^\d{1,3}(\.\d{1,3}){3}$")
PLACEHOLDER_DOMAINS = {"url.com"}
NOT_THE_SITES = re.compile(r"(?i)placeholder|\btestfeeds?\b|diagnostic source feed|^blog name$")


def norm_title(t: str) -> str:
    return " ".join((t or "").casefold().split())


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
        if not os.path.basename(f).startswith("session32"):  # this draw's own list
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
    why = s26_reason(r, keys)
    if not why and (IP_HOST.match(r.get("host") or "") or r.get("domain") in PLACEHOLDER_DOMAINS):
        return "no real site link (an IP address or a theme's placeholder domain)"
    if not why and NOT_THE_SITES.search(r.get("title") or ""):
        return "channel title marks a placeholder, a theme default, load-test output or a pipeline-rebuilt feed"
    if not why and fixture and r.get("n", 0) < FIXTURE_MIN:
        return f"test fixture with fewer than {FIXTURE_MIN} entries (likely written for the test)"
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
