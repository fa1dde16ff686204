"""A feed's own boilerplate, learned from its entries: sentences and lines that recur at the
edges of many different stories (newsletter intros, taglines, "Read full article >>").

Pure: `learn` takes the feed's state and new entries and returns the new state; storage keeps
it as JSON. Cleaning drops a learned unit wherever it appears (`is_boilerplate`).
"""

from __future__ import annotations

import hashlib
import json
import re
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from html import unescape
from itertools import islice

import numpy as np

from bot.text.blocks import is_sentence_end

# A unit is learned once it was seen at an edge of this many entries of different stories.
MIN_STORIES = 3
# The first and the last units of an entry are its edges: where sites put their furniture.
EDGE_UNITS = 6
# Units shorter than this are too common to be a site's own ("Yes.", "Thank you.").
MIN_WORDS = 3
# Entries read per check at most (a new feed's first fetch can hold hundreds; the newest are
# enough to learn from, and the rest would only cost time).
MAX_ENTRIES_READ = 100
# Bounds on one feed's state (about 10 KB as JSON at most).
MAX_CANDIDATES = 120
MAX_LEARNED = 40
# A candidate not seen again within this time is forgotten; a learned unit not seen for
# LEARNED_DAYS is too (the site changed its template).
CANDIDATE_DAYS = 30
LEARNED_DAYS = 120
# Story signatures: this many MinHash values over word 3-shingles of title and text; two
# entries agreeing on SAME_STORY_VALUES of them are one story (told twice, or updated).
SIGNATURE_VALUES = 4
SAME_STORY_VALUES = 2

# The signature reads this far: past a newsletter's shared intro (~60 words), or two issues
# would sign as one story and their intro would never be learned.
_SIGNATURE_CHARS = 1500
_DAY = 86400.0
_WORD = re.compile(r"\w+")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Universal hashing modulo a prime below 2**31: a 32-bit crc times a multiplier stays below 2**63.
_PRIME = np.uint64(2_147_483_647)
_MULTIPLIERS = np.array([1_103_515_245, 214_013, 69_069, 1_664_525], dtype=np.uint64)
_OFFSETS = np.array([12_345, 2_531_011, 1, 1_013_904_223], dtype=np.uint64)
_HEAD_CHARS = 16_000
_TAIL_CHARS = 8_000


@dataclass(frozen=True)
class Candidate:
    """A unit seen at entries' edges: the stories it was seen in (their signatures)."""

    key: str
    stories: tuple[str, ...]
    last_seen: float


@dataclass(frozen=True)
class FeedBoilerplate:
    """One feed's learned units (keys) and the candidates still being counted."""

    learned: tuple[tuple[str, float], ...] = ()
    candidates: tuple[Candidate, ...] = ()

    @property
    def phrases(self) -> frozenset[str]:
        """The keys of the learned units, for cleaning."""
        return frozenset(key for key, _ in self.learned)

    def to_json(self) -> str:
        """The state as compact JSON, for storage."""
        return json.dumps(
            {
                "learned": [[k, round(t)] for k, t in self.learned],
                "candidates": [
                    [c.key, list(c.stories), round(c.last_seen)] for c in self.candidates
                ],
            },
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str | None) -> FeedBoilerplate:
        """The state stored as JSON; an empty state for None or unreadable JSON."""
        try:
            data = json.loads(text) if text else {}
            return cls(
                tuple((str(k), float(t)) for k, t in data.get("learned", ())),
                tuple(
                    Candidate(str(k), tuple(map(str, s)), float(t))
                    for k, s, t in data.get("candidates", ())
                ),
            )
        except (ValueError, TypeError):
            return cls()


@dataclass(frozen=True)
class LearnedBoilerplate:
    """What a check learnt: the phrases to leave out, and the state to store (None: as stored)."""

    phrases: frozenset[str]
    changed_state: str | None

    @classmethod
    def since(cls, stored: str | None, state: FeedBoilerplate) -> LearnedBoilerplate:
        """`state` against the JSON stored before the check."""
        as_json = state.to_json()
        return cls(state.phrases, None if as_json == stored else as_json)


@dataclass(frozen=True)
class EntryText:
    """What the learner reads of one entry: its title and its HTML or text."""

    title: str
    html: str


def split_units(line: str) -> list[str]:
    """The sentences of one line of text, as cleaning and learning both cut them."""
    out, start = [], 0
    for match in _END_MARK.finditer(line):
        i = match.start()
        if is_sentence_end(line, i):
            out.append(line[start : i + 1])
            start = i + 1
    out.append(line[start:])
    return [s for s in out if s.strip()]


