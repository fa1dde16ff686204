"""Near-duplicate text: MinHash band keys to find candidates, an exact check to confirm.

Two entries are one story when they tell the same text from its start: their leads share
enough word 3-shingles (Jaccard) *and* some shingle stands near the start of both *and* they
agree past it (bot.matching.agreement: no substituted number or name, no parting). The second
rule keeps apart different articles that reuse a wire lede further down, or recombine a
press release's sentences (see shared/eval/pairs-dev.jsonl); the third, newsletters that open
alike and templated items.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from difflib import SequenceMatcher

import numpy as np
from numpy.typing import NDArray

from bot.matching.agreement import COMPARE_WORDS, SHINGLE_WORDS, Agreement, leads_agree

LEAD_WORDS = 60
# LSH: 24 bands of 2 rows. A pair at Jaccard 0.4 shares a band with probability 0.985,
# one at 0.1 with 0.21; the exact check below removes the false candidates.
BANDS = 24
ROWS = 2
NUM_PERM = BANDS * ROWS
SEED = 20261126
# Confirmation thresholds, measured on pairs-dev.jsonl (true pairs: J >= 0.48 and aligned
# within 9 words; false pairs above J 0.4 align at 15 words or later).
MIN_JACCARD = 0.40
MAX_ALIGNMENT = 12
# Below this many words a lead is too short to judge: templated one-liners ("Lead sentence of
# story 3.") would look like copies of each other. The shortest true pair in the dev set has 18.
MIN_LEAD_WORDS = 15

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    """Lower-cased word tokens."""
    return _WORD.findall(text.lower())


def story_lead(text: str) -> str:
    """What a story keeps to confirm matches: the text's first COMPARE_WORDS words as written
    (case, punctuation and paragraph breaks kept: names and sentence starts are read there)."""
    end = None
    for count, match in enumerate(_WORD.finditer(text), start=1):
        end = match.end()
        if count == COMPARE_WORDS:
            break
    if end is None:
        return ""
    lines = (" ".join(line.split()) for line in text[:end].splitlines())
    return "\n".join(line for line in lines if line)


def lead_words(text: str) -> list[str]:
    """The words of the lead: what a reprint, a trimmed copy and the original all share."""
    return words(text)[:LEAD_WORDS]


def shingles(tokens: list[str], size: int = SHINGLE_WORDS) -> list[str]:
    """Word n-grams in order (the whole text as one shingle when it is shorter)."""
    if len(tokens) < size:
        return [" ".join(tokens)] if tokens else []
    return [" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)]


# MinHash by universal hashing, h(x) = (a·x + b) mod p over 32-bit shingle hashes.
# Hand-written rather than datasketch's MinHash: that package imports scipy (for LSH tuning
# newsbot does not use), ~55 MB more in every parse worker, for these few lines.
_PRIME = (1 << 32) + 15  # the smallest prime above 2**32: a·x + b stays below 2**64
_RANDOM = np.random.RandomState(SEED)
_A = _RANDOM.randint(1, 1 << 32, size=NUM_PERM, dtype=np.uint64)
_B = _RANDOM.randint(0, 1 << 32, size=NUM_PERM, dtype=np.uint64)


def _shingle_hash(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode("utf-8"), digest_size=4).digest(), "big")


def minhash(items: list[str]) -> NDArray[np.uint64]:
    """The MinHash signature (NUM_PERM values) of a non-empty set of shingles."""
    hashes = np.fromiter((_shingle_hash(s) for s in items), dtype=np.uint64, count=len(items))
    permuted: NDArray[np.uint64] = (hashes[:, None] * _A + _B) % _PRIME
    signature: NDArray[np.uint64] = permuted.min(axis=0)
    return signature


def band_keys(title: str, lead: str) -> tuple[int, ...]:
    """LSH band keys of the MinHash over the shingles of title plus lead (signed 64-bit)."""
    lead_tokens = lead_words(lead)
    if len(lead_tokens) < MIN_LEAD_WORDS:
        return ()
    items = shingles(words(title)) + shingles(lead_tokens)
    values = minhash(items)
    keys = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS]
        digest = hashlib.blake2b(band.to_bytes(2, "big") + chunk.tobytes(), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return tuple(keys)


@dataclass(frozen=True)
class LeadMatch:
    """How two leads compare."""

    jaccard: float
    alignment: int  # the smallest position at which a shared shingle stands in both
    agreement: Agreement = Agreement("not compared")

    @property
    def shares_opening(self) -> bool:
        """True when the leads share enough shingles, one of them near both starts."""
        return self.jaccard >= MIN_JACCARD and self.alignment <= MAX_ALIGNMENT

    @property
    def same_story(self) -> bool:
        """True when the texts share their opening and agree past it."""
        return self.shares_opening and self.agreement.agree


def compare_leads(a: str, b: str) -> LeadMatch:
    """Exact comparison of two leads (plain text)."""
    words_a, words_b = lead_words(a), lead_words(b)
    if min(len(words_a), len(words_b)) < MIN_LEAD_WORDS:
        return LeadMatch(0.0, 10**6)
    if a == b:
        # A copy word for word (a wire story on many sites): every shingle shared, the first
        # at both starts, and one anchor over all words leaves no gap to disagree in. What
        # the long way computes, without its word alignment (the bench's 34 copies of each
        # feed made this most of matching's time).
        return LeadMatch(1.0, 0, Agreement())
    sa, sb = shingles(words_a), shingles(words_b)
    set_a, set_b = set(sa), set(sb)
    jaccard = len(set_a & set_b) / len(set_a | set_b)
    first_in_b: dict[str, int] = {}
    for position, shingle in enumerate(sb):
        first_in_b.setdefault(shingle, position)
    alignment = min(
        (max(pos, first_in_b[s]) for pos, s in enumerate(sa) if s in first_in_b), default=10**6
    )
    opening = LeadMatch(jaccard, alignment)
    # The word alignment costs ~20x the shingle sets: only for leads that share an opening.
    if not opening.shares_opening:
        return opening
    return LeadMatch(jaccard, alignment, leads_agree(a, b))


def story_similarity(a: str, b: str) -> float:
    """The Jaccard of two leads when they are one story, else 0.0 (for picking the best)."""
    match = compare_leads(a, b)
    return match.jaccard if match.same_story else 0.0


def headlines_agree(a: str, b: str) -> bool:
    """True when one headline is the other with words added or dropped (an update's), never
    replaced ("Week 32" / "Week 33", "…: Fiction" / "…: Nonfiction"), or either is empty."""
    words_a, words_b = words(a), words(b)
    if not words_a or not words_b:
        return True
    opcodes = SequenceMatcher(None, words_a, words_b, autojunk=False).get_opcodes()
    return all(tag != "replace" for tag, *_ in opcodes)
