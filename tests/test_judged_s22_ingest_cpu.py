"""A first check's worker CPU (issue 11's ingest bar): literal pre-scans before patterns that
are tried at every character answer exactly as the patterns alone did."""

from __future__ import annotations

import random

import pytest

from bot.parsing import double_escapes, identity
from bot.parsing.code_spans import text_outside_code
from bot.parsing.double_escapes import _ESCAPED_ENTITY, _GLUED_HTML, html_once_unescaped
from bot.parsing.identity import _CUT_MARK, _cut_from_text
from bot.text.ellipsis_cuts import _ENDS_ON_ELLIPSIS, ELLIPSIS_CUT_KEY, ellipsis_cut_key

# Characters the three patterns turn on, and a few others, drawn into random texts.
_ALPHABET = ["&amp;", "&", "#", "x", "8230", ";", "acute", "lt", "gt", "amp", "a", "Z", "1"]
_ALPHABET += [" ", "\n", ".", "...", "…", "”", ")", "_", "é", "<p>", "</p>", "<code>", "</code>"]


def _texts(count: int, seed: int) -> list[str]:
    draw = random.Random(seed)
    return ["".join(draw.choices(_ALPHABET, k=draw.randint(0, 24))) for _ in range(count)]


def _unescaped_as_before(content: str) -> str:
    """html_once_unescaped as it was: the glued pattern searched alone."""
    if "&amp;" not in content or not _GLUED_HTML.search(content):
        return content
    return text_outside_code(
        content, lambda text: _GLUED_HTML.sub(double_escapes._html_entity, text)
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("<p>l&amp;acute;archipel</p>", "<p>l&rsquo;archipel</p>"),
        ("<p>Partie 1/3&amp;#8230;</p>", "<p>Partie 1/3&#8230;</p>"),
        ("<p>write &amp;nbsp; for a space</p>", "<p>write &amp;nbsp; for a space</p>"),
        ('<a href="/?a=1&amp;b=2">x</a> A&amp;lt;B', '<a href="/?a=1&amp;b=2">x</a> A&amp;lt;B'),
    ],
)
def test_double_escapes_decoded_as_before(content: str, expected: str) -> None:
    assert html_once_unescaped(content) == expected == _unescaped_as_before(content)


def test_every_glued_entity_passes_the_pre_scan() -> None:
    for text in _texts(20_000, seed=22):
        if _GLUED_HTML.search(text):
            assert _ESCAPED_ENTITY.search(text), text
        assert html_once_unescaped(text) == _unescaped_as_before(text), text


def _cut_as_before(title: str) -> bool:
    return _CUT_MARK.search(title) is not None


def test_cut_titles_found_as_before() -> None:
    text = "<p>Polar explorer and scientist Felicity Aston shares her story of crossing.</p>"
    for title in (
        "Polar explorer and scientist Felicity Aston shares her...",
        "Polar explorer and scientist Felicity Aston shares her…",
        "Polar explorer and scientist Felicity Aston shares her...\n",
    ):
        assert _cut_from_text(title, text)
    assert not _cut_from_text("Polar explorer and scientist Felicity Aston shares her... ", text)
    # Every title the mark's search finds ends on one of the ends checked first.
    for title in _texts(20_000, seed=21):
        if _cut_as_before(title):
            assert title.endswith(identity._CUT_ENDS), repr(title)


def test_ellipsis_cuts_found_as_before() -> None:
    assert ellipsis_cut_key("… en daarom nemen…") == ELLIPSIS_CUT_KEY
    assert ellipsis_cut_key("standing intro (part one”)…  \n") is None
    assert ellipsis_cut_key("de auto’s…”") is None
    for line in _texts(20_000, seed=20):
        before = ELLIPSIS_CUT_KEY if _ENDS_ON_ELLIPSIS.search(line.rstrip()) else None
        assert ellipsis_cut_key(line) == before, repr(line)


def test_the_pre_scan_is_led_by_its_literal() -> None:
    # What makes it fast: re finds a literal prefix with a fast string search.
    assert _ESCAPED_ENTITY.pattern.startswith("&amp;")
