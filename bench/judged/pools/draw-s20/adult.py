"""Count adult words in channel title/description and entry titles/tags of the given crawl files (counts only)."""
import json, re, sys
import feedparser
ADULT = re.compile(r"(?i)\b(porn\w*|xxx|sex|sexy|sexual\w*|sexo|nude|nudes|naked|nackt\w*|fetish\w*|femdom|erotic\w*|erotik\w*|"
                   r"hentai|escort\w*|milf|nsfw|boobs?|tits|pussy|cock|dick|fuck\w*|bdsm|bondage|camgirls?|stripper\w*|"
                   r"horny|hardcore|blowjob\w*|anal|orgasm\w*|swinger\w*|playboy|penthouse|lingerie|upskirt|voyeur\w*|sexualidad)\b")
for n in sys.argv[1:]:
    d = feedparser.parse(open("/work/tmp-P22/crawl/feeds/" + n, "rb").read())
    chan = ADULT.findall((d.feed.get("title", "") or "") + " " + (d.feed.get("subtitle", "") or ""))
    ent_hits = 0; tag_hits = 0; words = []
    for e in d.entries:
        t = ADULT.findall(e.get("title", "") or "")
        g = ADULT.findall(" ".join(x.get("term", "") or "" for x in e.get("tags", []) or []))
        ent_hits += bool(t); tag_hits += bool(g); words += [w.lower() for w in t + g]
    print(json.dumps({"file": n, "chan_words": [w.lower() for w in chan], "entries_with_title_hit": ent_hits,
                      "entries_with_tag_hit": tag_hits, "n": len(d.entries), "words": sorted(set(words))}))
