"""Do two leads that share an opening tell the same story? Their numbers, names and course.

A shared opening is not enough: newsletters open every issue alike (TIME's "In the Loop",
"This Week in Stratechery") and templated items share a sentence frame with other numbers
and names ("Revenue rose 5% to $3.2bn" / "… 7% to $4.1bn"). The two leads are aligned word
by word (difflib); runs of at least SHINGLE_WORDS equal words are anchors, and what lies
between them (a gap: the words each side has there instead) is where copies may differ.

A reprint's gaps are copy edits: a credit or promo line added (one side only), a word changed,
a tail trimmed. Two stories' gaps are substitutions: a number or a name on each side that the
other lead lacks, or both texts going on with other words for DIVERGE_WORDS or more. Where a
gap lies decides what is compared (see `_checks`): the numbers and names at the end of a text
that stopped while the other goes on (a trimmed copy's credit line) are not.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import Enum

SHINGLE_WORDS = 3
# Words of each text kept for this check (the stored lead). Longer than the 60 words the
# Jaccard is measured on: "This Week in Stratechery" repeats 75 words before each issue's own.
COMPARE_WORDS = 150
# Both texts going on with other words for this many: they have parted (a newsletter's own
# content after its fixed opening). A trimmed copy's credit line is shorter than this.
DIVERGE_WORDS = 20
# An opening gap this short on both sides is a substitution, not a promo line or a dateline.
OPENING_NAME_WORDS = 3

_WORD = re.compile(r"\w+", re.UNICODE)
# A number as written: digits with inner separators ("1,000", "3.2", "12:30", "2026/08/17").
_NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")
# Looking back from a word: skipped while deciding whether it opens a sentence.
_OPENERS = " \"'“”‘’«»„([{*-–—•"
_SENTENCE_ENDS = ".!?…:;。．！？"


@dataclass(frozen=True)
class LeadTokens:
    """A lead's words (lower-cased) with the numbers each word carries."""

    text: str
    matches: list[re.Match[str]]  # where each word stands (names are read there, in gaps only)
    words: list[str]
    numbers: list[tuple[str, ...]]  # the numbers starting within the word, digits only
    # Words written in lower case somewhere: their capitalised forms are headings, not names.
    common: frozenset[str]
    # The text has more words than the lead holds: it goes on past the last one.
    cut: bool


def lead_tokens(text: str) -> LeadTokens:
    """The lead's words and numbers (language-agnostic: no word list, no model)."""
    matches = list(_WORD.finditer(text))[:COMPARE_WORDS]
    starts = [m.start() for m in matches]
    numbers: list[tuple[str, ...]] = [()] * len(matches)
    for number in _NUMBER.finditer(text):
        owner = bisect_right(starts, number.start()) - 1  # the word the number starts in
        if owner < len(numbers):
            digits = number.group().translate(_DROP_SEPARATORS).lstrip("0") or "0"
            numbers[owner] = (*numbers[owner], digits)
    words = [m.group().lower() for m in matches]
    common = frozenset(w for w, m in zip(words, matches, strict=True) if m.group()[0].islower())
    return LeadTokens(text, matches, words, numbers, common, cut=len(words) >= COMPARE_WORDS)


_DROP_SEPARATORS = str.maketrans("", "", ".,:/")


def _name(text: str, match: re.Match[str]) -> str | None:
    """The word casefolded when it looks like a name: capitalised, two letters or more, no
    digit, and not opening a sentence (where every word is capitalised)."""
    word = match.group()
    if len(word) < 2 or not word[0].isupper() or any(c.isdigit() for c in word):
        return None
    position = match.start() - 1
    while position >= 0 and text[position] in _OPENERS:
        position -= 1
    if position < 0 or text[position] in _SENTENCE_ENDS or text[position] == "\n":
        return None
    return word.casefold()


class _Where(Enum):
    """Where a gap lies between the anchors."""

    OPENING = "opening"  # before the first anchor: a promo line, a dateline
    INSIDE = "inside"  # between two anchors
    END = "end"  # after the last anchor


@dataclass(frozen=True)
class _Gap:
    where: _Where
    a: range  # word positions in the first lead
    b: range  # word positions in the second lead


@dataclass(frozen=True)
class Agreement:
    """Why two leads that share an opening are not one story (`why` empty: they agree)."""

    why: str = ""

    @property
    def agree(self) -> bool:
        """True when nothing tells the two leads apart."""
        return not self.why


