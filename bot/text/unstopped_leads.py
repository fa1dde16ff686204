"""Leads in scripts written without a full stop (Thai, Lao, Khmer): a space ends a phrase or a
sentence there, so a paragraph of prose never reads as "complete" by its punctuation."""

from __future__ import annotations

import re

from bot.text.word_counts import word_count

# Thai, Lao, Khmer letters (Myanmar has its "။", Tibetan its "།": those end sentences).
_UNSTOPPED = re.compile(r"[\u0e01-\u0e4f\u0e81-\u0ede\u1780-\u17dd]")
_LETTER = re.compile(r"[^\W\d_]")
# A paragraph of prose, not a heading or a list item: a sentence's length at least.
_MIN_WORDS = 12
# Most of its letters in such a script (Latin names and words stand among them).
_SHARE = 0.6


def _unstopped(line: str) -> bool:
    letters = len(_LETTER.findall(line))
    return letters > 0 and len(_UNSTOPPED.findall(line)) >= _SHARE * letters


def unstopped_lead(sections: list[list[list[str]]], max_chars: int) -> str:
    """The opening paragraphs of the first section, whole, within `max_chars`, when it opens on
    prose of a script without a full stop; "" otherwise."""
    if not sections:
        return ""
    lines = [" ".join(paragraph).strip() for paragraph in sections[0]]
    if not lines or word_count(lines[0]) < _MIN_WORDS or not _unstopped(lines[0]):
        return ""
    if len(lines[0]) > max_chars:
        return ""  # a phrase cut here could be a word cut (no spaces between words)
    lead = lines[0]
    for line in lines[1:]:
        # The source's hard wraps make paragraphs of one sentence: they go on while prose.
        if not _unstopped(line) or len(lead) + 1 + len(line) > max_chars:
            break
        lead = f"{lead} {line}"
    return lead
