"""One piece of reprint evidence, as every notice family reports it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hit:
    """One piece of evidence in blocks[block]; cut is the (start, end) a cleaner deletes."""

    # explicit | syndication | wire | byline | aggregator | source | author | cms | template
    # | teaser | request
    family: str
    publisher: str | None
    url: str | None
    block: int
    start: int
    end: int
    cut: tuple[int, int] | None
    is_self: bool = False
    rule: str = ""  # the family unit that found it (for counts and inspect), e.g. "grammar.de"
