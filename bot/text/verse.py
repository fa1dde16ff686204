"""Verse (a song's lyrics, a poem): many short lines broken by <br>, little sentence punctuation.
Its lead is its opening lines in order, never a fragment the sentence rules pick from the middle."""

from __future__ import annotations

import html
import re

_BREAK = re.compile(r"<br\s*/?>", re.I)
_BLOCK_END = re.compile(r"</(?:p|div|blockquote|li|h\d)\s*>|<(?:p|div|blockquote)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
# A sentence ending inside a line: prose hard-wrapped by <br>, not verse.
_INNER_STOP = re.compile(r"[.!?;]\s+\S")
_ANCHOR_TEXT = re.compile(r"<a\b[^>]*>(.*?)</a>", re.I | re.S)
_WORD = re.compile(r"[^\W\d_]+")
# A line that is no verse: a list's number or bullet, a field's label, an address, a date.
_NOT_VERSE_LINE = re.compile(r"^\W*\d|:\s|https?://|www\.|@|\|", re.I)
_MIN_LINES = 8
_MIN_BREAKS = 6
_SHORT_LINE = 60
_MEAN_LINE = 42
_MAX_LINES_SHOWN = 4
# Lines a lead may run to for its sentence's end, where the first ones end none.
_MAX_LINES_TO_STOP = 8


def _lines(content_html: str) -> list[str]:
    text = _BLOCK_END.sub("\n\n", _BREAK.sub("\n", _SPACE.sub(" ", content_html)))
    return [html.unescape(_TAG.sub("", line)).strip() for line in text.split("\n")]


def is_verse(content_html: str) -> bool:
    """Whether the content is verse: mostly short <br>-broken lines of words, few of them
    ending a sentence, none a list's, a form's or a link list's."""
    if len(_BREAK.findall(content_html)) < _MIN_BREAKS:
        return False
    lines = [line for line in _lines(content_html) if line]
    if len(lines) < _MIN_LINES:
        return False
    count = len(lines)
    short = sum(len(line) <= _SHORT_LINE for line in lines)
    worded = sum(len(_WORD.findall(line)) >= 2 for line in lines)
    stops = sum(line.endswith((".", "!", "?", "…", ";")) for line in lines)
    odd = sum(_NOT_VERSE_LINE.search(line) is not None for line in lines)
    linked = sum(len(_TAG.sub("", a)) for a in _ANCHOR_TEXT.findall(content_html))
    chars = sum(len(line) for line in lines)
    inner = sum(_INNER_STOP.search(line) is not None for line in lines)
    return (
        chars <= _MEAN_LINE * count
        and inner <= 0.1 * count
        and short >= 0.9 * count
        and worded >= 0.8 * count
        and stops <= 0.4 * count
        and odd <= 0.1 * count
        and linked <= 0.2 * chars
    )


def verse_opening(content_html: str, max_chars: int) -> str | None:
    """The verse's first stanza's opening lines joined by " / " within `max_chars`; None for
    content that is not verse or opens on prose (an intro, a title line) the lead rules read."""
    if not is_verse(content_html):
        return None
    stanza: list[str] = []
    for line in _lines(content_html):
        if line:
            stanza.append(line)
        elif stanza:
            break  # the first stanza's end
    # A one-line opening is a poem's title or a note over it; a long one or one ending in a
    # colon is an intro ("Secondo appuntamento di questa rubrica:"): the text's own lead.
    # Lines most of which end a sentence are prose set one sentence a line: the lead rules'.
    if (
        len(stanza) < 2
        or stanza[0].endswith(":")
        or any(len(s) > _SHORT_LINE for s in stanza)
        or 2 * sum(s.endswith((".", "!", "?")) for s in stanza) > len(stanza)
    ):
        return None
    shown = stanza[:1]
    for line in stanza[1:_MAX_LINES_SHOWN]:
        if len(" / ".join([*shown, line])) > max_chars:
            break
        shown.append(line)
    shown = _to_sentence_end(shown, stanza, max_chars)
    return " / ".join(shown) if len(shown[0]) <= max_chars else ""


_MARKED = re.compile(r"[,;:.!?…]\W*$")


def _ends_sentence(line: str) -> bool:
    return line.rstrip(" \u00a0\"'”’»)").endswith((".", "!", "?", "…"))


def _to_sentence_end(shown: list[str], stanza: list[str], max_chars: int) -> list[str]:
    """The opening lines ending where a sentence does: back to the last shown line ending one,
    else on to the next within reach; as they were where no line ends one."""
    # "Il était grec, / … / Des yeux qui savaient rire…", not "… / Avec de grands yeux bleus,".
    if _ends_sentence(shown[-1]):
        return shown
    ends = [k for k in range(1, len(shown)) if _ends_sentence(shown[k])]
    if ends:
        return shown[: ends[-1] + 1]
    # Lyrics that mark no clause ("… / My heart won't beat any more") show no sentence's end
    # ahead either: a later "In other words…" would open one.
    if not shown[-1].endswith((",", ";")) and 2 * sum(
        _MARKED.search(s) is not None for s in shown
    ) < len(shown):
        return shown
    longer = list(shown)
    for line in stanza[len(shown) : _MAX_LINES_TO_STOP]:
        if len(" / ".join([*longer, line])) > max_chars:
            break
        longer.append(line)
        if _ends_sentence(line):
            return longer
    return shown
