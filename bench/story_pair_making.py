"""Making story pairs from real feeds for bench/story_pairs.py (and its test).

Reprints are made the ways sites carry each other's items; hard negatives are two items of
one feed; templated families are one opening with other numbers or names. Everything here
is seeded by the caller's `random.Random`, so a seed names one set of pairs.
"""

from __future__ import annotations

import html
import itertools
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from bot.compose.reading import read_text
from bot.matching.keys import story_url_keys
from bot.matching.similarity import lead_words, shingles
from bot.parsing.feeds import parse_feed
from bot.parsing.models import FeedEntry
from bot.text.cleaning import plain_text

WINDOW = 7 * 86400.0
# Openings this alike (shingle Jaccard of the first 60 words) make a pair a hard negative.
HARD = 0.2
MIN_WORDS = 40  # an item shorter than this after tag-stripping is not used
FAMILY_SIZE = 5
# Not feeds: attack payloads, notes, licences.
SKIPPED_FOLDERS = {"defusedxml"}
SKIPPED_SUFFIXES = {".md", ".tsv", ".txt", ".py", ".html", ".htm"}


@dataclass(frozen=True)
class FeedItems:
    """One feed's usable items."""

    source: str
    path: Path
    items: tuple[FeedEntry, ...]


@dataclass(frozen=True)
class Pair:
    """Two entries and where each was carried; `note` says what was done."""

    a_source: str
    a: FeedEntry
    b_source: str
    b: FeedEntry
    note: str
    # For two items of one feed: the shingle Jaccard of their openings.
    alike: float = 0.0


def load_feeds(root: Path) -> list[FeedItems]:
    """Every feed under `root` with at least one item of MIN_WORDS words, in path order."""
    feeds = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        if SKIPPED_FOLDERS & set(path.parts) or path.suffix.lower() in SKIPPED_SUFFIXES:
            continue
        if path.name.startswith(("LICENSE", ".")):
            continue
        try:
            parsed = parse_feed(path.read_bytes(), url=f"https://{path.stem}.example/feed")
        except Exception:  # noqa: BLE001 - not a feed, or one the parser refuses: not used
            continue
        items = tuple(
            e for e in parsed.entries if len(plain_text(e.content_html).split()) >= MIN_WORDS
        )
        if items:
            feeds.append(FeedItems(parsed.title or path.name, path, items))
    return feeds


# --- reprints ---------------------------------------------------------------------------

CREDITS_TOP = (
    "This article was originally published by {outlet} and is reprinted with permission.",
    "Republished with permission from {outlet}.",
    "Source: {outlet}",
)
CREDITS_END = (
    "This article first appeared on {outlet}.",
    "The post {title} appeared first on {outlet}.",
    "This story was originally published by {outlet}. Read the original here.",
    "Source: {outlet}",
)
PROMOS = (
    "Join our brand new verified Telegram channel and get important news uncensored!",
    "Subscribe to our newsletter to get the day's top stories in your inbox.",
    "Follow us on WhatsApp for breaking news.",
)
Edit = Callable[[random.Random, list[str], str, str], tuple[list[str], str]]


def _credit_top(
    rng: random.Random, paras: list[str], title: str, outlet: str
) -> tuple[list[str], str]:
    return [rng.choice(CREDITS_TOP).format(outlet=outlet), *paras], title


def _credit_end(
    rng: random.Random, paras: list[str], title: str, outlet: str
) -> tuple[list[str], str]:
    return [*paras, rng.choice(CREDITS_END).format(outlet=outlet, title=title)], title


def _promo_top(
    rng: random.Random, paras: list[str], title: str, outlet: str
) -> tuple[list[str], str]:
    return [rng.choice(PROMOS), *paras], title


def _drop_closing(
    rng: random.Random, paras: list[str], title: str, outlet: str
) -> tuple[list[str], str]:
    # The original's closing line (often its own credit or footer) left out.
    return (paras[:-1] if len(paras) > 2 else paras), title


def _trim(rng: random.Random, paras: list[str], title: str, outlet: str) -> tuple[list[str], str]:
    """The first paragraphs only: enough for MIN_WORDS words, and up to two more."""
    kept, words = [], 0
    for para in paras:
        kept.append(para)
        words += len(para.split())
        if words >= MIN_WORDS:
            break
    extra = rng.randint(0, 2)
    return paras[: len(kept) + extra], title


