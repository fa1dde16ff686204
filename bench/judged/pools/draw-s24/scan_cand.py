"""Scan the extracted candidates with draw-s20/scan.py's scan (feedparser 6.0.14) plus an adult-word count and lorem check.

Usage: scan_cand.py CANDDIR OUT.jsonl [LIST] (only LIST's paths if given; counts only; no entry text is printed)."""
import json, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "draw-s20"))
import feedparser  # noqa: E402
from scan import scan  # noqa: E402

ADULT = re.compile(r"(?i)\b(porn\w*|xxx|sex|sexy|sexual\w*|sexo|nude|nudes|naked|nackt\w*|fetish\w*|femdom|erotic\w*|erotik\w*|"
                   r"hentai|escort\w*|milf|nsfw|boobs?|tits|pussy|cock|dick|fuck\w*|bdsm|bondage|camgirls?|stripper\w*|"
                   r"horny|hardcore|blowjob\w*|anal|orgasm\w*|swinger\w*|playboy|penthouse|lingerie|upskirt|voyeur\w*|sexualidad)\b")
FAKE = re.compile(rb"(?i)lorem ipsum|example\.(com|org|net)\b|localhost[:/]")

root, out = sys.argv[1], sys.argv[2]
only = [line.strip() for line in open(sys.argv[3])] if len(sys.argv) > 3 else None
paths = only or [os.path.join(d, f) for d, _, fs in sorted(os.walk(root)) for f in sorted(fs)]
with open(out, "w") as fo:
    if True:
        for path in paths:
            r = scan(path)
            r["rel"] = os.path.relpath(path, root)
            data = open(path, "rb").read()
            r["fake_hits"] = len(FAKE.findall(data))
            p = feedparser.parse(data)
            r["adult_chan"] = ADULT.findall((p.feed.get("title", "") or "") + " " + (p.feed.get("subtitle", "") or ""))
            r["adult_entries"] = sum(
                bool(ADULT.search((e.get("title", "") or "") + " " + " ".join(t.get("term", "") or "" for t in e.get("tags", []) or [])))
                for e in p.entries)
            r.pop("desc", None)
            fo.write(json.dumps(r, ensure_ascii=False) + "\n")
