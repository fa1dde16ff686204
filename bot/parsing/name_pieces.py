"""Keyword tags that are a name's words lowercased and split ("trevor", "ariza" for Trevor
Ariza): joined again into the name as the item writes it."""

from __future__ import annotations

import re
from html import unescape

# A capitalised word ("Trevor", "LeBron", "O'Neal") and the gap to the next: one space.
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MARKUP = re.compile(r"<[^<>]*>")
# A name is two to four words; a longer capitalised run is a heading or a title's words.
_NAME_WORDS = (2, 4)
# A headline in title case capitalises every word: its capitals say nothing of names.
_TITLE_CASE_SHARE = 0.7


def _runs(text: str) -> list[list[str]]:
    """The runs of two or more capitalised words `text` writes one space apart, in order."""
    runs: list[list[str]] = [[]]
    end = -1
    for found in _WORD.finditer(text):
        if not found[0][0].isupper():
            runs.append([])
            continue
        if runs[-1] and text[end : found.start()] != " ":
            runs.append([])
        runs[-1].append(found[0])
        end = found.end()
    return [run for run in runs if len(run) >= 2]


def _title_case(headline: str) -> bool:
    words = [w for w in _WORD.findall(headline) if len(w) >= 4]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= _TITLE_CASE_SHARE * len(words)


def _pieces(topics: tuple[str, ...]) -> set[str]:
    # The split list's words: one lowercase word each ("trevor"); a tag the feed capitalised
    # or wrote as a phrase was chosen whole.
    return {t for t in topics if t.isalpha() and t.islower()}


def names_joined(topics: tuple[str, ...], headline: str, text_html: str) -> tuple[str, ...]:
    """The topics with lowercase one-word tags that are adjacent words of a capitalised name in
    the item ("Should the Lakers trade for Trevor Ariza": "trevor", "ariza") joined into it."""
    # A podcast's keyword field ("trevor, ariza, lakers") and a split list ("tom, ari, bert,
    # kreischer, shaffir, segura") carry a guest's name as words; the name is the topic. Runs
    # of capitals come from sentence-case text only: "Lakers Trade Rumors" says nothing.
    pieces = _pieces(topics)
    if len(pieces) < 2:
        return topics
    texts = [] if _title_case(headline) else [headline]
    texts.append(unescape(_MARKUP.sub(" ", text_html)) if "<" in text_html else text_html)
    names: dict[str, str] = {}  # piece → the name it is joined into
    for text in texts:
        for run in _runs(text):
            folded = [w.casefold() for w in run]
            for start in range(len(run)):
                stop = start
                while stop < len(run) and folded[stop] in pieces and folded[stop] not in names:
                    stop += 1
                if _NAME_WORDS[0] <= stop - start <= _NAME_WORDS[1]:
                    name = " ".join(run[start:stop])
                    names.update((piece, name) for piece in folded[start:stop])
    if not names:
        return topics
    joined: list[str] = []
    for topic in topics:
        name = names.get(topic, topic)
        if name not in joined:
            joined.append(name)
    return tuple(joined)
