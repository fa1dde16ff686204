"""Draw a judged sample: random entries of corpus feeds newsbot was not tuned on, rendered as
subscribers would see them (`newsbot inspect`, page fetches off), for an editor to judge.

Run: .venv/bin/python bench/judged_sample.py --seed N [--feeds 25] [--per-feed 3]
     [--skip bench/judged/<earlier>.jsonl ...] > bench/judged/<date>-sample-K.posts.jsonl
The corpus is --corpus, else $NEWSBOT_CORPUS, else ../shared/corpus. Verdicts are written by
hand beside the posts (bench/judged/*.md); `--rate FILE.jsonl` counts them."""

# The pool is every real-world feed of the corpus that is not one newsbot was tuned on: not
# in bench/post_quality.py's news set, not in the eval set, not a feed a test names, not an
# outlet of those under another section, and not a conformance fixture with synthetic items.

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

POOL = [
    *(
        f"FeedReader/FeedReader.Tests/Feeds/{name}"
        for name in (
            "AtomAdobe.xml AtomBattleNet.xml AtomWiganwarriors.xml AtomYoutubeInvestmentPunk.xml "
            "Rss091Stadtfeuerwehr.xml Rss092FullSample.xml Rss20CodeHollowCom.xml "
            "Rss20DerBrutkasten.xml Rss20FeedWebResourceSample.xml Rss20HubSpot.xml "
            "Rss20ISO88591Intranet30.xml Rss20JungeGruender.xml Rss20MicrosoftBotFranework.xml "
            "Rss20ThomasMaurer.xml Rss20TrendingTopics.xml"
        ).split()
    ),
    *(
        f"rss-parser/test/input/{name}"
        for name in (
            "atom-customfields.atom craigslist.rss customfields.rss feedburner.atom "
            "giantbomb-podcast.rss gulp-atom.atom itunes-href.rss itunes-keywords-astext.rss "
            "itunes-missing-image.rss many-links.rss reddit.rss rss-1.rss"
        ).split()
    ),
    *(
        f"feedjira/spec/sample_feeds/{name}"
        for name in (
            "AmazonWebServicesBlog.xml CRE.xml DuplicateContentAtomFeed.xml FeedBurnerXHTML.xml "
            "GiantRobotsSmashingIntoOtherGiantRobots.xml HREFConsideredHarmful.xml "
            "PaulDixExplainsNothing.xml RSSWithComments.xml SamRuby.xml TenderLovemaking.xml "
            "TrotterCashionHome.xml google_alerts_atom.xml itunes_feedburner.xml pet_atom.xml "
            "youtube_atom.xml"
        ).split()
    ),
    "node-feedparser/test/feeds/illegally-nested.xml",
    *(
        f"fastfeedparser/benchmark_data/{name}"
        for name in "1cc034d2831f54bb 5a96f363a5cd333d c717c9312dd08044 d4b7ab74da763119".split()
    ),
    *(
        f"fastfeedparser/tests/integration/{name}"
        for name in (
            "davidbau.xml foolcontrol.xml fwrarejazzvinylcollector.xml gamersnexus.xml kagi.xml "
            "osm.xml postgis.xml vintagehomeplans.xml"
        ).split()
    ),
    "miniflux-v2/internal/reader/parser/testdata/large_atom.xml",
    "miniflux-v2/internal/reader/parser/testdata/small_atom.xml",
    "feed-rs/feed-rs/fixture/atom/atom_example_2.xml",
    "feed-rs/feed-rs/fixture/atom/atom_example_6.xml",
    "feed-rs/feed-rs/fixture/atom/atom_mediarss_reddit_1.xml",
]

