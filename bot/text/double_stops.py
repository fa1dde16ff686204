"""A writer's double dot as full stop ("… للـ Unix shell .. فكرة غريبة …", "album.. Tracy
Chapman.. quelle voix!"): two dots between sentences, again and again in one text, end
sentences (or pause, before a word in lower case), and are no cut."""

from __future__ import annotations

import re

from bot.text.smiley_ends import ends_on_smiley

# Two dots exactly, after a word, a bracket or a smiley (a space between, as the writer typed),
# closing a sentence: not an ellipsis's three, not a range's "1..10" nor a path's "../".
_DOUBLE_STOP = re.compile(r"(?<=[^\s.])[ \u00a0]?\.\.(?![.\w])(?=\s|$)")
# Where text goes on after the two dots on its line: a sentence's end, no cut (a cut ends it).
_GOES_ON = re.compile(r"[ \t\u00a0]+\S")
# Once is a pause or a cut word ("a apr.."); twice inside the text is the writer's stop.
_MIN_INNER = 2


def with_double_stops(text: str) -> str:
    """`text` with a writer's double dots as full stops, when they end sentences inside it at
    least twice; else `text` as it is."""
    if ".." not in text:
        return text
    inner = sum(bool(_GOES_ON.match(text, m.end())) for m in _DOUBLE_STOP.finditer(text))
    if inner < _MIN_INNER:
        return text
    return _DOUBLE_STOP.sub(lambda mark: _stop(text, mark), text)


_NEXT_LETTER = re.compile(r"\s+([^\W\d_])")


def _stop(text: str, mark: re.Match[str]) -> str:
    # A smiley the dots follow ends the sentence already ("… مع Unix :) .."): no stop after it.
    if ends_on_smiley(text[: mark.start()]):
        return ""
    # Going on in lower case ("… bi site yapıyoruz filan.. derken …") the dots are a pause.
    going_on = _NEXT_LETTER.match(text, mark.end())
    return "…" if going_on is not None and going_on[1].islower() else "."
