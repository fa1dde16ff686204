"""Post quality over the corpus's news feeds: how many posts an automatic check flags, per
defect class of issue 11, and how long preparing an entry takes.

Run: .venv/bin/python bench/post_quality.py [--corpus DIR] [--eval] [--examples N] [--json]
The corpus is --corpus, else $NEWSBOT_CORPUS, else ../shared/corpus, else tests/data/corpus.
--eval adds $NEWSBOT_EVAL/feeds (default ../shared/eval/feeds). Every entry of every news feed
is composed and rendered as the service would (page fetches off, default voice); each post is
then checked by detectors written from what a reader sees, not from how newsbot fixes it."""

# Long module because the nine detectors are the point of the benchmark and read best side by
# side; each is small.

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

REPO = Path(__file__).resolve().parents[1]
# Appended, not prepended: run with another checkout's interpreter, the installed `bot` is that
# checkout's (how the before/after figures are taken).
if str(REPO) not in sys.path:
    sys.path.append(str(REPO))

from ftfy.badness import is_bad  # noqa: E402
from tld import get_tld  # noqa: E402

from bench.servefeeds import news_feed_files  # noqa: E402
from bot.compose.aggregation import aggregated_feed  # noqa: E402
from bot.compose.entry import (  # noqa: E402
    compose_entry,
    learn_boilerplate,
    source_name,
)
from bot.parsing.feeds import NotAFeed, parse_feed  # noqa: E402
from bot.render.content import PostContent  # noqa: E402
from bot.text.boilerplate import FeedBoilerplate  # noqa: E402

# News outlets of the corpus beyond the benchmark's served set (corpus/SOURCES.md lists them).
MORE_NEWS = [
    "node-feedparser/test/feeds/tpm.atom",
    "node-feedparser/test/feeds/wapowellness.xml",
    "node-feedparser/test/feeds/category-feed.xml",
    "node-feedparser/test/feeds/mediacontent-dupes.xml",
    "node-feedparser/test/feeds/iconv.xml",
    "miniflux-v2/internal/reader/parser/testdata/rdf_UTF8.xml",
    "miniflux-v2/internal/reader/parser/testdata/urdu_UTF8.xml",
    "miniflux-v2/internal/reader/parser/testdata/encoding_ISO-8859-1.xml",
    "feed-rs/feed-rs/fixture/rss2/rss_2.0_nbcny.xml",
    "feed-rs/feed-rs/fixture/rss2/rss_2.0_ilgiornale.xml",
    "feed-rs/feed-rs/fixture/rss2/rss_2.0_ilmessaggero.xml",
    "feed-rs/feed-rs/fixture/rss2/rss_2.0_bbc.xml",
    "feed-rs/feed-rs/fixture/rss2/rss_2.0_wirecutter.xml",
    "feedjira/spec/sample_feeds/TechCrunch.xml",
    "feedjira/spec/sample_feeds/HuffPostCanada.xml",
    "rss-parser/test/input/heise.atom",
]
CLASSES = {
    1: "credit names a section or a domain, not the site",
    2: "summary cut mid-sentence (ends in an ellipsis)",
    3: "mojibake in headline, summary or credit",
    4: "junk hashtag",
    5: "tracking or redirect link, or no link",
    6: "boilerplate, widget or navigation in the lead",
    7: "structure lost (glued heading, ends on a fragment)",
    8: "byline or site label at the start",
    9: "literal markup in the headline, or headline repeated",
}


@dataclass(frozen=True)
class Post:
    """One rendered entry, as the checks see it."""

    feed: str
    content: PostContent
    html: str
    # What the feed's channel says of itself, as written (title, description, logo title).
    feed_text: str = ""


# 1. A credit is a section when it is a bare section word, names a feed/search rather than
# a site, strings section parts together, or is a host name newsbot made up from an address.
# A site that styles its own name as a domain ("Golem.de", "FAZ.NET", "news.ORF.at",
# "www.finanzen.net") writes it so, letter for letter, in its feed's title or description:
# that is its brand, which an editor publishes as is; "economist.com" for a feed titled
# "Asia" is not.
_SECTIONS = set(
    "world asia europe africa americas us uk home news latest top stories top news business "
    "tech technology science culture politics sport sports international opinion health "
    "entertainment stem economy national local breaking lifestyle travel".split()
)
_SECTION_PHRASES = re.compile(r"\b(?:feed|rss|search|records found|home ?page|latest)\b", re.I)
_DOMAIN = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)+$")


