"""Sample 29's three SEO-spam feeds swapped for the next eligible feeds in draw-s26/draw.py's seeded order.

The same rows, sort and shuffle as draw.py (seed 20262531); the spam rows are skipped where they stood, so the other 87
picks are unchanged. The pool holds no 88th feed under draw.py's cap of 10 a repository, so the replacements are the next
three rows of the same order that the cap alone had dropped (draw.py's own fallback lifts the cap for PodSearch_Content)."""
import json, random, sys
SEED = 20262531
FORK_OF = {"Uvacoder+sample-feeds": "rowanmanning+sample-feeds", "sportarchive+picoFeed": "nicolus+picoFeed",
           "lkdtr+planetplanet-docker": "bmericc+planetplanet"}
SPAM = {"louisvuitton-navi+louisvuitton-navi.github.io/rss20.xml", "nagake51gover+startmeover/rss20.xml",
        "anyant+rssant/tests/feedlib/testdata/parser/warn/http-www-doubiekan-net-map-rss-xml.xml"}
repo = lambda r: r["rel"].split("/")[0]
rows = [json.loads(line) for line in open(sys.argv[1])]
upstream = {(r["host"], r["title"].casefold()) for r in rows if repo(r) in FORK_OF.values()}
kept = [r for r in rows if not (repo(r) in FORK_OF and (r["host"], r["title"].casefold()) in upstream)]
kept.sort(key=lambda r: r["rel"]); random.Random(SEED).shuffle(kept)
seen = {"host": set(), "domain": set(), "title": set()}
picks, extra = [], []
for phase, cap in (("draw", 10), ("swap", 10**6)):
    for r in kept:
        t = " ".join(r["title"].casefold().split())
        if r["rel"] in SPAM or r in picks or r in extra:
            continue
        if r["host"] in seen["host"] or r["domain"] in seen["domain"] or t in seen["title"]:
            continue
        if phase == "draw" and sum(repo(p) == repo(r) for p in picks) >= cap:
            continue
        if phase == "swap" and len(extra) == 3:
            break
        seen["host"].add(r["host"]); seen["domain"].add(r["domain"]); seen["title"].add(t)
        (picks if phase == "draw" else extra).append(r)
        if phase == "draw" and len(picks) == 90:
            break
old = [line.strip() for line in open(sys.argv[2]) if not line.startswith("#")]
assert [p["rel"] for p in picks] == [o for o in old if o not in SPAM], "the 87 kept picks must be unchanged"
for r in extra:
    print(r["rel"], "|", r["title"][:60], "|", r["host"], r["lang"], r["newest_year"])
