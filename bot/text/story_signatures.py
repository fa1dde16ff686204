"""Story signatures for learning a feed's boilerplate: two entries that sign alike are one
story told again (a reprint, an update), whose own sentences recur without being the site's."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate, chain

import numpy as np

from bot.text.folded_words import folded_words

# This many MinHash values over word 3-shingles of title and text; two entries agreeing on
# SAME_STORY_VALUES of them (and on headline or opening, see same_story) are one story.
SIGNATURE_VALUES = 4
SAME_STORY_VALUES = 2

# The signature reads this far: past a newsletter's shared intro (~60 words), or two issues
# would sign as one story and their intro would never be learned.
_SIGNATURE_CHARS = 1500
_DIGIT = re.compile(r"\d")
# A number marked as an episode's or part's: "#12", "Ep. 4", "Part 2", "Partie 1/2", "Folge 7",
# "Vol.133", "第3期".
_INSTALMENT = re.compile(
    r"(?:#|№|\b(?:ep|episode|épisode|episodio|folge|part|partie|parte|teil|vol|volume|chapter"
    r"|chapitre|capítulo|kapitel)\b\.?\s*|第\s*)(\d+)"
    # A newsletter's issue number closing its title, bare ("This Week in Rust 549"); a
    # version's last part ("3.5.0") or a number glued to letters ("rc1") is none.
    r"|(?<![\d.,:/#-])\s(\d{1,4})$",
    re.IGNORECASE,
)
_NO_INSTALMENT = "0000"
# Universal hashing modulo a prime below 2**31: a 32-bit crc times a multiplier stays below 2**63.
_PRIME = np.uint64(2_147_483_647)
_MULTIPLIERS = np.array([1_103_515_245, 214_013, 69_069, 1_664_525], dtype=np.uint64)
_OFFSETS = np.array([12_345, 2_531_011, 1, 1_013_904_223], dtype=np.uint64)
_LOW_BITS = np.uint64(0xFFFF)


def _opening(title: str, blocks: Iterable[str]) -> str:
    """The first _SIGNATURE_CHARS characters of the title and the text, blocks joined by a
    space; only the blocks needed are read."""
    parts, length = [title], len(title)
    for text in blocks:
        if length >= _SIGNATURE_CHARS:
            break
        parts.append(text)
        length += 1 + len(text)
    return " ".join(parts)[:_SIGNATURE_CHARS]


def story_signature(title: str, blocks: Iterable[str], first_unit: str) -> str:
    """MinHash values of the title and the text's opening `blocks`, then marks of the title
    and of the text's first unit, as hex digits (stored in the feed's state)."""
    return story_signatures([(title, blocks, first_unit)])[0]


def story_signatures(openings: Sequence[tuple[str, Iterable[str], str]]) -> list[str]:
    """story_signature of each (title, blocks, first unit), the MinHash values in one pass."""
    # One numpy pass over all of a feed's shingles: its six calls an entry cost ~1.5 us each
    # whatever their size (0.07 against 0.10 ms for 1,000 signatures of 150 shingles, CPU time;
    # the calls were 2.6% of a first check's worker CPU, py-spy). A signature has one
    # shingle at least, so no span of reduceat's is empty.
    if not openings:
        return []
    found = [_shingle_hashes(title, blocks) for title, blocks, _ in openings]
    hashes = np.fromiter(chain.from_iterable(h for h, _ in found), dtype=np.uint64)
    starts = np.fromiter(accumulate((len(h) for h, _ in found[:-1]), initial=0), dtype=np.intp)
    # Four universal hashes of each shingle's crc32 at once; the smallest 16 bits of each.
    products = np.multiply.outer(hashes, _MULTIPLIERS)
    products += _OFFSETS
    products %= _PRIME
    products &= _LOW_BITS
    values = np.minimum.reduceat(products, starts, axis=0).tolist()
    # One format of the values as Python ints: a format and an int() a numpy value cost 1.9
    # against 0.4 us a signature.
    return [
        _VALUES_FORMAT % tuple(v)
        + _opening_marks(title_words, title, first)
        + _instalment_mark(title)
        for v, (_, title_words), (title, _, first) in zip(values, found, openings, strict=True)
    ]


def _shingle_hashes(title: str, blocks: Iterable[str]) -> tuple[list[int], list[bytes]]:
    """The crc32 of each word 3-shingle of the title and opening, and the title's words."""
    opening = _opening(title, blocks)
    # The words as UTF-8 bytes, what the shingles' and marks' hashes read (folded_words; the
    # regex's words encoded shingle by shingle cost 20 of a signature's 49 us, CPU time).
    title_words = folded_words(title)
    # The title's words are the opening's first ones (casefold maps each character alone, and
    # a space follows the title): found once for the shingles and the title's mark (3.3 us of
    # a signature's 74, CPU time, on the bench's news feeds).
    if len(title) < _SIGNATURE_CHARS:
        words = title_words + folded_words(opening[len(title) :])
    else:
        words = folded_words(opening)
    # zip and map(b" ".join) build the shingles at C speed (a generator of slices cost as
    # much as the hashing); with fewer than three words the one shingle is what there is.
    triples = zip(words, words[1:], words[2:], strict=False) if len(words) >= 3 else [words]
    # crc32 once a shingle: stable across processes (signatures are stored).
    return list(map(zlib.crc32, map(b" ".join, triples))), title_words