def _is_host(name: str) -> bool:
    """A host name: dotted labels ending in a real top-level domain ("Яндекс.Новости" is a
    product's name, not a host)."""
    return (
        bool(_DOMAIN.match(name))
        and get_tld(name, fix_protocol=True, fail_silently=True) is not None
    )


def _site_writes(name: str, feed_text: str) -> bool:
    """Whether the feed's own channel text has the name, as written, as a whole word."""
    bounded = r"(?:^|[\s(\[\"'«]|www\.)" + re.escape(name) + r"(?=$|[\s,.;:!?)\]\"'»])"
    return bool(re.search(bounded, feed_text))


def section_credit(post: Post) -> bool:
    # An aggregated feed's item: "github.com via Hacker News" is judged by both names.
    names = (post.content.source_name, post.content.carried_via or "")
    return any(_section_name(n, post.feed_text) for n in names if n)


def _section_name(name: str, feed_text: str) -> bool:
    name = name.strip()
    words = name.lower().replace("&", " ").split()
    if " ".join(words) in _SECTIONS or (words and all(w in _SECTIONS for w in words)):
        return True
    if _SECTION_PHRASES.search(name) or (_is_host(name) and not _site_writes(name, feed_text)):
        return True
    return len(re.findall(r"\s[-–—:|>]\s", name)) >= 1 or len(name) > 40


# 2. A teaser's cut: the summary ends on an ellipsis, or an ellipsis is followed by a tagline.
_ELLIPSIS_END = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\]|\[\+\d+ chars\])\s*$")
_ELLIPSIS_TAGLINE = re.compile(r"(?:…|\.\.\.)\s+[^.!?]{0,120}\s[-–|]\s[^.!?]*$")


def cut_teaser(post: Post) -> bool:
    summary = post.content.summary
    return bool(_ELLIPSIS_END.search(summary) or _ELLIPSIS_TAGLINE.search(summary))


# 3. Mojibake: ftfy's own detector, and replacement characters.
def mojibake(post: Post) -> bool:
    texts = (post.content.title, post.content.summary, post.content.source_name)
    return any(is_bad(t) or "\ufffd" in t for t in texts)


# 4. Junk hashtags: what the examples are instances of.
_JUNK_TAG = re.compile(
    r"#(?:(?i:uncategori[sz]ed|paid|paywall\w*|premium|members?_only\w*|\w*_members_only|"
    r"homepage_\w+|db_\w+|\w*_?amp_\w*|\w*a_href\w*|\d+|general|misc|featured|"
    r"top_stories|\w*news_desk\w*|primo_piano\w*)|[a-z]{2,}[A-Z]\w*|"
    # lower-case slugs of four words or more
    r"(?:[a-z0-9]+_){3,}[a-z0-9]+)$"
)
_CONNECTORS = {"and", "of", "the", "de", "for", "in", "y", "et", "und", "e", "d", "s"}


def junk_hashtag(post: Post) -> bool:
    for tag in post.content.tags:
        words = tag[1:].split("_")
        # A comma list merged into one tag: many capitalised words and no connecting word
        # ("#Environment_Fisheries_Politics_Argentina_International_United_States").
        merged = len(words) >= 6 and not _CONNECTORS & {w.lower() for w in words}
        if merged or _JUNK_TAG.fullmatch(tag):
            return True
    return False


# 5. Links: none, not http(s), a redirector, or a tracking parameter kept.
_TRACKING = re.compile(
    r"utm_\w+|maca|wt_\w+|icid|at_\w+|ocid|cmpid|xtor|mc_cid|mc_eid|fbclid|gclid|feedtype|"
    r"feedname|wprss|smid|cmp|ito|ns_\w+",
    re.I,
)
_REDIRECTOR = re.compile(
    r"feedproxy\.google\.com|feeds\.feedburner\.com|feedsportal\.com|pheedo|/~r/|click\.|"
    r"/redirect|track\.",
    re.I,
)


def bad_link(post: Post) -> bool:
    link = post.content.link
    if not link:
        return True
    parts = urlsplit(link)
    if parts.scheme not in ("http", "https") or _REDIRECTOR.search(link):
        return True
    return any(_TRACKING.fullmatch(k) for k, _ in parse_qsl(parts.query))


