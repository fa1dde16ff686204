"""Keyword filters over title and summary: plain words (whole word, any case) or `/regex/`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from storage.records import FilterKind

MAX_PATTERN = 200


class FilterError(ValueError):
    """The pattern cannot be used; the message says why."""


@dataclass(frozen=True)
class FilterRule:
    """One include or exclude rule, and whose it is ("feed #3", "target #1") for the record."""

    kind: FilterKind
    pattern: str
    scope: str
    id: int | None = None

    def describe(self) -> str:
        """How the rule is shown to editors and recorded on a filtered entry."""
        return f"{self.scope} {self.kind} {self.pattern}"


@lru_cache(maxsize=512)
def compile_pattern(pattern: str) -> re.Pattern[str]:
    """`/regex/` (`/regex/i` ignores case) or words matched whole, in any case."""
    pattern = pattern.strip()
    if not pattern:
        raise FilterError("the pattern is empty")
    if len(pattern) > MAX_PATTERN:
        raise FilterError(f"the pattern is longer than {MAX_PATTERN} characters")
    regex = re.fullmatch(r"/(.+)/(i?)", pattern, re.S)
    if regex:
        try:
            return re.compile(regex.group(1), re.IGNORECASE if regex.group(2) else 0)
        except re.error as exc:
            raise FilterError(f"not a valid regular expression: {exc}") from None
    words = r"\s+".join(re.escape(word) for word in pattern.split())
    # Whole words: no word character may touch either end ("war" does not match "award").
    return re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)


def blocking_rule(rules: Sequence[FilterRule], title: str, summary: str) -> str | None:
    """Why the entry is filtered out (the rule, described), or None when it passes."""
    text = f"{title}\n{summary}"
    for rule in rules:
        if rule.kind is FilterKind.EXCLUDE and compile_pattern(rule.pattern).search(text):
            return rule.describe()
    includes = [rule for rule in rules if rule.kind is FilterKind.INCLUDE]
    if includes and not any(compile_pattern(r.pattern).search(text) for r in includes):
        return f"{includes[0].scope} include {' | '.join(r.pattern for r in includes)}: no match"
    return None
