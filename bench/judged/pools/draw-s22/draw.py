"""Draw held-out samples 24 and 25 (session 22): positions 274-341 and 342-409 of order-20262200.txt.

Skips a position whose channel declares itself adult (draw-s20/adult.py's word list over the channel title and
description), as earlier draws did. Writes session26-heldout.txt / session27-heldout.txt bodies and copies the files to
/work/pools/s26-all, s27-all. Prints channel titles, hosts, languages and years only; no entry text is read by a person."""
import collections, os, random, subprocess, sys
import feedparser

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "draw-s20"))
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


picks: dict[str, list[str]] = {"s26": [], "s27": []}
pos = 274
for name in picks:
    while len(picks[name]) < 68:
        n = order[pos - 1]
        d = feedparser.parse(data(n))
        chan = ADULT.findall((d.feed.get("title", "") or "") + " " + (d.feed.get("subtitle", "") or ""))
        if chan:
            print(f"skip position {pos}: channel words {chan}", file=sys.stderr)
        else:
            picks[name].append(n)
        pos += 1
    print(name, "ends at position", pos - 1)
for name, seed in (("s26", 20262601), ("s27", 20262701)):
    lines = sorted(P + n for n in picks[name])
    random.Random(seed).shuffle(lines)
    open(f"{name}-body.txt", "w").write("\n".join(lines) + "\n")
    langs: collections.Counter[str] = collections.Counter()
    years: collections.Counter[str] = collections.Counter()
    for n in picks[name]:
        dst = f"/work/pools/{name}-all/{P}{n}"
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        raw = data(n)
        open(dst, "wb").write(raw)
        d = feedparser.parse(raw)
        langs[(d.feed.get("language") or "none")[:2].lower()] += 1
        ys = [e.get("published_parsed") or e.get("updated_parsed") for e in d.entries]
        years[str(max(y.tm_year for y in ys if y)) if any(ys) else "undated"] += 1
        print(name, n, "|", (d.feed.get("title") or "")[:70], "|", d.feed.get("link"), file=sys.stderr)
    print(name, "declared languages", dict(langs.most_common()), "newest-entry years", dict(years.most_common()))
