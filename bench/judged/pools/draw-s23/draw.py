"""Draw held-out sample 26 (session 23): every remaining position (410 to the end) of order-20262200.txt.

Skips a position whose channel declares itself adult (the word list of draw-s22/draw.py over the channel title and
description). Writes session28-heldout.txt's body and copies the files to /work/pools/s28-all. Prints channel titles,
hosts, languages and years only; no entry text is read by a person."""
import collections, os, random, subprocess, sys
import feedparser

ORDER = "/work/main/bench/judged/pools/draw-s20/order-20262200.txt"
MIRROR = "/work/.mirror/kalv+ruby-feed-parser-benchmark/repo"
P = "kalv+ruby-feed-parser-benchmark/feeds/"
order = [l.strip() for l in open(ORDER) if l.strip() and not l.startswith("#")]
import re
ADULT = re.compile(r"(?i)\b(porn\w*|xxx|sex|sexy|sexual\w*|sexo|nude|nudes|naked|nackt\w*|fetish\w*|femdom|erotic\w*|erotik\w*|"
                   r"hentai|escort\w*|milf|nsfw|boobs?|tits|pussy|cock|dick|fuck\w*|bdsm|bondage|camgirls?|stripper\w*|"
                   r"horny|hardcore|blowjob\w*|anal|orgasm\w*|swinger\w*|playboy|penthouse|lingerie|upskirt|voyeur\w*|sexualidad)\b")


def data(n: str) -> bytes:
    return subprocess.run(["git", "-C", MIRROR, "show", f"5a43ae4088b0:feeds/{n}"], capture_output=True, check=True).stdout


picks: list[str] = []
for pos in range(410, len(order) + 1):
    n = order[pos - 1]
    d = feedparser.parse(data(n))
    chan = ADULT.findall((d.feed.get("title", "") or "") + " " + (d.feed.get("subtitle", "") or ""))
    if chan:
        print(f"skip position {pos}: channel words {chan}", file=sys.stderr)
    else:
        picks.append(n)
print("s28 positions 410 to", len(order), "picks", len(picks))
lines = sorted(P + n for n in picks)
random.Random(20262801).shuffle(lines)
open("s28-body.txt", "w").write("\n".join(lines) + "\n")
langs: collections.Counter[str] = collections.Counter()
years: collections.Counter[str] = collections.Counter()
for n in picks:
    dst = f"/work/pools/s28-all/{P}{n}"
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    raw = data(n)
    open(dst, "wb").write(raw)
    d = feedparser.parse(raw)
    langs[(d.feed.get("language") or "none")[:2].lower()] += 1
    ys = [e.get("published_parsed") or e.get("updated_parsed") for e in d.entries]
    years[str(max(y.tm_year for y in ys if y)) if any(ys) else "undated"] += 1
    print("s28", n, "|", (d.feed.get("title") or "")[:70], "|", d.feed.get("link"), file=sys.stderr)
print("s28 declared languages", dict(langs.most_common()), "newest-entry years", dict(years.most_common()))
