"""Text repair's quick check: it lets through every text ftfy's mojibake detector would flag."""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

import ftfy
import ftfy.fixes
import pytest
from ftfy.badness import BADNESS_RE, is_bad

from bot.parsing.repair import _GLUE_HINT, _MAYBE_BAD, repaired
from tests.conftest import carried
from tests.test_corpus import corpus_files

# What the quick check accepts alone (one character is enough).
_SINGLES = {chr(c) for c in range(0x80, 0xA0)} | set("ŒœÃÂ")


def _characters(element: tuple[object, object]) -> set[str] | None:
    """The characters one element of a parsed pattern matches, when it is a literal or a
    class of literals and ranges; None for anything else (\\s, \\w, repeats, anchors)."""
    kind, value = element
    if kind is sre.LITERAL:
        assert isinstance(value, int)
        return {chr(value)}
    if kind is not sre.IN:
        return None
    found: set[str] = set()
    assert isinstance(value, list)
    for item_kind, item in value:
        if item_kind is sre.LITERAL:
            found.add(chr(item))
        elif item_kind is sre.RANGE:
            found.update(chr(c) for c in range(item[0], item[1] + 1))
        else:
            return None
    return found


def _alternatives() -> list[list[set[str] | None]]:
    parsed = list(sre_parse.parse(BADNESS_RE.pattern, re.VERBOSE))
    assert len(parsed) == 1 and parsed[0][0] is sre.BRANCH
    return [[_characters(e) for e in branch] for branch in parsed[0][1][1]]


def _pair_matches(chars: set[str]) -> bool:
    return all(_MAYBE_BAD.fullmatch(c + c) for c in chars)


def test_every_mojibake_pattern_of_ftfy_passes_the_quick_check() -> None:
    # Each alternative must hold two adjacent classes the check's pair accepts, or one class
    # of characters it accepts alone: then no text is_bad flags can fail the check.
    alternatives = _alternatives()
    assert len(alternatives) > 30
    for elements in alternatives:
        single = any(chars and chars <= _SINGLES for chars in elements)
        pair = any(
            a
            and b
            and _pair_matches(a)
            and _pair_matches(b)
            and _MAYBE_BAD.fullmatch(min(a) + min(b))
            for a, b in zip(elements, elements[1:], strict=False)
        )
        assert single or pair, elements


def test_the_quick_check_passes_no_ascii_and_not_every_accent() -> None:
    assert not any(_MAYBE_BAD.search(chr(c) * 2) for c in range(128))
    assert not _MAYBE_BAD.search("l'été à Paris, die Straße, niño")
    assert _MAYBE_BAD.search("lâ€™ancien ministre a attirÃ© …")


def test_on_real_feeds_what_ftfy_flags_the_check_lets_through() -> None:
    texts = [
        line
        for path in corpus_files(carried("corpus"))
        for line in path.read_text("utf-8", errors="replace").splitlines()
        if not line.isascii()
    ]
    assert len(texts) > 100
    flagged = [t for t in texts if is_bad(t)]
    assert flagged
    assert all(_MAYBE_BAD.search(t) for t in flagged)
    assert repaired("lâ€™ancien ministre a attirÃ© les regards") == (
        "l’ancien ministre a attiré les regards"
    )


def test_ftfy_fixes_the_same_with_the_quick_check_in_front(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [
        line
        for path in corpus_files(carried("corpus"))
        for line in path.read_text("utf-8", errors="replace").splitlines()
        if not line.isascii() and is_bad(line)
    ]
    fast = [ftfy.fix_text(line) for line in lines]
    monkeypatch.setattr(ftfy, "is_bad", is_bad)
    monkeypatch.setattr(ftfy.fixes, "is_bad", is_bad)
    assert fast == [ftfy.fix_text(line) for line in lines]


def test_the_glue_hint_finds_what_its_class_first_form_finds() -> None:
    # Written to open with its full stop for speed: on every line of the carried corpus and at
    # a text's edges it must answer as "[a-z\d]\.[A-Z]" does.
    plain = re.compile(r"[a-z\d]\.[A-Z]")
    lines = [".A", "a.A", "9.Z", "A.B", "a.b", "a. B", "x.", ".", "", "é.A", "a..A", "see a.Bee"]
    for path in corpus_files(carried("corpus")):
        lines += path.read_text("utf-8", errors="replace").splitlines()
    assert sum(bool(plain.search(line)) for line in lines) > 20
    for line in lines:
        assert bool(_GLUE_HINT.search(line)) == bool(plain.search(line)), line
