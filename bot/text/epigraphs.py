"""An epigraph opening a text: a quotation and its "-Name, role" line ('"A successful writing
day is …" -Paulo Coelho', '“… you find the coolest things…” -Andrea Seabrook, NPR
Congressional Correspondent'). The lead is the writer's text after it; feeds that flatten the
lines glue the attribution into the first sentence, so it is cut, never read on into."""

from __future__ import annotations

import re

_UP = "A-ZÀ-ÖØ-ÞА-ЯЁ"
# The quotation opening the text, then a dash (or two hyphens) and a capital: the attribution.
_EPIGRAPH = re.compile(
    r"\s*(?:[“\"«„][^“”\"«»„\n]{8,600}[”\"»“]|‘[^‘’\n]{8,600}’)\s*"
    r"(?:--?|[–—―])[ \t\u00a0]?(?=[" + _UP + r"])"
)
# The attribution ends at a line break or a gap the feed left (two spaces, a no-break space).
_GAP = re.compile(r"\n|[ \t]{2,}|\u00a0")
_NAME_WORD = re.compile(r"[" + _UP + r"][\w'’.-]*,?|(?:de|da|van|von|der|del|bin|al|y)\b")
# Words that open the writer's next sentence glued after the name ("-Tim Ferriss In this
# episode", "-Judd Apatow And one more"), in the languages of the feeds seen.
_OPENERS = frozenset(
    "A An And As After At But By Enjoy For From He Her Here His How I If In It Its Last Listen "
    "My On Our She So Some That The Their There These They This Today We What When Why You "
    "Der Die Das Ein Eine Er Sie Es Wir Le La Les Un Une Il Elle On Nous El Los Las Una "
    "Este Esta O Os As Um Uma Ele Ela".split()
)
_MAX_ATTRIBUTION_WORDS = 12
_MIN_QUOTED_WORDS = 4
_SAID = re.compile(r"[.!?…,][”\"»“’]")
_SENTENCE_END = re.compile(r"[.!?…](?=\s+[" + _UP + r"\"“(])")


def without_epigraph(paragraph: str) -> str:
    """The paragraph without an opening epigraph and its attribution; unchanged if none."""
    found = _EPIGRAPH.match(paragraph)
    if found is None:
        return paragraph
    rest = paragraph[found.end() :]
    quoted, opener = paragraph[: found.end()], rest.split(maxsplit=1)[:1]
    # A quoted title before a dash ("“Office Hours” — In this episode, …") is no quotation:
    # a quotation says a sentence, or runs to a few words.
    said = _SAID.search(quoted) or len(quoted.split()) >= _MIN_QUOTED_WORDS
    if not said or (opener and opener[0] in _OPENERS):
        return paragraph
    rest = rest[_attribution_end(rest) :].lstrip(" \t\u00a0\n,;:")
    return rest if re.search(r"\w", rest) else paragraph  # an epigraph alone is the text


def _attribution_end(rest: str) -> int:
    """Where the attribution line that `rest` opens with ends."""
    gap = _GAP.search(rest, 0, 160)
    words = list(re.finditer(r"\S+", rest[: gap.start() if gap else 160]))
    first = words[0].group().strip(",") if words else ""
    for index, word in enumerate(words[1 : _MAX_ATTRIBUTION_WORDS + 1], start=1):
        token = word.group()
        # The name said again opens the sentence ("-Paulo Coelho Paulo Coelho (@paulocoelho)
        # has long been …"), as does a capital word that opens sentences.
        if token == first or (token in _OPENERS and words[index - 1].group()[-1:] != ","):
            return word.start()
        if not _NAME_WORD.fullmatch(token) and not words[index - 1].group().endswith(","):
            break  # a role after a comma may run in lower case ("author of Empire Falls")
    if gap is not None:
        return gap.end()
    # No end found: the attribution and what it was glued to go to the sentence's end.
    stop = _SENTENCE_END.search(rest)
    return stop.end() if stop else len(rest)