# Real-world feeds the corpus keeps only one or two items of (feed-rs trims its fixtures):
# a second pool, for a sample once the first is used up. Synthetic spec examples are left out.
SMALL_POOL = [
    *(
        f"feed-rs/feed-rs/fixture/{name}"
        for name in (
            "atom/atom_content_src.xml atom/atom_example_3.xml atom/atom_example_4.xml "
            "atom/atom_example_5.xml atom/atom_example_7.xml atom/atom_example_reddit.xml "
            "atom/atom_mediarss_youtube_1.xml atom/atom_scattered.xml atom/atom_xml_base.xml "
            "rss0/rss_0.91_encoding_1.xml rss0/rss_0.91_encoding_2.xml "
            "rss0/rss_0.91_missing_id.xml rss1/rss_1.0_biorxiv.xml rss1/rss_1.0_debian.xml "
            "rss1/rss_1.0_example_2.xml rss2/rss_2.0_anchorfm.xml rss2/rss_2.0_ch9.xml "
            "rss2/rss_2.0_cloudflare.xml rss2/rss_2.0_dbengines.xml rss2/rss_2.0_element_io.xml "
            "rss2/rss_2.0_encoding_1.xml rss2/rss_2.0_example_2.xml rss2/rss_2.0_example_3.xml "
            "rss2/rss_2.0_example_4.xml rss2/rss_2.0_example_5.xml rss2/rss_2.0_example_6.xml "
            "rss2/rss_2.0_ghost_2.xml rss2/rss_2.0_heated.xml rss2/rss_2.0_kdist.xml "
            "rss2/rss_2.0_matrix.xml rss2/rss_2.0_reddit.xml rss2/rss_2.0_relurl_1.xml "
            "rss2/rss_2.0_rps.xml rss2/rss_2.0_spreaker.xml rss2/rss_2.0_vimeo_media.xml"
        ).split()
    ),
    "rss-parser/test/input/item-itunes-episodeType.rss",
    "rss-parser/test/input/itunes-keywords-array.rss",
    "FeedReader/FeedReader.Tests/Feeds/AtomSpecialCharacters.xml",
    "FeedReader/FeedReader.Tests/Feeds/Rss20ContentWindCom.xml",
    "fastfeedparser/tests/integration/stackoverflow.xml",
    "feedjira/spec/sample_feeds/FeedjiraBlog.xml",
    "feedjira/spec/sample_feeds/atom_with_link_tag_for_url_unmarked.xml",
    "node-feedparser/test/feeds/guid-dupes.xml",
    "node-feedparser/test/feeds/relative-channel-image-url.xml",
    "node-feedparser/test/feeds/non-text-alternate-links.xml",
    "node-feedparser/test/feeds/rss-with-relative-urls.xml",
]


def default_corpus() -> Path:
    given = os.environ.get("NEWSBOT_CORPUS")
    return Path(given) if given else REPO.parent / "shared" / "corpus"


def inspect(path: Path) -> list[dict[str, object]]:
    """Every entry of one feed file as `newsbot inspect --json` shows it, no page fetched."""
    env = {**os.environ, "NEWSBOT_TEASER_CHARS": "0", "NEWSBOT_SITE_NAME_DAYS": "0"}
    newsbot = Path(sys.executable).parent / "newsbot"
    done = subprocess.run(
        [str(newsbot), "inspect", "--json", str(path)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    entries: list[dict[str, object]] = json.loads(done.stdout)
    return entries


def skipped(files: list[Path]) -> set[str]:
    """The feeds of earlier samples (a fresh sample looks at none of them)."""
    return {json.loads(line)["feed"] for f in files for line in f.read_text().splitlines()}


def draw(
    corpus: Path, seed: int, feeds: int, per_feed: int, skip: set[str], small: bool = False
) -> list[dict[str, object]]:
    rng = random.Random(seed)
    names = SMALL_POOL if small else POOL
    pool = [name for name in names if name not in skip and (corpus / name).is_file()]
    posts = []
    for name in sorted(rng.sample(pool, min(feeds, len(pool)))):
        entries = inspect(corpus / name)
        for number in sorted(rng.sample(range(len(entries)), min(per_feed, len(entries)))):
            entry = entries[number]
            posts.append(
                {"feed": name, "entry": number, "title": entry["title"], "link": entry["link"]}
                | {"post": entry["post"], "message": entry["message"]}
            )
    return posts


def rate(verdicts: Path) -> str:
    rows = [json.loads(line) for line in verdicts.read_text().splitlines() if line.strip()]
    judged = [r for r in rows if r.get("verdict") in ("publish", "reject")]
    good = sum(r["verdict"] == "publish" for r in judged)
    feeds = len({r["feed"] for r in judged})
    return (
        f"{good}/{len(judged)} = {good / max(len(judged), 1):.0%} publishable as is ({feeds} feeds)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--feeds", type=int, default=25)
    parser.add_argument("--per-feed", type=int, default=3)
    parser.add_argument("--skip", type=Path, nargs="*", default=[], help="earlier samples")
    parser.add_argument("--rate", type=Path, help="count the verdicts of a judged sample")
    parser.add_argument("--small", action="store_true", help="draw from the one-item feeds")
    args = parser.parse_args(argv)
    if args.rate:
        print(rate(args.rate))
        return 0
    corpus = args.corpus or default_corpus()
    skip = skipped(args.skip)
    for post in draw(corpus, args.seed, args.feeds, args.per_feed, skip, args.small):
        print(json.dumps(post, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