_VALUES_FORMAT = "%04x" * SIGNATURE_VALUES


def _instalment_mark(title: str) -> str:
    """A 16-bit hash of the title's episode and part numbers ("#3", "Partie 2/2"), or
    _NO_INSTALMENT: two instalments of a show are two stories, however alike they open."""
    # Every number the pattern finds is digits: a title without one (85% of the bench's news
    # feeds' entries) is not searched (its many alternatives at every position: 6.5 us).
    if _DIGIT.search(title) is None:
        return _NO_INSTALMENT
    numbers = " ".join("".join(found) for found in _INSTALMENT.findall(title.strip()))
    if not numbers:
        return _NO_INSTALMENT
    return f"{zlib.crc32(numbers.encode()) & 0xFFFF or 1:04x}"


def _opening_marks(title_words: list[bytes], title: str, first_unit: str) -> str:
    """16-bit hashes of the title's words (casefolded) and of the text's first unit's: what
    tells apart episodes a shared template makes look alike (see same_story)."""
    # The title's numbers do not count: one release announced as "PostGIS 3.5.0beta1", then
    # "… rc1", then "3.5.0" is one story (the same notes below a new first line). A title
    # without a digit has no word to leave out: not searched word by word. (Casefolding keeps
    # a digit a digit and makes none: the title is searched as it is.)
    named = b" ".join(
        title_words
        if _DIGIT.search(title) is None
        else [w for w in title_words if not _DIGIT.search(w.decode())]
    )
    first = b" ".join(folded_words(first_unit))
    return "".join(f"{zlib.crc32(w) & 0xFFFF:04x}" for w in (named, first))


# A story signature's makings: the entry's title, its text's blocks, its first unit.
Opening = tuple[str, Iterator[str], str]


class Signatures:
    """The story signatures of a learning pass's entries, worked out at the first one asked
    for: that one's and every later entry's with keys, in one numpy pass (story_signatures)."""

    # Learning asks for a signature only for an entry with a key not learned yet (none in 1
    # entry of 10 on the bench's news feeds: no unit of 3 words); in a first check every later
    # entry with keys needs its own (1,651 of 1,651), and in a later check most new ones do.

    def __init__(self, openings: list[Opening | None]) -> None:
        self._openings = openings  # None: an entry without keys, never signed
        self._signed: dict[int, str] = {}

    def of(self, i: int) -> str:
        if i not in self._signed:
            todo = [(j, o) for j, o in enumerate(self._openings[i:], i) if o is not None]
            signed = story_signatures([o for _, o in todo])
            self._signed.update(zip((j for j, _ in todo), signed, strict=True))
        return self._signed[i]


def same_story(a: str, b: str) -> bool:
    """Whether two story signatures agree on enough MinHash values to be one story, and on
    the headline or the opening sentence (one of them stays when a story is told again)."""
    span = 4 * SIGNATURE_VALUES
    agree = sum(a[i : i + 4] == b[i : i + 4] for i in range(0, min(len(a), len(b), span), 4))
    if agree < SAME_STORY_VALUES:
        return False
    # Episodes of a show whose credits or sponsor reads fill most of each description agree on
    # the MinHash values (The Habitat: 19 of 45 pairs) but not on headline nor opening. A
    # signature stored before these marks existed (16 digits) is judged on its values alone.
    marks_a, marks_b = a[span : span + 8], b[span : span + 8]
    if len(marks_a) < 8 or len(marks_b) < 8:
        return True
    # A show whose every episode opens on its standing intro ("Hey salam alaykoum bienvenue sur
    # le Miracle Fajr Podcast, …") agrees on the opening: numbered instalments still differ.
    parts_a, parts_b = a[span + 8 : span + 12], b[span + 8 : span + 12]
    if _NO_INSTALMENT not in (parts_a, parts_b) and len(parts_a) == len(parts_b) == 4:
        if parts_a != parts_b:
            return False
    return marks_a[:4] == marks_b[:4] or marks_a[4:] == marks_b[4:]
