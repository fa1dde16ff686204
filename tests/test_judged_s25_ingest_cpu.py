"""A first check's CPU (issue 11's ingest bar), no output changed: ftfy's control-character pass
searched before it translates, install posts pre-checked by substring, a feed's registrable
domain remembered, the words of text whose words are all ASCII found at C speed, and a
learning pass's story signatures in one numpy pass. Each is held to what it replaces."""

from __future__ import annotations

import hashlib
import random
import re
from functools import cache

import ftfy
import pytest
from ftfy.chardata import CONTROL_CHARS
from tld import get_tld

from bot.attribution.title_domain_names import domain_parts
from bot.compose import install_posts
from bot.compose.install_posts import is_install_post
from bot.parsing.models import FeedEntry
from bot.parsing.repair import _CONTROL_CHAR, repaired, without_control_chars
from bot.text import boilerplate
from bot.text.boilerplate import FeedBoilerplate, learn, unit_key
from bot.text.folded_words import _NON_ASCII_WORD, ascii_words, folded_words
from bot.text.story_signatures import Opening, Signatures, story_signature, story_signatures
from tests.test_judged_s24_learning_cpu import (
    _corpus_entries,
    _corpus_units,
    _story_signature_before,
)

_WORD = re.compile(r"\w+")
_ONE_WORD_CHAR = re.compile(r"\w")

# Curly quotes, dashes and spaces beside ASCII words (most of the non-ASCII text learning
# reads), and what casefolding and `\w` treat apart: "ͅ" (U+0345, no word character, folds to
# "ι"), "ſ", "ı", "İ", "K" (Kelvin), "・" (U+30FB, an unspaced script's range, no word
# character), digits of other scripts, a lone surrogate.
_ALPHABET = [*"aZq_0 9.,!?'-:;()#&/\t\n", "’", "“", "”", "—", "–", "…", "\u00a0", "\u2009"]
_ALPHABET += ["\u0345", "ſ", "ı", "İ", "\u212a", "\u30fb", "٣", "²", "３", "ß", "ﬁ", "Ж", "这里"]
_ALPHABET += ["\ud800", "\x07", "\ufeff", "\u206b", "\ufffc", "Thanks", "WordPress", "2024"]


def _random_texts(count: int, seed: int) -> list[str]:
    draw = random.Random(seed)
    return ["".join(draw.choices(_ALPHABET, k=draw.randint(0, 40))) for _ in range(count)]


def _folded_words_before(text: str) -> list[bytes]:
    return [w.encode() for w in _WORD.findall(text.casefold())]


def _unit_key_before(unit: str) -> str | None:
    """unit_key as main had it for a non-ASCII unit: the regex's words, counted as text."""
    words = _WORD.findall(unit.casefold())
    least = boilerplate.MIN_WORDS - 1 if unit.rstrip().endswith("!") else boilerplate.MIN_WORDS
    if boilerplate._word_count(words, unit) < least:
        return None
    return hashlib.blake2b(" ".join(words).encode(), digest_size=8).hexdigest()


def test_control_char_search_finds_exactly_ftfys_control_chars() -> None:
    found = {c for c in range(0x110000) if _CONTROL_CHAR.match(chr(c))}
    assert found == set(CONTROL_CHARS) and set(CONTROL_CHARS.values()) == {None}
    assert ftfy.FIXERS["remove_control_chars"] is without_control_chars


def test_without_control_chars_is_ftfys_translate() -> None:
    for text in [*_random_texts(20_000, seed=25), *_corpus_units()[::5]]:
        assert without_control_chars(text) == text.translate(CONTROL_CHARS), text
    # "The movie wasnâ€™t screened" is still fixed, its bell character still removed.
    assert repaired("wasnâ€™t\x07 screened") == "wasn’t screened"


def test_engine_tails_hold_every_case_blind_spelling() -> None:
    # Every character matching a tail's letter case-blind lower-cases to that letter alone.
    for letter in set("".join(install_posts._ENGINE_TAILS)):
        pattern = re.compile(re.escape(letter), re.IGNORECASE)
        matching = [chr(c) for c in range(0x110000) if pattern.fullmatch(chr(c))]
        assert all(c.lower() == letter for c in matching), letter
    # Each name of _ENGINE_NAMED past its first letter holds one of the tails.
    names = install_posts._ENGINE_NAMED.pattern.split("](?:")[1].rstrip(")").split("|")
    assert all(any(t in n.lower() for t in install_posts._ENGINE_TAILS) for n in names), names


def _entry(html: str) -> FeedEntry:
    return FeedEntry("k", "Hello world!", None, None, None, html)


def _install_post_before(entry: FeedEntry) -> bool:
    text = entry.content_html
    return (
        len(text) <= install_posts._MAX_CHARS
        and install_posts._ENGINE_NAMED.search(text) is not None
        and install_posts._STOCK_TEXT.search(text) is not None
    )


