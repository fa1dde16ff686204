"""A lead sentence said again by the next ("La 19ème édition … confirme …" as a bold standfirst
and as the body's first sentence): one of the two is the lead."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_WORD = re.compile(r"\w+")
# A sentence this long, whose words the next says in their order, is that sentence again; a
# short one ("I don't have to use force. I don't want to use force.") is the writer's echo.
_MIN_WORDS = 8
_SAID_AGAIN = 0.9
# The shorter says most of the longer: a summary of a long sentence before it is no repetition.
_MIN_SHARE = 0.6


def _restated(first: str, second: str) -> bool:
    a, b = _WORD.findall(first.lower()), _WORD.findall(second.lower())
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < _MIN_WORDS or len(set(short)) < _MIN_SHARE * len(set(long)):
        return False
    if len(set(short) & set(long)) < _SAID_AGAIN * len(set(short)):
        return False  # the cheap test first; the order of the words then
    blocks = SequenceMatcher(None, short, long, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks) >= _SAID_AGAIN * len(short)


def without_restated_sentences(sections: list[list[list[str]]]) -> list[list[list[str]]]:
    """The sections, the first's sentences without the shorter of two in a row that say the
    same (a standfirst over the body's first sentence)."""
    if not sections:
        return sections
    place = [(p, s) for p, paragraph in enumerate(sections[0]) for s in range(len(paragraph))]
    dropped: set[tuple[int, int]] = set()
    for before, after in zip(place, place[1:], strict=False):
        first, second = sections[0][before[0]][before[1]], sections[0][after[0]][after[1]]
        if before not in dropped and _restated(first, second):
            dropped.add(after if len(second) <= len(first) else before)
    if not dropped:
        return sections
    first_section = [
        [s for i, s in enumerate(paragraph) if (p, i) not in dropped]
        for p, paragraph in enumerate(sections[0])
    ]
    return [[paragraph for paragraph in first_section if paragraph], *sections[1:]]
