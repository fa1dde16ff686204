"""Where a sentence of a block's text ends (not at an initial, abbreviation or decimal), and the
whole sentences a span lies in."""

from __future__ import annotations

import re

from bot.text.written_stops import stop_goes_on

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr prof gen col lt sgt rep sen gov inc ltd co corp no vs etc jan feb mar "
    "apr jun jul aug sep sept oct nov dec fig approx dept univ".split()
)


# The word before a full stop, matched on the 40 characters before it reversed: the same run
# as re.search(r"([\w.]+)$", ...) (the longest run of those characters that ends there),
# found without trying every start (1.6 -> 0.3 us a call; learning calls it ~5 times an entry).
_WORD_REVERSED = re.compile(r"[\w.]+")
_INITIALS = re.compile(r"(?:\w\.)+\w")


def is_sentence_end(text: str, i: int) -> bool:
    """Whether the character at i ends a sentence (not an initial, abbreviation or decimal)."""
    if text[i] not in ".!?…":
        return False
    j = i + 1
    while j < len(text) and text[j] in "\"'”’)]*_":
        j += 1
    if j < len(text) and not (text[j].isspace() or text[j].isupper()):
        return False
    # An aside's own question or exclamation, the sentence going on after its bracket ("… an
    # RSS reader (I know, who uses them now?) then the new feed is …"): no sentence's end.
    if text[i] in "?!" and ")" in text[i + 1 : j] and text[j:].lstrip()[:1].islower():
        return False
    if text[i] == ".":
        found = _WORD_REVERSED.match(text[max(0, i - 40) : i][::-1])
        w = found.group()[::-1] if found else ""
        if w:
            if len(w) == 1 and w.isupper():
                return False  # "Nathan E. Sanders"
            if w.lower().rstrip(".") in _ABBREVIATIONS or _INITIALS.fullmatch(w):
                return False
        if j < len(text) and not text[j].isspace() and len(w) < 3:
            return False
        # "am 7. Mai", "Ed. note: …": a day's ordinal or an abbreviation going on.
        if len(w) <= 4 and stop_goes_on(text[max(0, i - 6) : i + 1], text[j : j + 40]):
            return False
    return True


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to the whole sentence(s) it lies in, within one paragraph."""
    s = start
    while s > 0 and text[s - 1] != "\n" and not is_sentence_end(text, s - 1):
        s -= 1
    while s < start and text[s] in " \t\"'”’)]*_":
        s += 1
    e = max(end, s)
    while e < len(text) and text[e] != "\n":
        if is_sentence_end(text, e):
            e += 1
            while e < len(text) and text[e] in "\"'”’)]*_":
                e += 1
            break
        e += 1
    return s, e