@pytest.mark.parametrize(
    "text",
    [
        "Welcome to WordPress. This is your first post. Edit or delete it, then start blogging!",
        "Bienvenue dans WordPreſs. Ceci est votre premier article.",
        "WELCOME TO MOVABLE TYPE! This is your FIRST POST.",
        "欢迎使用 WordPress。这是您的第一篇日志。",
        "SiteGround is proud to host this particular WordPress installation",
        "Our new blog runs on wordpress; more soon.",
    ],
)
def test_install_posts_as_before(text: str) -> None:
    entry = _entry(text)
    assert is_install_post(entry) == _install_post_before(entry)


def test_install_post_pre_check_passes_every_engine_name() -> None:
    for text in _random_texts(20_000, seed=2512):
        entry = _entry(text)
        assert is_install_post(entry) == _install_post_before(entry), text
        if install_posts._ENGINE_NAMED.search(text):
            assert install_posts._names_an_engine_maybe(text), text


@pytest.mark.parametrize(
    "url", ["https://www.abc.net.au/news/", "http://127.0.0.1:8000/", "ftp://x.org/", None, ""]
)
def test_domain_parts_remembered_as_worked_out(url: str | None) -> None:
    expected = domain_parts.__wrapped__(url)
    assert domain_parts(url) == expected == domain_parts(url)
    if url == "https://www.abc.net.au/news/":
        assert expected == ("abc.net.au", "abc")
        assert str(get_tld(url, as_object=True).fld) == "abc.net.au"  # type: ignore[union-attr]


def test_non_ascii_word_search_finds_what_folds_to_a_word() -> None:
    for c in range(0x80, 0x110000):
        char = chr(c)
        folds_to_word = _ONE_WORD_CHAR.search(char.casefold()) is not None
        assert (_NON_ASCII_WORD.search(char) is not None) == folds_to_word, hex(c)


def test_words_of_mostly_ascii_text_are_the_regexs_words() -> None:
    texts = [*_random_texts(30_000, seed=2025), *_corpus_units()]
    assert sum(ascii_words(t) is not None and not t.isascii() for t in texts) > 1_000
    for text in texts:
        expected = _folded_words_before(text)
        assert folded_words(text) == expected, text
        words = ascii_words(text)
        assert words is None or words == expected, text
        assert unit_key(text) == _unit_key_before(text), text


def test_mostly_ascii_unit_keys_as_main_stored_them() -> None:
    # Keys are stored in a feed's state: a curly apostrophe's unit keeps its key.
    unit = "That’s all for this week — see you next time!"
    assert ascii_words(unit) == [b"that", b"s", b"all", b"for", b"this", b"week", b"see"] + [
        b"you",
        b"next",
        b"time",
    ]
    assert unit_key(unit) == _unit_key_before(unit) is not None


@cache
def _openings() -> list[tuple[str, list[str], str]]:
    return [(t, b, b[0][:120] if b else "") for t, b in _corpus_entries()]


def test_one_pass_signatures_are_each_entrys_own() -> None:
    openings = _openings()
    assert len(openings) > 300
    batch = story_signatures([(t, iter(b), f) for t, b, f in openings])
    for (title, blocks, first), signature in zip(openings, batch, strict=True):
        assert signature == _story_signature_before(title, iter(blocks), first), title
        assert story_signature(title, iter(blocks), first) == signature, title
    assert story_signatures([]) == []


def test_signatures_worked_out_from_the_first_asked_for() -> None:
    openings = [(t, iter(b), f) for t, b, f in _openings()[:40]]
    signatures = Signatures([o if i % 3 else None for i, o in enumerate(openings)])
    t, b, f = _openings()[7]
    assert signatures.of(7) == _story_signature_before(t, iter(b), f)
    t, b, f = _openings()[38]
    assert signatures.of(38) == _story_signature_before(t, iter(b), f)


class _SignedOneByOne:
    """How learning signed before: each entry alone, when first asked."""

    def __init__(self, openings: list[Opening | None]) -> None:
        self._openings = openings

    def of(self, i: int) -> str:
        opening = self._openings[i]
        assert opening is not None
        return story_signature(*opening)


def test_learning_from_one_pass_signatures_as_from_each_entrys_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A corpus feed's entries learned in one pass and in two (the second on the first's
    # state), with the signatures of one numpy pass and with each worked out alone.
    entries = [
        boilerplate.EntryText(t, "<p>" + "</p><p>".join(b) + "</p>") for t, b, _ in _openings()
    ]
    states = []
    for signer in (Signatures, _SignedOneByOne):
        monkeypatch.setattr(boilerplate, "Signatures", signer)
        for start in range(0, 200, 40):
            part = entries[start : start + 40]
            first = learn(FeedBoilerplate(), part[20:], now=1_789_900_000.0)
            states.append((first.to_json(), learn(first, part[:20], now=1_790_000_000.0).to_json()))
    half = len(states) // 2
    assert states[:half] == states[half:]
    assert any('"candidates":[[' in second for _, second in states[:half])
