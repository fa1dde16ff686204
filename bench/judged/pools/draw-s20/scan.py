"""Scan feed files: sha1, root, entries, text entries, host, domain, title, test-word titles, WXR. One JSON line a file.
Usage: scan.py OUT.jsonl FILE... (run with feedparser 6.0.x; entry texts are only counted, never printed)."""
import hashlib, json, re, sys
from multiprocessing import Pool
import feedparser
from tld import get_fld
from urllib.parse import urlsplit

TESTWORD = re.compile(r"(?i)\b(test|tests|testbed|testing blog|sample|lorem|dummy|mock|prueba|pruebas|teste|essai)\b|测试|テスト|тест")
ITEM_N = re.compile(r"(?i)^\s*(item|entry|post|article)\s*#?\s*\d+\s*$")
TAG = re.compile(r"<[^>]+>")

def norm_host(url):
    try:
        h = (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""
    for p in ("www.", "feeds.", "rss.", "m."):
        if h.startswith(p):
            h = h[len(p):]
    return h

def domain(host):
    if not host:
        return ""
    d = get_fld("http://" + host, fail_silently=True)
    return d or host

def scan(path):
    data = open(path, "rb").read()
    rec = {"path": path, "sha1": hashlib.sha1(data).hexdigest(), "size": len(data)}
    head = data[:4096].decode("utf-8", "replace")
    m = re.search(r"<(?!\?|!)([A-Za-z_][\w.:-]*)", re.sub(r"<!--.*?-->", "", head, flags=re.S))
    rec["root"] = m.group(1) if m else ""
    rec["wxr"] = b"wordpress.org/export/" in data[:20000]
    try:
        d = feedparser.parse(data)
    except Exception as e:  # noqa
        rec["error"] = str(e)[:80]; return rec
    f = d.feed
    rec["link"] = f.get("link", "") or ""
    rec["host"] = norm_host(rec["link"])
    rec["domain"] = domain(rec["host"])
    rec["title"] = (f.get("title", "") or "").strip()
    rec["desc"] = (f.get("subtitle", "") or "")[:300]
    rec["lang"] = f.get("language", "") or ""
    ents = d.entries
    rec["n"] = len(ents)
    texts = 0
    test_titles = 0
    dates = []
    for e in ents:
        t = e.get("summary", "") or ""
        for c in e.get("content", []) or []:
            if len(c.get("value", "")) > len(t):
                t = c.get("value", "")
        if len(TAG.sub("", t).strip()) >= 40:
            texts += 1
        et = e.get("title", "") or ""
        if TESTWORD.search(et) or ITEM_N.match(et):
            test_titles += 1
        p = e.get("published_parsed") or e.get("updated_parsed")
        if p:
            dates.append(p.tm_year)
    rec["texts"] = texts
    rec["test_titles"] = test_titles
    rec["chan_test"] = bool(TESTWORD.search(rec["title"]) or TESTWORD.search(rec["desc"][:200]))
    rec["newest_year"] = max(dates) if dates else None
    rec["bozo"] = bool(d.bozo)
    return rec

if __name__ == "__main__":
    out = sys.argv[1]
    files = [l.strip() for l in open(sys.argv[2])]
    with Pool(2) as p, open(out, "w") as fo:
        for r in p.imap_unordered(scan, files, chunksize=8):
            fo.write(json.dumps(r, ensure_ascii=False) + "\n")
