"""A feed's own boilerplate, learned from its entries: sentences and lines that recur at the
edges of many different stories (newsletter intros, taglines, "Read full article >>").

Pure: `learn` takes the feed's state and new entries and returns the new state; storage keeps
it as JSON. Cleaning drops a learned unit wherever it appears, and a line that is mostly
learned units whole (`boilerplate_units`). Stories are told apart by `story_signatures`.
"""

# Long module because a unit's keys (whole and as a template) are what learning counts and
# cleaning recognises: kept beside each other so the two never disagree.

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from html import unescape
from itertools import islice

from bot.text.blocks import Block, is_sentence_end
from bot.text.ellipsis_cuts import ellipsis_cut_key
from bot.text.folded_words import ascii_folded_words, ascii_words, folded_words
from bot.text.kicker_labels import label_key, opening_label_keys
from bot.text.site_notices import is_site_notice
from bot.text.slot_templates import SLOT_PREFIX, slot_key, title_mark
from bot.text.story_signatures import Opening, Signatures, same_story
from bot.text.uncut_lengths import uncut_keys

# A unit is learned once it was seen at an edge of this many entries of different stories.
MIN_STORIES = 3
# The first and the last units of an entry are its edges: where sites put their furniture.
EDGE_UNITS = 6
# Units shorter than this are too common to be a site's own ("Yes.", "Thank you.").
MIN_WORDS = 3
# A line with this many learned units, most of its units, is the feed's template whole: the
# units between them are its variations (names, numbers: "Thanks to Dave Ruder.").
TEMPLATE_UNITS = 3
# A unit with names and numbers in it and this many other words may recur as a template with
# its names and numbers changed; never learned from an entry's first unit (its lead).
SKELETON_WORDS = 6
# Entries read per check at most (a new feed's first fetch can hold hundreds; the newest are
# enough to learn from, and the rest would only cost time).
MAX_ENTRIES_READ = 100
# Bounds on one feed's state (about 12 KB as JSON at most). A show's notes learn many units
# (Buffering the Vampire Slayer: 43 over its 70 episodes; its asks were posted past 40).
MAX_CANDIDATES = 120
MAX_LEARNED = 64
# A candidate not seen again within this time is forgotten; a learned unit not seen for
# LEARNED_DAYS is too (the site changed its template).
CANDIDATE_DAYS = 30
LEARNED_DAYS = 120

_DAY = 86400.0
_WORD = re.compile(r"\w+")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# A word that names (capitalised) or counts (a digit in it): what a template's copies change.
_NAME_OR_NUMBER = re.compile(r"(?<!\S)\W*(?:[A-Z]|\S*\d)\S*")
# What a unit's words after the first hold if they have a name or number to mask (or a "_").
_MASKABLE = re.compile(r"[A-Z\d_]")
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
    # A two-word exclamation is a show's or blog's sign-off ("Go Podcasting!", "Happy hacking!")
    # when it recurs at the edges of three stories; a two-word statement is too common.
    least = MIN_WORDS - 1 if unit.rstrip().endswith("!") else MIN_WORDS
    # Split at C speed: an ASCII unit (2.4 against 4.7 us), one whose words are all ASCII
    # (ascii_words; _word_count would count them so too). The regex path was 1.2% of a first
    # check's worker CPU (py-spy), mostly on such units (curly quotes, dashes).
    words = ascii_folded_words(unit) if unit.isascii() else ascii_words(unit)
    if words is not None:
        if len(words) - sum(map(bytes.isdigit, words)) < least:
            return None
        return hashlib.blake2b(b" ".join(words), digest_size=8).hexdigest()
    texts = _WORD.findall(unit.casefold())
    if _word_count(texts, unit) < least:
        return None
    return hashlib.blake2b(" ".join(texts).encode(), digest_size=8).hexdigest()