# 6. Boilerplate in the lead: prompts, navigation, widgets and shortcodes. A shortcode has an
# attribute, a hyphenated name or a closing slash ("[time-brightcove not-tgx=”true”]",
# "[/embed]"); a bracketed word is the writer's ("feel[s]", "[Donald] Trump",
# "benzo[a]pyrene"). "Share this" prompts name what to share ("market share this year" and
# "I share this to be transparent" are sentences); the furniture word is "Advertisement",
# not "The advertisements that air …".
_BOILERPLATE = re.compile(
    r"\bsubscribe\b|\bnewsletter\b|read (?:the )?full (?:article|story)|rss feed version|"
    r"listen to this (?:post|article)|table of contents|click here|sign up|continue reading|"
    r"appeared first on|follow us|pic\.twitter\.com|\(@\w+\)|"
    r"(?-i:\[/?[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+(?:\s[^\]]*)?\]|\[[a-z][\w-]*\s[^\]]*=[^\]]*\]"
    r"|\[/[a-z][\w-]*\])|"
    r"share this (?:article|story|post|page)|related articles?|\badvertisement\b(?!s)"
    r"|^\s*(?:home|menu)\b",
    re.I,
)


def boilerplate(post: Post) -> bool:
    return bool(_BOILERPLATE.search(post.content.summary))


# 7. Structure lost: The Week's section heads run into the text, a summary ending without
# a sentence end or on an honorific, a heading glued before a sentence ("defeat The ousted").
# Other scripts' full stops and question marks end sentences too (Urdu "۔", Arabic "؟",
# Devanagari "।"): the 26 Urdu posts flagged before ended on "۔".
_ENDS_SENTENCE = re.compile(r"""[.!?…。！？۔؟।։።။]["'”»’)\]]*\s*$""")
_ENDS_ON_TITLE = re.compile(r"\b(?:Hon|Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|St)\.\s*$")
_GLUED = re.compile(r"\b[a-z]{3,} (?:The|A|An|In|On|At|After|Before|As|When) [a-z]+ [A-Z]")


def structure_lost(post: Post) -> bool:
    summary = post.content.summary.strip()
    if not summary:
        return False
    if "What happened" in summary and "Who said what" in summary:
        return True
    return not _ENDS_SENTENCE.search(summary) or bool(
        _ENDS_ON_TITLE.search(summary) or _GLUED.search(summary)
    )


# 8. A byline or a site label opens the summary. A word in capitals followed by one in lower
# case is the sentence's subject, not a label ("NVIDIA is participating", "PAGASA says",
# "GLP-1 weight loss"), as is the site's name followed by a verb ("TIME has published");
# a content warning, spoiler alert or correction is a notice to the reader, not a label.
_BYLINE = re.compile(r"^(?:By|Par|Von|Por|Di|От|Автор)\s+[A-ZА-Я][\w.'-]+(?:\s+[A-ZА-Я][\w.'-]+)")
_LABEL = re.compile(r"^[A-Z0-9][A-Z0-9.\-]{4,}\b(?!\s+[a-z])")
_READER_NOTICE = re.compile(r"^(?:WARNING|SPOILER ALERT|CORRECTION)\b")


def byline_first(post: Post) -> bool:
    summary = post.content.summary.strip()
    site = post.content.source_name.strip().lower()
    if _READER_NOTICE.match(summary):
        return False
    site_first = bool(site) and summary.lower().startswith(site + " ")
    subject = site_first and summary[len(site) + 1 : len(site) + 2].islower()
    return bool(_BYLINE.match(summary) or _LABEL.match(summary) or (site_first and not subject))


# 9. The headline shows markup, or the summary starts by repeating it.
_MARKUP = re.compile(r"</?[a-zA-Z][^<>]*>|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")


def headline_defect(post: Post) -> bool:
    title = post.content.title
    if _MARKUP.search(title):
        return True
    words = re.findall(r"\w+", title.lower())
    summary_words = re.findall(r"\w+", unescape(post.content.summary).lower())
    return len(words) >= 4 and summary_words[: len(words)] == words


CHECKS: dict[int, Callable[[Post], bool]] = {
    1: section_credit,
    2: cut_teaser,
    3: mojibake,
    4: junk_hashtag,
    5: bad_link,
    6: boilerplate,
    7: structure_lost,
    8: byline_first,
    9: headline_defect,
}


def default_corpus() -> Path:
    """$NEWSBOT_CORPUS, else the shared corpus beside the repository, else the carried copy."""
    if given := os.environ.get("NEWSBOT_CORPUS"):
        return Path(given)
    shared = REPO.parent / "shared" / "corpus"
    return shared if shared.is_dir() else REPO / "tests" / "data" / "corpus"