def _headline(
    rng: random.Random, paras: list[str], title: str, outlet: str
) -> tuple[list[str], str]:
    words = title.split()
    choices = [
        "Report: " + title,
        title.upper(),
        " ".join(words[: max(3, len(words) // 2)]) + " …",
        f"{title} | {outlet}",
    ]
    return paras, rng.choice(choices)


_COPY_EDITS = (
    (re.compile(r"\bsaid\b"), "says"),
    (re.compile(r"\bper cent\b"), "percent"),
    (re.compile(r"(\d)%"), r"\1 percent"),
    (re.compile(r"(\d),(\d{3})\b"), r"\1\2"),
    (re.compile(r"\bU\.S\."), "US"),
    (re.compile(r"\bthat\b "), ""),
    (re.compile(r" (very|really|also|just) "), " "),
)


def _copy_edit(
    rng: random.Random, paras: list[str], title: str, outlet: str
) -> tuple[list[str], str]:
    """Small desk edits: said/says, number formats, a word dropped."""
    text = "\n\n".join(paras)
    for pattern, by in rng.sample(_COPY_EDITS, k=3):
        text = pattern.sub(by, text, count=2)
    return text.split("\n\n"), title


def _typography(
    rng: random.Random, paras: list[str], title: str, outlet: str
) -> tuple[list[str], str]:
    table = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "--", "–": "-"})
    return [p.translate(table) for p in paras], title.translate(table)


EDITS: tuple[Edit, ...] = (
    _credit_top,
    _credit_end,
    _promo_top,
    _drop_closing,
    _trim,
    _headline,
    _copy_edit,
    _typography,
)


def _as_html(rng: random.Random, paras: list[str]) -> str:
    """Paragraphs as HTML, some characters as entities and some spaces as &nbsp;."""
    out = []
    for para in paras:
        escaped = html.escape(para, quote=False)
        if rng.random() < 0.5:
            escaped = escaped.replace("’", "&#8217;").replace("\u201c", "&ldquo;")
        if rng.random() < 0.3:
            escaped = escaped.replace(". ", ".&nbsp; ", 2)
        out.append(f"<p>{escaped}</p>")
    return "\n".join(out)


def reprint_pairs(rng: random.Random, feeds: list[FeedItems], count: int) -> Iterator[Pair]:
    """`count` items (a random feed, then a random item) each carried by another site."""
    seen: set[tuple[int, int]] = set()
    for number in range(count * 20):
        if len(seen) >= count:
            return
        f = rng.randrange(len(feeds))
        i = rng.randrange(len(feeds[f].items))
        if (f, i) in seen:
            continue
        seen.add((f, i))
        feed, original = feeds[f], feeds[f].items[i]
        text, _ = read_text(
            original.content_html, title=original.title, site_name=feed.source, site_url=None
        )
        paras = [p.strip() for p in text.split("\n\n") if p.strip()]
        edits = rng.sample(EDITS, k=rng.randint(2, 4))
        title = original.title
        for edit in edits:
            paras, title = edit(rng, paras, title, feed.source)
        link = f"https://reprints{number}.example/story"
        reprint = FeedEntry(
            f"r{number}", title, link, link, original.published_at, _as_html(rng, paras)
        )
        names = "+".join(e.__name__.strip("_") for e in edits)
        note = f"{feed.path.name} «{original.title[:60]}» with {names}"
        yield Pair(feed.source, original, "Reprints", reprint, note)


# --- hard negatives: two items of one feed --------------------------------------------


def _opening(entry: FeedEntry) -> set[str]:
    return set(shingles(lead_words(plain_text(entry.content_html))))


def _alike(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _different_items(a: FeedEntry, b: FeedEntry) -> bool:
    """Two entries that are not one story posted twice (same link, title or text), nor
    decided by URL before their text is read (links that differ in a #fragment only)."""
    if a.link == b.link or a.content_html == b.content_html:
        return False
    if set(story_url_keys(a.canonical_url)) & set(story_url_keys(b.canonical_url)):
        return False
    title_a, title_b = set(lead_words(a.title)), set(lead_words(b.title))
    return _alike(title_a, title_b) < 0.5


def _within_window(a: FeedEntry, b: FeedEntry) -> bool:
    if a.published_at is None or b.published_at is None:
        return True
    return abs(a.published_at - b.published_at) <= WINDOW


Scored = tuple[float, FeedItems, FeedEntry, FeedEntry]


def _round_robin(rng: random.Random, scored: list[Scored], count: int) -> list[Scored]:
    """Up to `count` pairs taken from each feed in turn, so that no one feed's series fills
    the sample (every newsletter feed of the corpus gets in)."""
    by_feed: dict[Path, list[Scored]] = {}
    for item in scored:
        by_feed.setdefault(item[1].path, []).append(item)
    queues = [rng.sample(pairs, len(pairs)) for _, pairs in sorted(by_feed.items())]
    rng.shuffle(queues)
    picked: list[Scored] = []
    while len(picked) < count and any(queues):
        for queue in queues:
            if queue and len(picked) < count:
                picked.append(queue.pop())
    return picked


def same_feed_pairs(rng: random.Random, feeds: list[FeedItems], count: int) -> list[Pair]:
    """`count` pairs of different items of one feed within the story window: half from the
    pairs whose openings are alike (shingle Jaccard >= HARD), feed by feed, the rest at
    random."""
    scored: list[Scored] = []
    for feed in feeds:
        openings = [_opening(e) for e in feed.items]
        for i, j in itertools.combinations(range(len(feed.items)), 2):
            a, b = feed.items[i], feed.items[j]
            if _within_window(a, b) and _different_items(a, b):
                scored.append((_alike(openings[i], openings[j]), feed, a, b))
    hard = [s for s in scored if s[0] >= HARD]
    rest = [s for s in scored if s[0] < HARD]
    picked = _round_robin(rng, hard, count // 2)
    picked += rng.sample(rest, min(len(rest), count - len(picked)))
    return [
        Pair(
            feed.source,
            a,
            feed.source,
            b,
            f"{feed.path.name} «{a.title[:50]}» / «{b.title[:50]}» (J {alike:.2f})",
            alike,
        )
        for alike, feed, a, b in picked
    ]


# --- templated families: one frame, other numbers or names ----------------------------

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# A capitalised word inside a sentence (the generator's own notion, not the matcher's).
_INNER_NAME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]{2,}\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _frame(entry: FeedEntry) -> str | None:
    """The item's opening sentences, 20 to 60 words, or None."""
    sentences = _SENTENCE.split(plain_text(entry.content_html).strip())
    frame: list[str] = []
    for sentence in sentences:
        frame.append(sentence)
        words = len(" ".join(frame).split())
        if words >= 20:
            return " ".join(frame) if words <= 60 else None
    return None


def _other_number(rng: random.Random, number: str) -> str:
    """Another number written alike: as many digits, the same separators."""
    digits = [c for c in number if c.isdigit()]
    while True:
        new = [str(rng.randint(1 if i == 0 else 0, 9)) for i in range(len(digits))]
        if new != digits:
            break
    it = iter(new)
    return "".join(next(it) if c.isdigit() else c for c in number)


def _filler(
    rng: random.Random, slot: re.Pattern[str], names: list[str], used: set[str]
) -> Callable[[re.Match[str]], str]:
    """What replaces each number (another of its form) or name (another name), never one
    another item of the family has at that place (`used` holds "place:value")."""

    def fill(match: re.Match[str]) -> str:
        while True:
            value = _other_number(rng, match.group()) if slot is _NUMBER else rng.choice(names)
            if f"{match.start()}:{value}" not in used and value != match.group():
                used.add(f"{match.start()}:{value}")
                return value

    return fill


def template_families(
    rng: random.Random, feeds: list[FeedItems], count: int
) -> list[tuple[str, list[FeedEntry], str]]:
    """`count` families of FAMILY_SIZE items: one item's opening with every number (or, for
    every other family, every inner name) replaced; (source, items, note)."""
    names = sorted(
        {
            m.group()
            for f in feeds
            for e in f.items
            for m in _INNER_NAME.finditer(e.title + " " + plain_text(e.content_html))
        }
    )
    frames = [(f, e, frame) for f in feeds for e in f.items if (frame := _frame(e))]
    by_numbers = [x for x in frames if len(_NUMBER.findall(x[2])) >= 2]
    by_names = [x for x in frames if len(_INNER_NAME.findall(x[2])) >= 2]
    families = []
    for number in range(count):
        pool, slot = (by_numbers, _NUMBER) if number % 2 == 0 else (by_names, _INNER_NAME)
        if not pool:
            continue
        feed, entry, frame = rng.choice(pool)
        items, used_text, used_title = [], set[str](), set[str]()
        for k in range(FAMILY_SIZE):
            fill, fill_title = (
                _filler(rng, slot, names, used_text),
                _filler(rng, slot, names, used_title),
            )
            text, title = slot.sub(fill, frame), slot.sub(fill_title, entry.title)
            link = f"https://templated{number}.example/item-{k}"
            items.append(
                replace(
                    entry,
                    key=f"t{number}-{k}",
                    title=title,
                    link=link,
                    canonical_url=link,
                    content_html=f"<p>{html.escape(text)}</p>",
                )
            )
        kind = "numbers" if slot is _NUMBER else "names"
        families.append((feed.source, items, f"{feed.path.name} «{frame[:70]}» ({kind})"))
    return families