def unit_key(unit: str) -> str | None:
    """The key a unit is learned and recognised by (case and punctuation ignored)."""
    # Digits count: "story 3" and "story 4" differ, as two dated lines do.
    words = _WORD.findall(unit.casefold())
    # A two-word exclamation is a show's or blog's sign-off ("Go Podcasting!", "Happy hacking!")
    # when it recurs at the edges of three stories; a two-word statement is too common.
    least = MIN_WORDS - 1 if unit.rstrip().endswith("!") else MIN_WORDS
    # A script written without spaces runs a sentence into one "word": about two characters
    # make a word there ("这里记录每周值得分享的科技内容，周五发布。", ruanyifeng's weekly intro).
    if sum(max(1, len(_UNSPACED.findall(w)) // 2) for w in words if not w.isdigit()) < least:
        return None
    return hashlib.blake2b(" ".join(words).encode(), digest_size=8).hexdigest()


def is_boilerplate(unit: str, phrases: frozenset[str]) -> bool:
    """Whether a unit (sentence or line) is one of a feed's learned ones."""
    return bool(phrases) and unit_key(unit) in phrases


def strip_boilerplate(text: str, phrases: frozenset[str]) -> str:
    """`text` (lines of plain text) without the learned units."""
    if not phrases:
        return text
    lines = (
        "".join(u for u in split_units(ln) if not is_boilerplate(u, phrases))
        for ln in text.split("\n")
    )
    return "\n".join(ln.strip() for ln in lines)


def _first_units(line: str, count: int) -> list[str]:
    """split_units(line)[:count], without looking past the count-th unit."""
    out, start = [], 0
    for match in _END_MARK.finditer(line):
        i = match.start()
        if is_sentence_end(line, i):
            if line[start : i + 1].strip():
                out.append(line[start : i + 1])
                if len(out) == count:
                    return out
            start = i + 1
    if line[start:].strip():
        out.append(line[start:])
    return out


def _last_units(line: str, count: int) -> list[str]:
    """split_units(line)[-count:], judging sentence ends from the line's end."""
    # Where a line is cut does not depend on the cuts before it, so they can be found
    # backwards; is_sentence_end is the costly part of splitting.
    out, end = [], len(line)
    for i in reversed([m.start() for m in _END_MARK.finditer(line)]):
        if is_sentence_end(line, i):
            if line[i + 1 : end].strip():
                out.append(line[i + 1 : end])
                if len(out) == count:
                    return out[::-1]
            end = i + 1
    if line[:end].strip():
        out.append(line[:end])
    return out[::-1]


def _edges(head_texts: Iterable[str], tail_texts: Iterable[str]) -> list[str]:
    """The first and last EDGE_UNITS units; `tail_texts` come last first, and only the
    blocks the edges lie in are read and split."""
    head: list[str] = []
    for text in head_texts:
        head += _first_units(text, EDGE_UNITS - len(head))
        if len(head) >= EDGE_UNITS:
            break
    tail: list[str] = []
    for text in tail_texts:
        tail = _last_units(text, EDGE_UNITS - len(tail)) + tail
        if len(tail) >= EDGE_UNITS:
            break
    return head + tail


# Hand-written instead of blocks.to_blocks: learning reads every new entry of every check (a
# new feed's hundreds), and only needs each block's words, which a split on block tags gives
# at a fraction of an HTML parse's cost. Units are keyed by their words, so what the two
# readings differ in (spacing, punctuation) does not change a key.
_SKIPPED = re.compile(r"<(script|style|template|svg|noscript)\b.*?</\1\s*>", re.I | re.S)
_BLOCK_TAG = re.compile(
    r"<(?:/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|section|article|header|footer|figure"
    r"|figcaption|table|tr|td|th|pre|hr|dd|dt|dl|nav|aside|main|address))\b[^>]*>",
    re.I,
)
_TAG = re.compile(r"<[^>]*>")
_END_MARK = re.compile(r"[.!?…]")


class _Blocks:
    """The words of an HTML text's blocks, each block read when first asked for."""

    # Learning needs the blocks at both ends only (edges, and the lead for the signature):
    # reading the middle blocks of every new entry cost a quarter of learning (measured on
    # the bench's news feeds: _read 0.083 ms an entry, 0.021 of it making every block's text).

    def __init__(self, html: str) -> None:
        if "<" not in html:
            self._lines = html.split("\n")
        else:
            self._lines = _BLOCK_TAG.split(_SKIPPED.sub(" ", html))
        self._texts: dict[int, str] = {}

    def _text(self, i: int) -> str:
        text = self._texts.get(i)
        if text is None:
            line = self._lines[i]
            # Most pieces between two block tags are empty or blank (TIME: 42 an entry).
            blank = not line or line.isspace()
            text = self._texts[i] = "" if blank else " ".join(unescape(_TAG.sub("", line)).split())
        return text

    def forwards(self) -> Iterator[str]:
        """The non-empty blocks, first to last."""
        return (t for t in map(self._text, range(len(self._lines))) if t)

    def backwards(self) -> Iterator[str]:
        """The non-empty blocks, last to first."""
        return (t for t in map(self._text, reversed(range(len(self._lines)))) if t)


def _opening(title: str, head: _Blocks) -> str:
    """The first _SIGNATURE_CHARS characters of the title and the text, blocks joined by a
    space; only the blocks needed are read."""
    parts, length = [title], len(title)
    for text in head.forwards():
        if length >= _SIGNATURE_CHARS:
            break
        parts.append(text)
        length += 1 + len(text)
    return " ".join(parts)[:_SIGNATURE_CHARS]


def _read(entry: EntryText) -> tuple[dict[str, None], str]:
    """The keys of an entry's edge units (in the order they appear), and its story signature."""
    # A long article is read at its two ends only (its edges and its lead); the tail is
    # read from a tag's start so that no half tag becomes text.
    html = entry.html
    if len(html) <= _HEAD_CHARS + _TAIL_CHARS:
        head = tail = _Blocks(html)
    else:
        cut = html.find("<", len(html) - _TAIL_CHARS)
        head, tail = _Blocks(html[:_HEAD_CHARS]), _Blocks(html[cut:] if cut >= 0 else "")
    # Ordered, not a set: candidates tied at the cap are kept by first occurrence, and a
    # set's order of strings changes with PYTHONHASHSEED (a state that differs run to run).
    edges = _edges(head.forwards(), tail.backwards())
    keys = dict.fromkeys(k for k in map(unit_key, edges) if k is not None)
    first_two = list(islice(head.forwards(), 2))
    if len(first_two) == 1 and len(only := first_two[0]) >= _MIN_CUT_WIDTH:
        if not _STOPPED.search(only):
            keys[f"{_WIDTH_KEY}{len(only)}"] = None
    words = _WORD.findall(_opening(entry.title, head).casefold())
    # zip and map(" ".join) build the shingles at C speed (a generator of slices cost as
    # much as the hashing); with fewer than three words the one shingle is what there is.
    triples = zip(words, words[1:], words[2:], strict=False) if len(words) >= 3 else [words]
    shingles = map(str.encode, map(" ".join, triples))
    # crc32 once a shingle (stable across processes: signatures are stored), then four
    # universal hashes of it at once; the smallest 16 bits of each are the signature.
    hashes = np.fromiter(map(zlib.crc32, shingles), dtype=np.uint64)
    values = ((hashes[:, None] * _MULTIPLIERS + _OFFSETS) % _PRIME & 0xFFFF).min(axis=0)
    return keys, "".join(f"{int(v):04x}" for v in values)


# A feed that cuts its descriptions at a fixed width ("… standard or stock colu" at 100
# characters) shows it: one-line descriptions without a stop, of one length, in different
# stories. Learned as a unit is, under a key of its own ("width:100"); a line that long by
# chance in three stories shows no single width but several, and is no cut.
_WIDTH_KEY = "width:"
_MIN_CUT_WIDTH = 60
_STOPPED = re.compile(r"[.!?…。！？।؟۔][\"'”’»)\]]*$")


def cut_widths(phrases: frozenset[str]) -> frozenset[int]:
    """The width a feed cuts its descriptions at, as learned (with the lengths a trimmed or
    collapsed space leaves); none when what was learned shows no single width."""
    widths = {int(k[len(_WIDTH_KEY) :]) for k in phrases if k.startswith(_WIDTH_KEY)}
    if not widths or max(widths) - min(widths) > 2:
        return frozenset()
    return frozenset(range(min(widths) - 2, max(widths) + 1))


def same_story(a: str, b: str) -> bool:
    """Whether two story signatures agree on enough MinHash values to be one story."""
    agree = sum(a[i : i + 4] == b[i : i + 4] for i in range(0, min(len(a), len(b)), 4))
    return agree >= SAME_STORY_VALUES


def learn(state: FeedBoilerplate, entries: Iterable[EntryText], *, now: float) -> FeedBoilerplate:
    """The state after reading new entries: units at the edges of MIN_STORIES different
    stories are learned; stale and surplus ones are forgotten."""
    learned = dict(state.learned)
    candidates = {c.key: c for c in state.candidates}
    for entry in islice(entries, MAX_ENTRIES_READ):
        keys, signature = _read(entry)
        for key in keys:
            if key in learned:
                learned[key] = now
                continue
            old = candidates.get(key, Candidate(key, (), now))
            if any(same_story(signature, s) for s in old.stories):
                candidates[key] = replace(old, last_seen=now)
                continue
            stories = (*old.stories, signature)
            if len(stories) >= MIN_STORIES:
                learned[key] = now
                candidates.pop(key, None)
            else:
                candidates[key] = Candidate(key, stories, now)
    return _bounded(learned, candidates.values(), now=now)


def _bounded(
    learned: dict[str, float], candidates: Iterable[Candidate], *, now: float
) -> FeedBoilerplate:
    """The state within its bounds; ties at a cap keep the first seen (sorted is stable)."""
    keep = sorted(
        ((k, t) for k, t in learned.items() if t >= now - LEARNED_DAYS * _DAY),
        key=lambda kt: -kt[1],
    )[:MAX_LEARNED]
    fresh: Sequence[Candidate] = sorted(
        (c for c in candidates if c.last_seen >= now - CANDIDATE_DAYS * _DAY),
        key=lambda c: (-len(c.stories), -c.last_seen),
    )[:MAX_CANDIDATES]
    return FeedBoilerplate(tuple(sorted(keep)), tuple(sorted(fresh, key=lambda c: c.key)))
