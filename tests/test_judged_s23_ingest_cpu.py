"""A first check's CPU (issue 11's ingest bar): a title without a separator mark is not handed to
re2, nor a name without a closing bracket, and naming a site cleans each of its texts once;
every answer is the one the patterns alone gave."""

from __future__ import annotations

import random

import pytest

from bot.attribution.name_spellings import _MARKER, _MARKER_ENDS, clean_name
from bot.attribution.title_domain_names import names_domain
from bot.attribution.title_parts import _SEPARATOR_MARK, _SEPARATORS, separated

# Characters the two patterns turn on, and a few others, drawn into random texts.
_MARKS = list("-–—|/>»·•:~〜：･・") + ["--", ":::", "･･･"]
_ALPHABET = [*_MARKS, " ", "  ", "\t", "\u00a0", "a", "Z", "é", "1", "(", ")", "[", "]"]
_ALPHABET += ["（", "）", "【", "】", "!", "！", "?", "？", "*", "＊", "_", ".", "极客"]


def _texts(count: int, seed: int) -> list[str]:
    draw = random.Random(seed)
    return ["".join(draw.choices(_ALPHABET, k=draw.randint(0, 16))) for _ in range(count)]


def _separated_as_before(title: str) -> list[str]:
    """separated without the pre-scan: what its loop makes of a title re2 finds nothing in."""
    return [title] if _SEPARATORS.search(title) is None else separated(title)


def test_every_separator_holds_a_mark_the_pre_scan_finds() -> None:
    for text in _texts(20_000, seed=23):
        if _SEPARATORS.search(text) is not None:
            assert _SEPARATOR_MARK.search(text) is not None, text
        assert separated(text) == _separated_as_before(text), text


@pytest.mark.parametrize(
    ("title", "parts"),
    [
        ("Tech – TIME", ["Tech", "TIME"]),
        ("WSJ.com: World News", ["WSJ.com", "World News"]),
        ("Al-Monitor", ["Al-Monitor"]),
        ("(Fabio Alessandro Locati|Fale)'s blog", ["(Fabio Alessandro Locati|Fale)'s blog"]),
        (
            "琥珀色の小箱に恋をして::･･::･国際結婚生活日記",
            ["琥珀色の小箱に恋をして", "国際結婚生活日記"],
        ),
        (
            "Polar explorer Felicity Aston shares her story",
            ["Polar explorer Felicity Aston shares her story"],
        ),
    ],
)
def test_titles_separated_as_before(title: str, parts: list[str]) -> None:
    assert separated(title) == parts


def test_a_closing_marker_ends_on_a_closing_bracket() -> None:
    for text in _texts(20_000, seed=2023):
        spaced = " ".join(text.split())
        if _MARKER.search(spaced) is not None:
            assert spaced.endswith(_MARKER_ENDS), spaced


@pytest.mark.parametrize(
    ("name", "clean"),
    [
        ("极客公园（！）", "极客公园"),
        ("Example Blog (!)", "Example Blog"),
        ("Rest of World -", "Rest of World"),
        ("The Ed TechieThe Ed Techie", "The Ed Techie"),
        ("Caf&eacute;  Babel", "Café Babel"),
        ("Notes [draft]", "Notes [draft]"),
        (None, ""),
    ],
)
def test_names_cleaned_as_before_and_again(name: str | None, clean: str) -> None:
    # Remembered answers are the ones worked out anew (the cache holds a few of them).
    assert clean_name(name) == clean == clean_name.__wrapped__(name)
    assert clean_name(name) == clean


@pytest.mark.parametrize(
    ("part", "domain", "names"),
    [
        ("Le Monde.fr", ("lemonde.fr", "lemonde"), True),
        ("SPIEGEL ONLINE", ("spiegel.de", "spiegel"), True),
        ("Spiegelei Rezepte Heute", ("spiegel.de", "spiegel"), False),
        ("The Washington Post", ("washingtonpost.com", "washingtonpost"), True),
        ("JDD", ("lejdd.fr", "lejdd"), True),
        ("World News", None, False),
    ],
)
def test_domains_named_as_before_and_again(
    part: str, domain: tuple[str, str] | None, names: bool
) -> None:
    assert names_domain(part, domain) is names is names_domain.__wrapped__(part, domain)
    assert names_domain(part, domain) is names
