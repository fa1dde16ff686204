"""Site names derived from every feed of the corpus: how many come from each source and rule.

Run: NEWSBOT_CORPUS=../shared/corpus .venv/bin/python bench/site_names.py [--names]
     [--write-titles tests/data/site-names/corpus-feed-titles.tsv]"""

# Not a timing: a report of which case of bot/attribution/site_names.py names each feed of the
# corpus when its home page cannot be read (as in the corpus, which has no home pages).
# --names lists every derived name beside its title; --write-titles writes the titles, links
# and feed URLs the tests carry (tests/data/SOURCES.md).

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.attribution.site_names import derive_site_name  # noqa: E402
from bot.parsing.models import ChannelNames  # noqa: E402
from tests.support.corpus import parse_corpus_file  # noqa: E402

_NOT_FEEDS = {".md", ".tsv", ".txt", ".html", ".htm"}


def feed_urls(corpus: Path) -> dict[str, str]:
    """Feed URLs the corpus records for its files (fastfeedparser's URLS.tsv)."""
    urls: dict[str, str] = {}
    for table in corpus.rglob("URLS.tsv"):
        for line in table.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) >= 2 and not line.startswith("#"):
                relative = (table.parent / fields[0]).relative_to(corpus)
                urls[relative.as_posix()] = fields[1]
    return urls


def _title_row(job: tuple[str, str]) -> tuple[str, str, str, ChannelNames] | None:
    path, root = job
    parsed = parse_corpus_file(path, root)
    if parsed.feed is None:
        return None
    flat = [
        (value or "").replace("\t", " ").replace("\n", " ")
        for value in (
            parsed.feed.title,
            parsed.feed.site_url,
        )
    ]
    return Path(path).relative_to(root).as_posix(), flat[0], flat[1], parsed.feed.channel


def corpus_titles(corpus: Path) -> list[tuple[str, str, str, ChannelNames, str]]:
    """(file, feed title, feed link, channel, feed URL) for every feed file the corpus parses."""
    files = sorted(
        p
        for p in corpus.rglob("*")
        if p.is_file()
        and p.suffix not in _NOT_FEEDS
        and "LICENSE" not in p.name
        and "defusedxml" not in p.parts
    )
    urls = feed_urls(corpus)
    with ProcessPoolExecutor(2) as pool:
        rows = pool.map(_title_row, [(str(p), str(corpus)) for p in files], chunksize=8)
        return [(*row, urls.get(row[0], "")) for row in rows if row is not None]


def main() -> None:
    """Print the counts (and with --names, every derived name)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", action="store_true", help="list every derived name")
    parser.add_argument("--write-titles", type=Path, metavar="TSV")
    args = parser.parse_args()
    corpus = Path(os.environ.get("NEWSBOT_CORPUS", REPO / "tests" / "data" / "corpus"))
    rows = corpus_titles(corpus)
    sources: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    for path, title, link, channel, url in rows:
        name = derive_site_name(title, link or None, url or (corpus / path).as_uri(), channel)
        sources[name.source] += 1
        rules[name.rule] += 1
        if args.names:
            print(f"{name.source:7} {title[:60]!r:64} → {name.name!r}  [{link[:40]}] {path}")
    print(f"{len(rows)} feeds parsed from {corpus}")
    for label, counts in (("source", sources), ("rule", rules)):
        for key, count in counts.most_common():
            print(f"  {label:6} {key:55} {count:4}")
    if args.write_titles:
        args.write_titles.parent.mkdir(parents=True, exist_ok=True)
        with args.write_titles.open("w", encoding="utf-8") as out:
            out.write("file\ttitle\tlink\tfeed_url\n")
            out.writelines(
                "\t".join((path, title, link, url)) + "\n"
                for path, title, link, _, url in rows
                if title
            )


if __name__ == "__main__":
    main()