def leads_agree(a: str, b: str) -> Agreement:
    """Compare two leads' gaps: no substituted number or name, no parting of the texts."""
    ta, tb = lead_tokens(a), lead_tokens(b)
    common = ta.common | tb.common
    gaps = list(_gaps(ta, tb))
    if parted := _parted(gaps, len(ta.words)):
        return Agreement(parted)
    for gap in gaps:
        compare_numbers, compare_names = _checks(gap, ta, tb)
        if compare_numbers:
            numbers_a, numbers_b = _numbers(ta, gap.a), _numbers(tb, gap.b)
            if not _one_holds_the_other(numbers_a, numbers_b, _same):
                return Agreement(f"numbers {numbers_a} vs {numbers_b}")
        if compare_names:
            names_a, names_b = _names(ta, gap.a, common), _names(tb, gap.b, common)
            if not _one_holds_the_other(names_a, names_b, _abbreviated):
                return Agreement(f"names {names_a} vs {names_b}")
    return Agreement()


def _parted(gaps: list[_Gap], words_a: int) -> str:
    """Why the texts have parted ("" if they have not): both go on with other words for
    DIVERGE_WORDS in one gap, or past their opening they differ more than they agree."""
    # The second test: an anchor far off the diagonal (a page marker both texts carry at
    # different places) cuts one parting into two lopsided gaps that the first misses.
    for gap in gaps:
        if min(len(gap.a), len(gap.b)) >= DIVERGE_WORDS:
            return f"parted for {min(len(gap.a), len(gap.b))} words at {gap.a.start}"
    later = [gap for gap in gaps if gap.where is not _Where.OPENING]
    only_a, only_b = sum(len(g.a) for g in later), sum(len(g.b) for g in later)
    opening = gaps[0].a.stop if gaps and gaps[0].where is _Where.OPENING else 0
    shared = words_a - opening - only_a
    if min(only_a, only_b) >= DIVERGE_WORDS and min(only_a, only_b) > shared:
        return f"past the opening {only_a} and {only_b} words differ, {shared} agree"
    return ""


def _checks(gap: _Gap, ta: LeadTokens, tb: LeadTokens) -> tuple[bool, bool]:
    """Whether a gap's numbers and names are compared, by where it lies."""
    # Inside: always (a template's frame around other figures). At the opening: numbers, and
    # names only in a few words a side (a template's first name; a promo line facing a
    # dateline's place and agency is not the story). At the end, when both texts go on past
    # their leads or both stop: both (their last words differ); when only one stops: neither
    # (a trimmed copy's credit line faces the rest of the original).
    if gap.where is _Where.INSIDE:
        return True, True
    if gap.where is _Where.OPENING:
        return True, max(len(gap.a), len(gap.b)) <= OPENING_NAME_WORDS
    return (ta.cut == tb.cut), (ta.cut == tb.cut)


def _gaps(ta: LeadTokens, tb: LeadTokens) -> Iterator[_Gap]:
    """What lies before, between and after the anchors (equal runs of SHINGLE_WORDS+)."""
    matcher = SequenceMatcher(None, ta.words, tb.words, autojunk=False)
    anchors = [m for m in matcher.get_matching_blocks() if m.size >= SHINGLE_WORDS]
    at_a = at_b = 0
    for number, anchor in enumerate(anchors):
        where = _Where.OPENING if number == 0 else _Where.INSIDE
        if anchor.a > at_a or anchor.b > at_b:
            yield _Gap(where, range(at_a, anchor.a), range(at_b, anchor.b))
        at_a, at_b = anchor.a + anchor.size, anchor.b + anchor.size
    if at_a < len(ta.words) or at_b < len(tb.words):
        yield _Gap(_Where.END, range(at_a, len(ta.words)), range(at_b, len(tb.words)))


def _numbers(tokens: LeadTokens, span: range) -> list[str]:
    return [n for i in span for n in tokens.numbers[i]]


def _names(tokens: LeadTokens, span: range, common: frozenset[str]) -> list[str]:
    names = (_name(tokens.text, tokens.matches[i]) for i in span)
    return [n for n in names if n is not None and n not in common]


def _same(a: str, b: str) -> bool:
    return a == b


def _abbreviated(a: str, b: str) -> bool:
    """One name stands for the other: equal, or one abbreviates it ("Aug" for "August")."""
    return a.startswith(b) or b.startswith(a)


def _one_holds_the_other(a: list[str], b: list[str], alike: Callable[[str, str], bool]) -> bool:
    """True when one sequence is the other with items added (an insertion, not a
    substitution); an empty side holds nothing to disagree with."""
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    remaining = iter(longer)
    return all(any(alike(item, other) for other in remaining) for item in shorter)
