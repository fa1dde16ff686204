"""Words in a line of any script: runs of Chinese, Japanese, Thai, Lao, Khmer or Burmese,
written without spaces, count by their length, not as one word."""

from __future__ import annotations

import re

# Scripts written without spaces between words: Han, kana (with the prolonged-sound mark),
# Thai, Lao, Khmer, Myanmar. Korean spaces its words, so Hangul counts as Latin does.
_UNSPACED = re.compile(
    r"[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
    r"\u0e00-\u0e7f\u0e80-\u0eff\u1780-\u17ff\u1000-\u109f]+"
)
# A word of those scripts is about two characters long (Chinese ~1.5, Japanese ~2, Thai more);
# two is what a line's length in words is measured in (a 60-character sentence is 30 words).
_CHARS_A_WORD = 2


def word_count(text: str) -> int:
    """The number of words in `text`, unspaced scripts' runs counted two characters a word."""
    runs = _UNSPACED.findall(text)
    if not runs:
        return len(text.split())
    spaced = len(_UNSPACED.sub(" ", text).split())
    return spaced + sum(-(-len(run) // _CHARS_A_WORD) for run in runs)
