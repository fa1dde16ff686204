"""An opening paragraph that is one long sentence missing its full stop ("So I realized that I
was subscribing to … (with one exception: …)<br>I guess it's because …"): the lead's opening."""

from __future__ import annotations

import re

from bot.text.word_counts import word_count

# A sentence's length: a heading, label or caption is shorter.
_MIN_WORDS = 15
# Ends on a word, a figure or a closing mark: not a lead-in's colon, a comma, a cut's dots.
_OPEN_END = re.compile(r"[^\W_][\"'”’»)]?$")
_STOPPED = re.compile(r"[.!?][\"'”’»)\]]*$")
_OPENS = re.compile(r"[\"'“‘«(]?[^\W\d_]")
_ADDRESS = re.compile(r"https?://|www\.", re.I)
# The scripts whose full stop is "." (Latin, Greek, Cyrillic): others write their own.
_DOT_SCRIPT_END = 0x0530


def _capitalised_share(sentence: str) -> float:
    words = [w for w in sentence.split() if w[:1].isalpha()]
    return sum(w[:1].isupper() for w in words) / max(len(words), 1)


def _is_unstopped_sentence(line: str) -> bool:
    last = next((ch for ch in reversed(line) if ch.isalpha()), "")
    return (
        bool(_OPEN_END.search(line))
        and bool(_OPENS.match(line))
        and line.lstrip("\"'“‘«(")[:1].isupper()
        and "" < last < chr(_DOT_SCRIPT_END)
        and word_count(line) >= _MIN_WORDS
        and _capitalised_share(line) <= 0.5  # a headline's Title Case is no sentence
        and not _ADDRESS.search(line)
    )


_WORD = re.compile(r"[^\W_]+")
# The headline's words opening the line: a subtitle or a digest's item heading, not a sentence
# ("Old man yells at cloud - Oder: …" under "… oder old man yells at cloud").
_TITLE_WORDS = 4


def _opens_on_title(line: str, title: str | None) -> bool:
    words = [w.lower() for w in _WORD.findall(line)[:_TITLE_WORDS]]
    titled = [w.lower() for w in _WORD.findall(title or "")]
    return any(titled[i : i + len(words)] == words for i in range(len(titled)))


def with_stopped_opening(
    sections: list[list[list[str]]], title: str | None = None
) -> list[list[list[str]]]:
    """The sections with their opening paragraph, one long sentence without a stop over a
    paragraph of complete sentences, given its full stop."""
    if not sections or len(sections[0]) < 2 or len(sections[0][0]) != 1:
        return sections
    opening, after = sections[0][0][0].strip(), sections[0][1]
    if not after or not after[0][:1].isupper() or not _STOPPED.search(after[0].rstrip()):
        return sections
    if not _is_unstopped_sentence(opening) or _opens_on_title(opening, title):
        return sections
    return [[[opening + "."], *sections[0][1:]], *sections[1:]]
