"""Keyword filters: whole words in any case, or /regex/, over title and summary."""

from __future__ import annotations

import pytest

from bot.compose.filters import FilterError, FilterRule, blocking_rule, compile_pattern
from storage.records import FilterKind


def rules(*specs: tuple[str, str]) -> list[FilterRule]:
    return [FilterRule(FilterKind(kind), pattern, "feed #1") for kind, pattern in specs]


def test_plain_words_match_whole_words_in_any_case() -> None:
    pattern = compile_pattern("war")
    assert pattern.search("The WAR goes on") and pattern.search("war-time")
    assert not pattern.search("An award ceremony") and not pattern.search("warning")
    assert compile_pattern("Winter  Olympics").search("the winter olympics in Beijing")


def test_a_regex_between_slashes_is_used_as_written() -> None:
    assert compile_pattern("/ukrain(e|ian)/").search("Ukrainian forces") is None
    assert compile_pattern("/ukrain(e|ian)/i").search("Ukrainian forces")
    with pytest.raises(FilterError, match="regular expression"):
        compile_pattern("/(unclosed/")
    with pytest.raises(FilterError, match="empty"):
        compile_pattern("  ")


def test_exclude_wins_and_names_the_rule() -> None:
    found = rules(("include", "harbour"), ("exclude", "/sport(s)?/i"))
    assert blocking_rule(found, "Harbour sports day", "") == "feed #1 exclude /sport(s)?/i"
    assert blocking_rule(found, "Harbour news", "Ferry resumes.") is None


def test_include_needs_one_match_in_title_or_summary() -> None:
    found = rules(("include", "ferry"), ("include", "library"))
    assert blocking_rule(found, "Town news", "The ferry resumes.") is None
    assert blocking_rule(found, "Town news", "Nothing else.") == (
        "feed #1 include ferry | library: no match"
    )
    assert blocking_rule([], "Anything", "") is None
