"""A first check's CPU (issue 11's ingest bar): learning finds an ASCII text's words with one byte
table (folded_words) instead of the regex over the casefolded text; every unit key, template key
and story signature is the one the regex's words gave, on the corpus's texts and random ones."""

from __future__ import annotations

import hashlib
import random
import re
import zlib
from collections.abc import Iterable
from functools import cache

import numpy as np
import pytest

from bot.parsing.feeds import parse_feed
from bot.text import boilerplate, story_signatures
from bot.text.boilerplate import _Blocks, skeleton_key, split_units, unit_key
from bot.text.folded_words import ascii_folded_words, folded_words
from bot.text.story_signatures import story_signature
from tests.conftest import carried

_WORD = re.compile(r"\w+")


def _unit_key_before(unit: str) -> str | None:
    """unit_key as it was: the regex's words, counted as text."""
    words = _WORD.findall(unit.casefold())
    least = boilerplate.MIN_WORDS - 1 if unit.rstrip().endswith("!") else boilerplate.MIN_WORDS
    if boilerplate._word_count(words, unit) < least:
        return None
    return hashlib.blake2b(" ".join(words).encode(), digest_size=8).hexdigest()


def _skeleton_key_before(unit: str) -> str | None:
    """skeleton_key as it was: the regex's words of the masked unit."""
    tokens = unit.split()
    if len(tokens) < boilerplate.SKELETON_WORDS + 1:
        return None
    first, rest = tokens[0], " ".join(tokens[1:])
    if boilerplate._MASKABLE.search(rest) is None and "_" not in first:
        return None
    words = _WORD.findall(first.casefold()) + _WORD.findall(
        boilerplate._NAME_OR_NUMBER.sub("_", rest).casefold()
    )
    skeleton = [w for i, w in enumerate(words) if w != "_" or i == 0 or words[i - 1] != "_"]
    if "_" not in skeleton or len(skeleton) - skeleton.count("_") < boilerplate.SKELETON_WORDS:
        return None
    return "~" + hashlib.blake2b(" ".join(skeleton).encode(), digest_size=8).hexdigest()


def _story_signature_before(title: str, blocks: Iterable[str], first_unit: str) -> str:
    """story_signature as it was: str words, each shingle encoded, numpy's min()."""
    ss = story_signatures
    opening = ss._opening(title, blocks)
    folded_title = title.casefold()
    title_words = _WORD.findall(folded_title)
    if len(title) < ss._SIGNATURE_CHARS:
        words = title_words + _WORD.findall(opening[len(title) :].casefold())
    else:
        words = _WORD.findall(opening.casefold())
    triples = zip(words, words[1:], words[2:], strict=False) if len(words) >= 3 else [words]
    shingles = map(str.encode, map(" ".join, triples))
    hashes = np.fromiter(map(zlib.crc32, shingles), dtype=np.uint64)
    values = ((hashes[:, None] * ss._MULTIPLIERS + ss._OFFSETS) % ss._PRIME & 0xFFFF).min(axis=0)
    named = " ".join(
        title_words
        if ss._DIGIT.search(folded_title) is None
        else [w for w in title_words if not ss._DIGIT.search(w)]
    )
    first = " ".join(_WORD.findall(first_unit.casefold()))
    marks = "".join(f"{zlib.crc32(w.encode()) & 0xFFFF:04x}" for w in (named, first))
    return ss._VALUES_FORMAT % tuple(values.tolist()) + marks + ss._instalment_mark(title)


# What casefolding and `\w` treat apart: ASCII letters, digits and "_", punctuation, spaces of
# several kinds, letters that fold to two ("ß", "ﬁ"), dotted capitals, digits of other scripts
# ("٣", "²", "３"), marks, unspaced scripts, an emoji.
_ALPHABET = [*"aZq_0 9.,!?'-:;()#&/\t\n", "  ", "\u00a0", "\u2009", "\x1c", "é", "É", "ß", "ẞ"]
_ALPHABET += ["İ", "ﬁ", "Σ", "ς", "Ж", "ж", "٣", "²", "３", "\u0301", "这里", "発売", "한국", "🙂"]
_ALPHABET += ["Thanks", "Episode", "Dave", "2024", "subscribe", "’s", "…", "«", "»"]


