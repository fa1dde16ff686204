"""Refine flagged crawl files: raw text length (markup counted, as P12b's kept files imply) and English test words
in channel title / entry titles only. Counts only."""
import json, os, re, sys
from multiprocessing import Pool
import feedparser
TEST_EN = re.compile(r"(?i)\b(test|tests|testbed|sample|lorem|dummy|mock)\b|测试|テスト")
ITEM_N = re.compile(r"(?i)^\s*(item|entry|post|article)\s*#?\s*\d+\s*$")
def one(path):
    d = feedparser.parse(open(path, "rb").read())
    raw = 0; tt = 0
    for e in d.entries:
        t = e.get("summary", "") or ""
        for c in e.get("content", []) or []:
            if len(c.get("value", "")) > len(t): t = c.get("value", "")
        raw += len(t.strip()) >= 40
        et = e.get("title", "") or ""
        tt += bool(TEST_EN.search(et) or ITEM_N.match(et))
    return {"name": os.path.basename(path), "texts_raw": raw, "test_en": tt,
            "chan_test_en": bool(TEST_EN.search(d.feed.get("title", "") or ""))}
if __name__ == "__main__":
    recs = [json.loads(l) for l in open("crawl.jsonl")]
    todo = [r["path"] for r in recs if "error" not in r and r.get("n", 0) >= 2 and (r["texts"] < 2 or r["chan_test"] or r["test_titles"])]
    print(len(todo), file=sys.stderr)
    with Pool(2) as p, open("rescan.jsonl", "w") as fo:
        for x in p.imap_unordered(one, todo, chunksize=4):
            fo.write(json.dumps(x) + "\n")
