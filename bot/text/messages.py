"""Entries that are a message as written in plain text (a mail archive's), not HTML."""

from __future__ import annotations

import html
import re

# A mail archive's entry (Gmane) is the message as written, whole in one <pre>: prose in
# paragraphs, not a program. Read as plain text, without the quoted lines ("> …") and the line
# introducing them ("* Jane Doe <jane@…> [121113 13:21]:", "On Tue, Jane wrote:").
_WHOLE_PRE = re.compile(r"\s*<pre\b[^>]*>(?P<body>.*)</pre>\s*", re.I | re.S)
_QUOTE_LINE = re.compile(r"^\s*(?:>.*|.*(?:\bwrote|\]):\s*)$")
# A program's lines: braces, semicolons, assignments, indents, comments; a smiley (";)")
# is the mail's.
_CODE_LINE = re.compile(r"[{}\[\];=$|\\`]|^\s{4}|^\s*(?:%|#|//)|\)\s*$")
_SMILEY = re.compile(r"[;:]-?[()PD]")
_MAX_CODE_LINES = 0.2
_MIN_PROSE_WORDS = 4


def _reads_as_code(text: str) -> bool:
    lines = [_SMILEY.sub("", line) for line in text.splitlines() if line.strip()]
    return sum(1 for line in lines if _CODE_LINE.search(line)) > _MAX_CODE_LINES * len(lines)


def plain_text_message(markup: str) -> str | None:
    """The text of an entry that is one preformatted message of prose, else None."""
    whole = _WHOLE_PRE.fullmatch(markup)
    if not whole or "<pre" in whole["body"].lower():
        return None
    lines = [
        line for line in html.unescape(whole["body"]).splitlines() if not _QUOTE_LINE.match(line)
    ]
    text = "\n".join(lines).strip()
    words = re.findall(r"[^\W\d_]{2,}", text)
    if len(words) < _MIN_PROSE_WORDS or _reads_as_code(text):
        return None
    if not re.search(r"[.!?](?:\s|$)", text) or text[:1].islower():
        return None  # no sentence in it (a listing), or the rest of a quoted one
    return text