def _random_texts(count: int, seed: int, ascii_only: bool = False) -> list[str]:
    draw = random.Random(seed)
    alphabet = [c for c in _ALPHABET if c.isascii()] if ascii_only else _ALPHABET
    return ["".join(draw.choices(alphabet, k=draw.randint(0, 40))) for _ in range(count)]


@cache
def _corpus_entries() -> list[tuple[str, list[str]]]:
    """(title, text blocks) of the entries of every seventh carried corpus feed."""
    paths = sorted(p for p in carried("corpus").rglob("*") if p.is_file() and p.suffix != ".md")
    entries = []
    for path in paths[::7]:
        try:
            feed = parse_feed(path.read_bytes(), url="http://example.com/feed", headers={})
        except Exception:  # noqa: BLE001 -- a feed that does not parse has no texts to read
            continue
        for entry in feed.entries[:30]:
            entries.append((entry.title, list(_Blocks(entry.content_html[:16_000]).forwards())))
    return entries


def _corpus_units() -> list[str]:
    return [
        u for title, blocks in _corpus_entries() for b in [title, *blocks] for u in split_units(b)
    ]


def test_folded_words_are_the_regexs_words_encoded() -> None:
    texts = _random_texts(20_000, seed=24) + _corpus_units()
    for text in texts:
        expected = [w.encode() for w in _WORD.findall(text.casefold())]
        assert folded_words(text) == expected, text
        if text.isascii():
            assert ascii_folded_words(text) == expected, text


@pytest.mark.parametrize("ascii_only", [True, False])
def test_unit_and_skeleton_keys_as_before_on_random_texts(ascii_only: bool) -> None:
    for text in _random_texts(20_000, seed=2024, ascii_only=ascii_only):
        assert unit_key(text) == _unit_key_before(text), text
        assert skeleton_key(text) == _skeleton_key_before(text), text


def test_unit_and_skeleton_keys_as_before_on_the_corpus() -> None:
    units = _corpus_units()
    assert len(units) > 4_000
    assert sum(map(str.isascii, units)) > 1_000 and sum(not u.isascii() for u in units) > 1_000
    for unit in units:
        assert unit_key(unit) == _unit_key_before(unit), unit
        assert skeleton_key(unit) == _skeleton_key_before(unit), unit


def test_story_signatures_as_before_on_the_corpus() -> None:
    entries = _corpus_entries()
    assert len(entries) > 300
    for title, blocks in entries:
        first = blocks[0][:120] if blocks else ""
        expected = _story_signature_before(title, iter(blocks), first)
        assert story_signature(title, iter(blocks), first) == expected, title


def test_story_signatures_as_before_on_random_texts() -> None:
    texts = _random_texts(6_000, seed=20241207)
    for title, body, first in zip(texts[0::3], texts[1::3], texts[2::3], strict=True):
        blocks = [body, first, body * 40]
        expected = _story_signature_before(title, iter(blocks), first)
        assert story_signature(title, iter(blocks), first) == expected, (title, body)


# Keys and a signature as main (981986a) stored them: a feed's state keeps what it learned.
@pytest.mark.parametrize(
    ("unit", "own", "template"),
    [
        ("Thanks for listening!", "ee4bc9502deb6b90", None),
        (
            "Special Thanks to Dave Ruder and 3 others for this week's music and the mix.",
            "3b1b6a0ffb711d8d",
            "~3aa4e1869cf736af",
        ),
        (
            "Подписывайтесь на наш канал в Telegram, чтобы не пропустить новости.",
            "7df9608c49dade75",
            "~cd76c69121a6d280",
        ),
        ("Straße ２０２４ İstanbul ﬁnal", "98860be4ade8bea6", None),
    ],
)
def test_stored_keys_unchanged(unit: str, own: str, template: str | None) -> None:
    assert unit_key(unit) == own
    assert skeleton_key(unit) == template


def test_stored_signature_unchanged() -> None:
    opening = ["Hey salam, welcome to the show.", "Today we talk about İstanbul."]
    signature = story_signature("Episode 12: The Straße ２０２４", iter(opening), opening[0])
    assert signature == "34211ddf1331148aa66bcd3725cc"
