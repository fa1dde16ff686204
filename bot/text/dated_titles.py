"""A post whose headline is a date alone (a daily picture blog's "26 octobre 2008"): the
picture's caption lines, which no lead rule takes, are its summary."""

from __future__ import annotations

import re

from bot.text.summaries import is_complete

# Month names in the corpus's languages, by their first letters ("oct", "octobre", "Oktober").
_MONTH = (
    r"(?:jan|feb|fév|fev|mar|mär|apr|avr|abr|may|mai|mag|jun|juin|giu|jul|juil|lug|aug|aoû|aou"
    r"|ago|sep|set|oct|okt|ott|out|nov|dec|déc|dez|dic|ene|gen)[^\W\d_]*\.?"
)
_WEEKDAY = (
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|mié|jue|vie|sáb|dom|mon"
    r"|die|mit|don|fre|son)[^\W\d_]*\.?,?\s+)?"
)
# "26 octobre 2008", "1er octobre 2008", "October 26, 2008", "26/10/2008", "2008-10-26".
_DATE_ONLY = re.compile(
    rf"{_WEEKDAY}(?:\d{{1,2}}(?:er|st|nd|rd|th|\.)?\s+(?:de\s+)?{_MONTH}\s+(?:de\s+)?\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{1,2}([/-])\d{1,2}\1(?:\d{2}|\d{4})|\d{4}-\d{2}-\d{2})",
    re.IGNORECASE,
)
# A caption is a few short lines (a series, an album, a page and panel), no sentences, no links.
_MAX_LINES, _MAX_LINE_WORDS = 4, 8
_LINK = re.compile(r"https?://|www\.", re.I)


def is_date_only(title: str | None) -> bool:
    """Whether a headline is a date and nothing else ("26 octobre 2008", "October 26, 2008")."""
    return bool(title) and _DATE_ONLY.fullmatch((title or "").strip()) is not None


def dated_caption(text: str, title: str | None) -> str:
    """Under a date-only headline, the text's few short caption lines joined by " / "; else ""."""
    if not is_date_only(title):
        return ""
    lines = [line.strip() for line in text.splitlines() if re.search(r"\w", line)]
    if not lines or len(lines) > _MAX_LINES:
        return ""
    if any(len(line.split()) > _MAX_LINE_WORDS or _LINK.search(line) for line in lines):
        return ""
    if any(is_complete(line) and len(line.split()) > 3 for line in lines):
        return ""  # sentences are the lead rules' to read
    return " / ".join(lines)
