"""A dump of what a feed's first check makes of every corpus feed, to diff two commits by.

Run: PYTHONHASHSEED=0 NEWSBOT_CORPUS=../shared/corpus .venv/bin/python bench/ingest_dump.py OUT
(then the same on the other commit, and `cmp` the two files)"""

# Each corpus file is parsed as served by bench/ingest.py (its Content-Type, an http URL),
# its boilerplate learned, and every entry composed twice: as a new feed's baseline (the
# fingerprint bench/ingest.py's first cycle stores) and rendered as a post; the feed's site
# name is derived as the checker does. One line a feed: its path and the repr of all that, so
# a speed-up that changes any stored or posted byte shows up in the diff. PYTHONHASHSEED
# must be fixed: which of a feed's boilerplate candidates outlive the cap (MAX_CANDIDATES)
# when they tie follows a set's order.

from __future__ import annotations

import argparse
import os
import sys
import time
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.servefeeds import content_type, news_feed_files  # noqa: E402
from bot.attribution.site_names import derive_site_name  # noqa: E402
from bot.compose.entry import compose_batch, learn_and_compose  # noqa: E402
from bot.parsing.feeds import NotAFeed, parse_feed  # noqa: E402
from bot.text.boilerplate import FeedBoilerplate  # noqa: E402

# A fixed clock: learned states and the fingerprint window do not depend on the day.
NOW = 1_790_000_000.0


def corpus_paths(corpus: Path) -> list[Path]:
    """The bench's news feeds first, then every other feed-like file of the corpus."""
    news = news_feed_files(corpus)
    others = sorted(
        p
        for p in corpus.rglob("*")
        if p.is_file() and p.suffix.lower() in (".xml", ".rss", ".atom", ".rdf", ".json")
    )
    return news + [p for p in others if p not in set(news)]


def dump_feed(path: Path, corpus: Path) -> str:
    """One feed's line: parsed feed, site name, learned state, fingerprints and posts."""
    body = path.read_bytes()
    url = f"http://127.0.0.1:8000/{path.relative_to(corpus)}"
    headers = {"Content-Type": content_type(body).decode()}
    try:
        parsed = parse_feed(body, url=url, headers=headers)
    except NotAFeed as exc:
        return f"{path.relative_to(corpus)}\tNotAFeed {exc}"
    site = derive_site_name(parsed.title, parsed.site_url, url, parsed.channel)
    figures = [repr(parsed), repr(site)]
    for rendered in (False, True):
        compose = partial(
            compose_batch,
            source=site.name,
            source_url=parsed.site_url,
            language=parsed.language,
            summary_chars=600,
            teaser_chars=300,
            postable=None if rendered else frozenset(),
            fingerprint_since=NOW - 30 * 86400,
        )
        learned, aggregated, composed = learn_and_compose(
            FeedBoilerplate(),
            list(parsed.entries),
            now=NOW,
            compose=compose,
            parsed=parsed,
            feed_url=url,
        )
        figures += [repr(learned), repr(aggregated), repr(composed)]
    return f"{path.relative_to(corpus)}\t" + "\t".join(f.replace("\n", "\\n") for f in figures)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument(
        "--corpus",
        type=Path,
        default=Path(os.environ.get("NEWSBOT_CORPUS") or REPO.parent / "shared" / "corpus"),
    )
    args = parser.parse_args()
    start = time.perf_counter()
    paths = corpus_paths(args.corpus)
    with args.out.open("w", encoding="utf-8") as out:
        for path in paths:
            out.write(dump_feed(path, args.corpus) + "\n")
    print(f"{len(paths)} files dumped to {args.out} in {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
