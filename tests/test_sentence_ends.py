"""is_sentence_end: the word before a full stop found from its end, same answers as before."""

from __future__ import annotations

import re

from bot.text.sentence_ends import _ABBREVIATIONS, is_sentence_end
from bot.text.written_stops import stop_goes_on
from tests.conftest import carried
from tests.test_corpus import corpus_files


def _by_search(text: str, i: int) -> bool:
    """is_sentence_end as it was written first: the word found by searching for "[\\w.]+$"."""
    if text[i] not in ".!?…":
        return False
    j = i + 1
    while j < len(text) and text[j] in "\"'”’)]*_":
        j += 1
    if j < len(text) and not (text[j].isspace() or text[j].isupper()):
        return False
    if text[i] in "?!" and ")" in text[i + 1 : j] and text[j:].lstrip()[:1].islower():
        return False  # an aside's question, the sentence going on after its bracket
    if text[i] == ".":
        word = re.search(r"([\w.]+)$", text[max(0, i - 40) : i])
        if word:
            w = word.group(1)
            if len(w) == 1 and w.isupper():
                return False
            if w.lower().rstrip(".") in _ABBREVIATIONS or re.fullmatch(r"(?:\w\.)+\w", w):
                return False
        if j < len(text) and not text[j].isspace() and (not word or len(word.group(1)) < 3):
            return False
        # Session 26: a day's ordinal or an abbreviation going on (bot/text/written_stops).
        short = not word or len(word.group(1)) <= 4
        if short and stop_goes_on(text[max(0, i - 6) : i + 1], text[j : j + 40]):
            return False
    return True


def test_every_stop_of_the_carried_corpus_is_judged_as_by_the_search() -> None:
    texts = ["Nathan E. Sanders", "U.S. Army", "Mr. Smith", "3.5 kg", ".A", "a.", "Ça va. Très"]
    texts += [p.read_text("utf-8", errors="replace") for p in corpus_files(carried("corpus"))]
    stops = ends = 0
    for text in texts:
        for match in re.finditer(r"[.!?…]", text):
            stops += 1
            found = is_sentence_end(text, match.start())
            assert found == _by_search(text, match.start()), text[match.start() - 40 : match.end()]
            ends += found
    assert stops > 10_000 and 0 < ends < stops
