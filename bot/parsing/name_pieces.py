"""A podcast's search keywords that are a name's words lowercased and split ("trevor",
"ariza" for Trevor Ariza): joined again into the name as the item writes it."""

from __future__ import annotations

import re
from html import unescape

from bot.parsing.post_kinds import is_post_kind

# A word ("Trevor", "LeBron", "O'Neal"); a name's are capitalised and one space apart.
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MARKUP = re.compile(r"<[^<>]*>")
# A name is two to four words; a longer capitalised run is a heading or a title's words.
_NAME_WORDS = 4
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


def names_joined(
    topics: tuple[str, ...], headline: str, text_html: str, keywords: frozenset[str]
) -> tuple[str, ...]:
    """The topics with the name lowercase one-word `keywords` spell in the item put before
    them ("Should the Lakers trade for Trevor Ariza": "Trevor Ariza", "trevor", "ariza")."""
    # A podcast's keyword field ("trevor, ariza, lakers"; "tom, ari, bert, kreischer, shaffir,
    # segura") carries a guest's name as words; the name is the topic. A blog's tags ("google",
    # "chrome"; "marketing", "strategy") are chosen one by one and stay. The pieces stay until
    # the feed-wide passes have judged them (names_settled). A kind of post ("video") is no
    # word of a name.
    pieces = {t for t in topics if t in keywords and t.isalpha() and t.islower()}
    pieces = {t for t in pieces if not is_post_kind(t)}
    if len(pieces) < 2:
        return topics
    names = _names(pieces, headline, text_html)
    if not names:
        return topics
    joined: list[str] = []
    for topic in topics:
        joined.extend(n for n in (names.get(topic), topic) if n and n not in joined)
    return tuple(joined)


def _names(pieces: set[str], headline: str, text_html: str) -> dict[str, str]:
    """Each piece that is a word of a whole run of capitals (a name) made of pieces only, and
    that name."""
    # Runs come from sentence-case text only: "Lakers Trade Rumors" says nothing. A run with a
    # word that is no piece ("Big Cat Rescue" beside "cat", "rescue") is a longer name.
    texts = [] if _title_case(headline) else [headline]
    texts.append(unescape(_MARKUP.sub(" ", text_html)) if "<" in text_html else text_html)
    names: dict[str, str] = {}
    for text in texts:
        for run in _runs(text):
            folded = [w.casefold() for w in run]
            if len(run) <= _NAME_WORDS and all(w in pieces and w not in names for w in folded):
                names.update((piece, " ".join(run)) for piece in folded)
    return names


def names_settled(topics: tuple[str, ...], filed: tuple[str, ...]) -> tuple[str, ...]:
    """After the feed-wide passes, `topics` with each name names_joined put among the `filed`
    ones less its pieces, or less the name where the passes took a piece away (and kept it)."""
    # "tim", "pritlove" on every episode of Raumzeit are the host's, taken away feed-wide: so
    # is "Tim Pritlove" then.
    # A joined name is capitals over lowercase pieces; "Garmin Diving" beside "Garmin" and
    # "Diving" was filed so.
    kept = {t.casefold() for t in topics}
    pieces = {t for t in filed if t.islower() and " " not in t}
    gone: set[str] = set()
    for name in (t for t in filed if " " in t):
        words = _WORD.findall(name)
        if name.casefold() in kept and all(
            w[0].isupper() and w.casefold() in pieces for w in words
        ):
            folded = {w.casefold() for w in words}
            gone |= folded if folded <= kept else {name.casefold()}
    return tuple(t for t in topics if t.casefold() not in gone) if gone else topics
