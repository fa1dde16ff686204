"""The credit (site name and link) every feed's posts carry, beside the feed's own evidence of
its site's name, for an editor to read; `--diff OLD.jsonl` lists the credits that changed.

Run: .venv/bin/python bench/credit_table.py DIR_OR_LIST ... > credits.jsonl
     .venv/bin/python bench/credit_table.py --diff before.jsonl after.jsonl
     .venv/bin/python bench/credit_table.py --still-bad bench/judged/<verdicts>.tsv credits.jsonl
Each DIR is walked for feed files; a .txt list names files under the directory beside it (as
bench/judged/pools lists do). Feeds are read as `newsbot inspect` reads a local file (page
fetches off, NEWSBOT_SITE_NAME_DAYS=0): the credit is `source_name` over the parsed channel."""

# Not a timing: a table of names. `--flags` adds the automatic hints an editor starts from
# (a domain for a name, a long name, a link to a feed document); the verdict is the reader's.

from __future__ import annotations

import argparse
import json
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.attribution.site_names import is_host_or_address  # noqa: E402
from bot.compose.site_naming import derived_site_name  # noqa: E402
from bot.fetching.sources import read_local_source  # noqa: E402
from bot.parsing.feed_links import credit_home, front_page  # noqa: E402
from bot.parsing.feeds import parse_feed  # noqa: E402

_NOT_FEEDS = {".md", ".tsv", ".txt", ".html", ".htm", ".py", ".go", ".rs", ".js", ".json5"}
_ITUNES_AUTHOR = re.compile(
    rb"<itunes:author>\s*(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?\s*</itunes:author>"
)
_FEED_LINK = re.compile(r"(?i)(?:/feed/?|/rss/?|/atom/?|\.xml|\.rss|\.atom|\.rdf|/rss\.\w+)$")


def _files(arguments: list[str]) -> list[Path]:
    found: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        if path.suffix == ".txt":
            lines = path.read_text(encoding="utf-8").splitlines()
            names = [line.split()[0] for line in lines if line.strip() and line[0] != "#"]
            found += [path.parent / path.stem / name for name in names]
        elif path.is_dir():
            found += sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix not in _NOT_FEEDS
                and "LICENSE" not in p.name
                and "defusedxml" not in p.parts
            )
        else:
            found.append(path)
    return found


def credit_row(path_text: str) -> dict[str, str] | None:
    """One feed's credit and evidence, or None when the file is no feed."""
    try:
        fetched = read_local_source(path_text, max_bytes=10 << 20)
        parsed = parse_feed(fetched.body, url=fetched.url, headers=fetched.headers)
    except Exception:  # not a feed: no credit to show
        return None
    # As inspect names a feed read from a file: a path names no site, its items' host may.
    named = derived_site_name(parsed, path_text)
    channel = parsed.channel
    links = (e.link for e in parsed.entries)
    head = fetched.body.split(b"<item", 1)[0].split(b"<entry", 1)[0]
    author = _ITUNES_AUTHOR.search(head)
    return {
        "feed": path_text,
        "credit": named.name,
        # As a post's credit links it: the items' site when the channel has no web address.
        "link": front_page(credit_home(parsed.site_url, links, named.name)) or "",
        "source": named.source,
        "rule": named.rule,
        "title": parsed.title or "",
        "image_title": channel.image_title or "",
        "description": (channel.description or "")[:160],
        "image_description": (channel.image_description or "")[:120],
        "publisher": channel.publisher or "",
        "creator": channel.creator or "",
        "rights": (channel.rights or "")[:100],
        "generator": channel.generator or "",
        "itunes_author": author.group(1).decode("utf-8", "replace").strip() if author else "",
        "host": urlsplit(parsed.site_url or "").hostname or "",
    }


def flags(row: dict[str, str]) -> list[str]:
    """Automatic hints for the reader: where a credit may be a domain, long, or a feed link."""
    found = []
    if is_host_or_address(row["credit"]) or row["source"] != "title":
        found.append("domain")
    if len(row["credit"]) > 40:
        found.append("long")
    if _FEED_LINK.search(urlsplit(row["link"]).path) or not row["link"]:
        found.append("feed-link")
    return found


def _diff(before: Path, after: Path) -> None:
    old = {r["feed"]: r for r in map(json.loads, before.read_text().splitlines())}
    changed = 0
    for line in after.read_text().splitlines():
        row = json.loads(line)
        was = old.get(row["feed"])
        if was and (was["credit"], was["link"]) != (row["credit"], row["link"]):
            changed += 1
            print(f"{row['feed']}\n  - {was['credit']!r} <{was['link']}>")
            print(f"  + {row['credit']!r} <{row['link']}>")
    print(f"{changed} credits changed")


def _still_bad(verdicts: Path, table: Path) -> None:
    """Count the credits an editor listed as bad (feed, credit, link) that a table still gives."""
    rows = {r["feed"]: r for r in map(json.loads, table.read_text().splitlines())}
    listed = [
        line.split("\t") for line in verdicts.read_text().splitlines() if not line.startswith("#")
    ]
    left = 0
    for feed, credit, link, family, _ in listed:
        now = next((r for path, r in rows.items() if path.endswith(feed)), None)
        same = now is not None and (now["credit"], now["link"]) == (credit, link)
        left += same
        shown = f"{now['credit']!r} <{now['link']}>" if now else "(not in the table)"
        print(f"{'still' if same else 'now  '} {family:16} {credit[:40]!r} → {shown}")
    print(f"{left} of {len(listed)} listed bad credits left")


def main() -> None:
    """Print one JSON line per feed (or the diff of two tables)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--diff", action="store_true", help="compare two tables (old, new)")
    parser.add_argument("--still-bad", action="store_true", help="verdicts.tsv, then a table")
    parser.add_argument("--flags", action="store_true", help="add automatic hints")
    args = parser.parse_args()
    if args.diff:
        _diff(Path(args.paths[0]), Path(args.paths[1]))
        return
    if args.still_bad:
        _still_bad(Path(args.paths[0]), Path(args.paths[1]))
        return
    files = [str(p) for p in _files(args.paths)]
    with ProcessPoolExecutor(2) as pool:
        for row in pool.map(credit_row, files, chunksize=8):
            if row is not None:
                if args.flags:
                    row["flags"] = ",".join(flags(row))
                print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
