"""Keys (sha1, host, registered domain, channel title) of every feed file already in the corpus or a pool copy.

Usage: known_keys.py OUT.jsonl ROOT... Reads only the channel head (before the first item/entry) with regexes (feedparser
only where they find no link or title: feedparser over all ~2,600 files was too slow on the shared machine). No entry text is read."""
import hashlib, html, json, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "draw-s20"))
from scan import domain, norm_host  # noqa: E402

FIRST_ITEM = re.compile(rb"<(?:\w+:)?(?:item|entry)[\s>]")
TITLE = re.compile(rb"<(?:\w+:)?title[^>]*>\s*(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?\s*</(?:\w+:)?title>", re.S)
LINK_TEXT = re.compile(rb"<(?:\w+:)?link>\s*(?:<!\[CDATA\[)?\s*(https?://[^<\s\]]+)", re.S)
LINK_ALT = re.compile(rb"<(?:\w+:)?link\b(?=[^>]*rel=[\"']alternate)[^>]*href=[\"'](https?://[^\"']+)")
LINK_ANY = re.compile(rb"<(?:\w+:)?link\b(?![^>]*rel=[\"'](?:self|hub|next|prev))[^>]*href=[\"'](https?://[^\"']+)")


def keys(path, fallback=True):
    data = open(path, "rb").read()
    head = data[:200_000]
    m = FIRST_ITEM.search(head)
    chan = head[: m.start()] if m else head[:20_000]
    t = TITLE.search(chan)
    title = html.unescape(t.group(1).decode("utf-8", "replace")).strip() if t else ""
    link = ""
    for rx in (LINK_TEXT, LINK_ALT, LINK_ANY):
        lm = rx.search(chan)
        if lm:
            link = lm.group(1).decode("utf-8", "replace")
            break
    host = norm_host(html.unescape(link))
    if fallback and (not host or not title):  # unusual markup: ask feedparser for the channel's link and title
        import feedparser

        f = feedparser.parse(data).feed
        host = host or norm_host(f.get("link", "") or "")
        title = title or (f.get("title", "") or "").strip()
    return {"path": path, "sha1": hashlib.sha1(data).hexdigest(), "host": host, "domain": domain(host), "title": title}


if __name__ == "__main__":
    with open(sys.argv[1], "w") as fo:
        for root in sys.argv[2:]:
            for d, ds, fs in os.walk(root):
                ds[:] = [x for x in ds if x != "s29-all"]  # this draw's own copies
                for f in fs:
                    fo.write(json.dumps(keys(os.path.join(d, f)), ensure_ascii=False) + "\n")