def _word_count(words: list[str], unit: str) -> int:
    # Unspaced scripts run a clause into one "word": two characters make one ("这里记录…发布。").
    # One search over the unit first: counting per word cost a first cycle 0.1 ms an entry.
    if _UNSPACED.search(unit) is None:
        return len(words) - sum(map(str.isdigit, words))
    return sum(max(1, len(_UNSPACED.findall(w)) // 2) for w in words if not w.isdigit())


def skeleton_key(unit: str) -> str | None:
    """The key of a unit with its names and numbers masked (a run of them one mask), under
    which a template recurs while they change ("Special Thanks to … Producers: <names>, …")."""
    # None without a mask (the unit's own key says it) or with fewer than SKELETON_WORDS words.
    tokens = unit.split()
    if len(tokens) < SKELETON_WORDS + 1:
        return None
    first, rest = tokens[0], " ".join(tokens[1:])
    if _MASKABLE.search(rest) is None and "_" not in first:
        return None  # nothing to mask, no "_" of its own: no skeleton (1 unit of 5)
    # The first word is capitalised as any sentence's is: a word, not a name. One substitution
    # over the rest masks each name or number (per-token matching cost learning a fifth).
    words = folded_words(first) + folded_words(_NAME_OR_NUMBER.sub("_", rest))
    skeleton = [w for i, w in enumerate(words) if w != b"_" or i == 0 or words[i - 1] != b"_"]
    if b"_" not in skeleton or len(skeleton) - skeleton.count(b"_") < SKELETON_WORDS:
        return None
    return "~" + hashlib.blake2b(b" ".join(skeleton), digest_size=8).hexdigest()


def is_boilerplate(unit: str, phrases: frozenset[str]) -> bool:
    """Whether a unit (sentence or line) is one of a feed's learned ones, or of a learned
    template (its words with names and numbers masked)."""
    return bool(phrases) and (
        unit_key(unit) in phrases or skeleton_key(unit) in phrases or label_key(unit) in phrases
    )


def boilerplate_units(units: Sequence[str], phrases: frozenset[str]) -> frozenset[int]:
    """The positions of a line's units that are the feed's boilerplate: the learned ones, or
    all when they are most of the line (a template: credits naming this episode's helpers)."""
    if not phrases:
        return frozenset()
    learned = frozenset(i for i, unit in enumerate(units) if is_boilerplate(unit, phrases))
    if len(learned) >= TEMPLATE_UNITS and 2 * len(learned) > len(units):
        return frozenset(range(len(units)))
    return learned


def boilerplate_positions(
    lines: Sequence[Sequence[str]], phrases: frozenset[str]
) -> frozenset[tuple[int, int]]:
    """(line, unit) positions of a paragraph's units that are the feed's boilerplate, line by
    line (boilerplate_units), or all when the paragraph opens with it and it is most of it."""
    # A video's description of plugs, one line each, with the learned lines most of them:
    # the lines between ("Hardware Links For This Project (Affiliate Links)") are plugs too.
    own = frozenset(
        (n, i) for n, units in enumerate(lines) for i in boilerplate_units(units, phrases)
    )
    every = [(n, i) for n, units in enumerate(lines) for i in range(len(units))]
    if every and every[0] in own and len(own) >= TEMPLATE_UNITS and 2 * len(own) > len(every):
        return frozenset(every)
    return own


def is_template(text: str, phrases: frozenset[str]) -> bool:
    """Whether a paragraph (lines of plain text) is the feed's boilerplate through and through:
    after a story's text, where its furniture begins (what follows is more of it)."""
    if not phrases or not text.strip():
        return False
    lines = [split_units(line) for line in text.split("\n")]
    return len(boilerplate_positions(lines, phrases)) == sum(map(len, lines))


def learned_lead_ins_apart(blocks: Sequence[Block], phrases: frozenset[str]) -> list[Block]:
    """The blocks, a list's lead-in the feed repeats ("Events in 3 Months:") set apart as
    navigation: neither it nor the list it introduces is the issue's text."""
    if not phrases:
        return list(blocks)
    # Over a list only: a learned lead-in over a quotation ("Here's what they had to say:") is
    # left to cleaning, which drops it and ends the lead there.
    return [
        Block(b.text, b.links, "nav", "heading")
        if b.kind == "text"
        and b.text.rstrip().endswith(":")
        and i + 1 < len(blocks)
        and blocks[i + 1].role == "item"
        and is_boilerplate(b.text, phrases)
        else b
        for i, b in enumerate(blocks)
    ]


def strip_boilerplate(text: str, phrases: frozenset[str]) -> str:
    """`text` (lines of plain text) without the learned units."""
    if not phrases:
        return text
    lines = []
    for line in text.split("\n"):
        units = split_units(line)
        dropped = boilerplate_units(units, phrases)
        lines.append("".join(u for i, u in enumerate(units) if i not in dropped).strip())
    return "\n".join(lines)


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


def _edges(head_texts: Iterable[str], tail_texts: Iterable[str], *, one_text: bool) -> list[str]:
    """The first and last EDGE_UNITS units; `tail_texts` come last first, and only the
    blocks the edges lie in are read and split. `one_text`: both read the same blocks."""
    head: list[str] = []
    for text in head_texts:
        head += _first_units(text, EDGE_UNITS - len(head))
        if len(head) >= EDGE_UNITS:
            break
    else:
        if one_text:
            # Fewer units than an edge holds, all read: the tail is the same units (a
            # description of a few sentences, most entries of many feeds).
            return head + head
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


def _read(entry: EntryText) -> tuple[dict[str, str | None], Opening]:
    """The keys of an entry's edge units (in the order they appear; a template's key with its
    unit's own), and what its story signature is worked out from when asked."""
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
    edges = _edges(head.forwards(), tail.backwards(), one_text=head is tail)
    # A unit at both edges (a short entry's) is keyed once: its keys are the same.
    units = list(dict.fromkeys(edges))
    own_keys = list(map(unit_key, units))
    keys: dict[str, str | None] = dict.fromkeys(k for k in own_keys if k is not None)
    # Never from its first paragraph: news repeats forms ("… is scheduled to premiere in 2023.")
    lead = next(head.forwards(), "")
    for unit, own_key in zip(units, own_keys, strict=True):
        if unit.strip() not in lead and (skeleton := skeleton_key(unit)) is not None:
            keys.setdefault(skeleton, own_key)
    # A newsletter is long and in sections; a shorter text's edges are most of it.
    if len(html) > _SECTIONED_CHARS and html.count("</h", 0, _HEAD_CHARS) >= _SECTIONS:
        for key in _section_opening_keys(html[:_HEAD_CHARS]):
            keys.setdefault(key, None)
        for key in _intro_keys(html[:_HEAD_CHARS]):
            keys.setdefault(key, None)
    first_two = list(islice(head.forwards(), 2))
    whole = head is tail and len(list(islice(head.forwards(), 3))) <= 2
    if whole and (slot := slot_key(entry.title, " ".join(first_two))) is not None:
        keys.setdefault(slot, None)  # a short text whole, its headline's words masked
    lone = len(first_two) == 1 or (whole and len(first_two) == 2 and is_site_notice(first_two[1]))
    if lone and len(only := first_two[0]) >= _MIN_CUT_WIDTH and not _STOPPED.search(only):
        keys[f"{_WIDTH_KEY}{len(only)}"] = None
    if lone and (ellipsis := ellipsis_cut_key(first_two[0])):
        keys[ellipsis] = None  # at three stories' ends, the feed's cut (text/ellipsis_cuts)
    keys.update(uncut_keys(first_two[0]) if lone else {})  # how long it runs uncut
    keys.update(opening_label_keys(_first_units(lead, 2)))  # a kicker: text/kicker_labels
    # The signature, about 30% of learning's time, is worked out only for an entry with a key
    # not learned yet (none in 1 entry of 10 on the bench's news feeds: no unit of 3 words).
    return keys, (entry.title, head.forwards(), edges[0] if edges else "")


# A newsletter's standing sections sit deep in each issue, past the edges: the paragraph that
# opens a section (right after its heading or the list before it: "More past events at …",
# "Your support will keep R Weekly team moving!") and a list's lead-in ("Events in 3 Months:").
# Learned as edge units are, where they recur word for word in three stories.
_SECTIONED_CHARS = 4000
_SECTIONS = 2
_SECTION_END = re.compile(r"</(?:h[1-6]|ul|ol)>\s*<p\b[^>]*>")
_LEAD_IN_END = ":</p>"


def _section_openings(html: str) -> Iterator[str]:
    """The HTML of each paragraph after a heading or a list, and of each list lead-in."""
    # Lower-case tags only, and string searches for the rest: a case-blind regex over every
    # paragraph cost learning a twentieth more (3.8 us an entry over the corpus, of 138).
    for match in _SECTION_END.finditer(html):
        end = html.find("</p>", match.end(), match.end() + 400)
        if end >= 0:
            yield html[match.end() : end]
    end = html.find(_LEAD_IN_END)
    while end >= 0:
        opening = html.rfind("<p", max(0, end - 200), end)
        tag_end = html.find(">", opening, end) if opening >= 0 else -1
        if tag_end >= 0 and html[opening + 2] in " >" and "<" not in html[tag_end:end]:
            yield html[tag_end + 1 : end + 1]  # the lead-in with its colon, no markup in it
        end = html.find(_LEAD_IN_END, end + 1)


def _section_opening_keys(html: str) -> Iterator[str]:
    """The keys of the first unit of each section-opening paragraph and list lead-in."""
    for opening in _section_openings(html):
        text = " ".join(unescape(_TAG.sub("", opening)).split())
        units = _first_units(text, 1)
        if units and (key := unit_key(units[0])) is not None:
            yield key


# A newsletter's standing intro may run past the edge units (This Week in Rust's: nine sentences
# in three paragraphs before its first heading): every unit before the first heading is read as
# an edge's is, up to _INTRO_UNITS.
_INTRO_UNITS = 16


def _intro_keys(html: str) -> Iterator[str]:
    """The keys of the units before a sectioned text's first heading, past the edge units."""
    end = html.find("<h")
    seen = 0
    for block in _Blocks(html[: max(end, 0)]).forwards():
        for unit in _first_units(block, _INTRO_UNITS - seen):
            seen += 1
            if seen > EDGE_UNITS and (key := unit_key(unit)) is not None:
                yield key
        if seen >= _INTRO_UNITS:
            return


# A feed that cuts its descriptions at a fixed width ("… standard or stock colu" at 100
# characters) shows it: one-line descriptions (a vote counter may follow: "22 Vote(s)") without
# a stop, of one length, in different stories. Learned as a unit is, under a key of its own
# ("width:100"); a line that long by chance in three stories shows no single width, no cut.
_WIDTH_KEY = "width:"
_MIN_CUT_WIDTH = 60
_STOPPED = re.compile(r"[.!?…。．！？।؟۔][\"'”’»)\]]*$")


def cut_widths(phrases: frozenset[str]) -> frozenset[int]:
    """The width a feed cuts its descriptions at, as learned (with the lengths a trimmed or
    collapsed space leaves); none when what was learned shows no single width."""
    widths = {int(k[len(_WIDTH_KEY) :]) for k in phrases if k.startswith(_WIDTH_KEY)}
    if not widths or max(widths) - min(widths) > 2:
        return frozenset()
    return frozenset(range(min(widths) - 2, max(widths) + 1))


def learn(state: FeedBoilerplate, entries: Iterable[EntryText], *, now: float) -> FeedBoilerplate:
    """The state after reading new entries: units at the edges of MIN_STORIES different
    stories are learned; stale and surplus ones are forgotten."""
    learned = dict(state.learned)
    candidates = {c.key: c for c in state.candidates}
    reads = [(entry, *_read(entry)) for entry in islice(entries, MAX_ENTRIES_READ)]
    signatures = Signatures([opening if keys else None for _, keys, opening in reads])
    for i, (entry, keys, _) in enumerate(reads):
        signature = ""
        for key, own in keys.items():
            if key in learned:
                learned[key] = now
                continue
            if own in learned:
                continue  # the unit recurs whole: its template key would only take a place
            # A slot template's stories differ in their headline (its slot): told apart by it.
            slotted = key.startswith(SLOT_PREFIX)
            if not slotted:
                signature = signature or signatures.of(i)
            story = title_mark(entry.title) if slotted else signature
            # No Candidate made for a key not counted yet, none copied through replace (0.75
            # against 0.3 us).
            old = candidates.get(key)
            seen = old.stories if old is not None else ()
            if any(s == story if slotted else same_story(story, s) for s in seen):
                candidates[key] = Candidate(key, seen, now)
                continue
            stories = (*seen, story)
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
        # A template's key (skeleton_key) yields to a whole unit's seen as often.
        key=lambda c: (-len(c.stories), c.key.startswith("~"), -c.last_seen),
    )[:MAX_CANDIDATES]
    return FeedBoilerplate(tuple(sorted(keep)), tuple(sorted(fresh, key=lambda c: c.key)))