def feed_files(corpus: Path, with_eval: bool) -> list[Path]:
    """The news feeds present in `corpus` (the carried copy lacks a few), plus eval's feeds."""
    files = [*news_feed_files(corpus), *(corpus / name for name in MORE_NEWS)]
    if with_eval:
        eval_dir = Path(os.environ.get("NEWSBOT_EVAL") or REPO.parent / "shared" / "eval")
        files += sorted((eval_dir / "feeds").glob("*.xml"))
    return [f for f in files if f.is_file()]


def render_feed(path: Path, timings: list[float], parsing: list[float]) -> list[Post]:
    """Every entry of one feed file composed and rendered (page fetches off)."""
    body = path.read_bytes()
    started = time.process_time()
    try:
        parsed = parse_feed(body, url=path.resolve().as_uri())
    except NotAFeed:
        return []
    # CPU time, so that other processes on the machine count less; per entry of the feed.
    parsing += [(time.process_time() - started) / max(len(parsed.entries), 1)] * len(parsed.entries)
    # The name posts credit when none is stored yet (as /preview and inspect name a feed).
    source = source_name(parsed.title, parsed.site_url, path.resolve().as_uri(), parsed.channel)
    # Boilerplate learned from the feed's entries, as on its first check (and as /preview and
    # inspect do); the learning's time is not part of preparing an entry.
    learned = learn_boilerplate(FeedBoilerplate(), parsed.entries, now=time.time()).phrases
    channel = parsed.channel
    aggregated = aggregated_feed(parsed, path.resolve().as_uri())
    feed_text = "\n".join(t or "" for t in (parsed.title, channel.description, channel.image_title))
    posts = []
    for entry in parsed.entries:
        started = time.perf_counter()
        composed = compose_entry(
            entry,
            source=source,
            source_url=parsed.site_url,
            language=parsed.language,
            summary_chars=600,
            max_tags=3,
            boilerplate=learned,
            aggregated=aggregated,
        )
        timings.append(time.perf_counter() - started)
        assert composed.content is not None
        posts.append(Post(path.name, composed.content, composed.html, feed_text))
    return posts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--eval", action="store_true", help="add the eval set's feeds")
    parser.add_argument("--examples", type=int, default=0, help="flagged posts shown per class")
    parser.add_argument("--json", action="store_true", help="figures as JSON")
    args = parser.parse_args(argv)
    corpus = args.corpus or default_corpus()
    files = feed_files(corpus, args.eval)
    timings: list[float] = []
    parsing: list[float] = []
    posts = [post for path in files for post in render_feed(path, timings, parsing)]
    flagged = {n: [p for p in posts if check(p)] for n, check in CHECKS.items()}
    total = max(len(posts), 1)
    figures = {
        "corpus": str(corpus),
        "feeds": len(files),
        "posts": len(posts),
        "prepare_ms_median": round(statistics.median(timings) * 1000, 2) if timings else None,
        "parse_cpu_ms_mean": round(statistics.fmean(parsing) * 1000, 3) if parsing else None,
        "classes": {
            n: {"what": CLASSES[n], "flagged": len(f), "rate": round(len(f) / total, 4)}
            for n, f in flagged.items()
        },
    }
    if args.json:
        print(json.dumps(figures, indent=2, ensure_ascii=False))
        return 0
    print(f"corpus {corpus}: {len(files)} news feeds, {len(posts)} posts")
    print(f"preparing an entry (compose + render): median {figures['prepare_ms_median']} ms")
    print(f"parsing (CPU, per entry): mean {figures['parse_cpu_ms_mean']} ms")
    for n, found in flagged.items():
        print(f"{n}. {CLASSES[n]:<55} {len(found):>6} {len(found) / total:>7.1%}")
        feeds = Counter(p.feed for p in found)
        for post in found[: args.examples]:
            print(f"     {post.feed}: {post.content.title[:70]!r}")
            print(f"       {_evidence(n, post)[:160]!r}")
        if args.examples and feeds:
            print("     feeds: " + ", ".join(f"{f} {c}" for f, c in feeds.most_common(6)))
    return 0


def _evidence(n: int, post: Post) -> str:
    content = post.content
    return {
        1: content.source_name + (f" via {content.carried_via}" if content.carried_via else ""),
        4: " ".join(content.tags),
        5: content.link or "(no link)",
        9: content.title,
    }.get(n, content.summary)


if __name__ == "__main__":
    raise SystemExit(main())
