"""Keyword filters over title and summary: plain words (whole word, any case) or `/regex/`.

Editors' patterns run on RE2 (google-re2), whose matching time is linear in the text: no
pattern, however written, can take exponential time the way `/(a+)+$/` does in Python's `re`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

import re2

from storage.records import FilterKind

log = logging.getLogger(__name__)

MAX_PATTERN = 200
# RE2's memory for one compiled pattern (program and DFA cache; RE2's default is 8 MiB).
# A pattern that needs more is refused; a DFA that fills it falls back to RE2's NFA, slower
# but still linear.
PATTERN_MEMORY = 2 << 20
# Python's \w and \s are Unicode; RE2's are ASCII, so plain words spell them out.
_WORD_CHAR = r"\pL\pN\pM_"
_SPACE = r"[\s\p{Z}]+"


class FilterError(ValueError):
    """The pattern cannot be used; the message says why."""


class Matcher(Protocol):
    """A compiled pattern (re2's objects carry no type hints)."""

    def search(self, text: str) -> object | None: ...


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
def compile_pattern(pattern: str) -> Matcher:
    """`/regex/` (`/regex/i` ignores case) in RE2 syntax, or words matched whole, in any case."""
    pattern = pattern.strip()
    if not pattern:
        raise FilterError("the pattern is empty")
    if len(pattern) > MAX_PATTERN:
        raise FilterError(f"the pattern is longer than {MAX_PATTERN} characters")
    regex = re.fullmatch(r"/(.+)/(i?)", pattern, re.S)
    if regex:
        return _compile(regex.group(1), ignore_case=bool(regex.group(2)))
    words = _SPACE.join(re2.escape(word) for word in pattern.split())
    # Whole words: no word character may touch either end ("war" does not match "award").
    # RE2 has no lookbehind, so the neighbour is matched (only whether it matches counts).
    edge = f"[^{_WORD_CHAR}]"
    return _compile(f"(?:^|{edge}){words}(?:{edge}|$)", ignore_case=True)


def _compile(expression: str, *, ignore_case: bool) -> Matcher:
    options = re2.Options()
    options.max_mem = PATTERN_MEMORY
    options.case_sensitive = not ignore_case
    options.log_errors = False  # RE2 would write every refused pattern to stderr
    try:
        matcher: Matcher = re2.compile(expression, options)
    except re2.error as exc:
        raise FilterError(explain(exc)) from None
    return matcher


# Why RE2 refused a pattern, in the editor's words: (what RE2 says, what the editor reads).
_REFUSALS = (
    ("invalid perl operator: (?=", "lookahead (?=…)"),
    ("invalid perl operator: (?!", "negative lookahead (?!…)"),
    ("invalid perl operator: (?<=", "lookbehind (?<=…)"),
    ("invalid perl operator: (?<!", "negative lookbehind (?<!…)"),
    ("invalid perl operator: (?P", "a backreference (?P=name)"),
)
_UNSUPPORTED = (
    "newsbot runs patterns with RE2, which keeps matching fast on any text "
    "and so has no lookaround or backreferences"
)


def explain(exc: Exception) -> str:
    """RE2's refusal as a sentence an editor can act on."""
    arg = exc.args[0] if exc.args else ""
    reason = arg.decode("utf-8", "replace") if isinstance(arg, bytes) else str(arg)
    for said, feature in _REFUSALS:
        if reason.startswith(said):
            return f"the pattern uses {feature}: {_UNSUPPORTED}"
    if reason.startswith("invalid escape sequence: \\") and reason[-1:].isdigit():
        return f"the pattern uses a backreference ({reason.split(': ')[-1]}): {_UNSUPPORTED}"
    if "pattern too large" in reason:
        return "the pattern is too large to run safely; write it shorter or split it in two"
    if reason.startswith("invalid repetition size"):
        return "a repetition count over 1000 ({n,m}) is not supported"
    return f"not a valid regular expression (RE2 syntax): {reason}"


def pattern_note(pattern: str) -> str | None:
    """What an editor used to Python's `re` may not expect of a valid pattern, or None."""
    if re.fullmatch(r"/.+/i?", pattern.strip(), re.S) and re.search(r"\\[bBwWdDsS]", pattern):
        return (
            "In RE2, \\b, \\w, \\d and \\s know ASCII only: for other scripts use \\pL "
            "(a letter), \\pN (a digit), [\\s\\p{Z}] (a space), or plain words, which "
            "match whole words in any script."
        )
    return None


def usable_rules(rules: Iterable[FilterRule]) -> tuple[FilterRule, ...]:
    """The rules whose patterns compile; any other is disabled and logged."""
    # Rules stored before patterns ran on RE2 may use lookaround or backreferences. They are
    # left out (as if absent, so nothing is held back by a rule that cannot run) rather than
    # failing the feed's check; /filter list shows them as disabled.
    usable = []
    for rule in rules:
        problem = rule_problem(rule)
        if problem is None:
            usable.append(rule)
        else:
            _log_disabled(rule, problem)
    return tuple(usable)


def rule_problem(rule: FilterRule) -> str | None:
    """Why the rule cannot run, or None when it can."""
    try:
        compile_pattern(rule.pattern)
    except FilterError as exc:
        return str(exc)
    return None


@lru_cache(maxsize=256)
def _log_disabled(rule: FilterRule, problem: str) -> None:
    # Cached: once per rule and process, not once per check.
    log.error("filter %s (%s) is disabled: %s", rule.id, rule.describe(), problem)


def blocking_rule(rules: Sequence[FilterRule], title: str, summary: str) -> str | None:
    """Why the entry is filtered out (the rule, described), or None when it passes."""
    text = f"{title}\n{summary}"
    rules = usable_rules(rules)
    for rule in rules:
        if rule.kind is FilterKind.EXCLUDE and compile_pattern(rule.pattern).search(text):
            return rule.describe()
    includes = [rule for rule in rules if rule.kind is FilterKind.INCLUDE]
    if includes and not any(compile_pattern(r.pattern).search(text) for r in includes):
        return f"{includes[0].scope} include {' | '.join(r.pattern for r in includes)}: no match"
    return None
