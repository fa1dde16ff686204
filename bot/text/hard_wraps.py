"""Hard-wrapped HTML: a document that breaks its lines with <br> at a wrapping width, and
whether one line goes on in the next."""

from __future__ import annotations

import re
from statistics import median

# Hard-wrapped HTML: text that breaks every line with a <br> (as mail and old blog tools wrote
# it at about 70 characters), whose line breaks are no paragraph breaks.
# A line that ends a sentence, a quotation or a clause, or on an address, ends there.
_LINE_END = re.compile(r"(?:[.!?:;…\"”)\]]|https?://\S+)\s*$")
_BREAK = re.compile(r"<br\s*/?>", re.I)
# Prose wrapped mid-sentence goes on in lower case after some <br>; a poem's lines do not.
# Inline tags may close and open round the <br> (a pasted span a line: "… lexing and</span>
# <span …><br /></span><span …>parsing. …").
_SPAN = r"(?:\s*</?span\b[^>]*>)*"
_RUN_ON = re.compile(rf"[^\W\d_],?{_SPAN}\s*<br\s*/?>{_SPAN}\s*[a-z]")
_TAG = re.compile(r"<[^>]*>")
_BLOCK_START = re.compile(r"</?(?:p|div|li|ul|ol|h[1-6]|blockquote|pre|table|tr|td)\b[^>]*>", re.I)
# Zed Shaw's lines run 55-75 characters; lists, chat logs, code and link lines ("… on
# Amazon<br>on Newegg", "xxx: …<br>yyy: …") are shorter, or end their lines.
_WRAPPED_LINE_CHARS = 50
_SPEAKER = re.compile(r"[^\s:]{1,20}:\s")
_MIN_WRAPPED_LINES = 4


def is_hard_wrapped(markup: str) -> bool:
    """Whether a document is hard-wrapped throughout: four lines or more end at a <br>, and
    most run on past it mid-sentence at a wrapping width."""
    pieces = _BREAK.split(markup[:20_000])[:-1]
    lines = [" ".join(_TAG.sub(" ", _BLOCK_START.split(p)[-1]).split()) for p in pieces]
    lines = [line for line in lines if line]
    run_ons = len(_RUN_ON.findall(markup, 0, 20_000))
    if len(lines) < _MIN_WRAPPED_LINES or run_ons < 2:
        return False
    if sum(bool(_SPEAKER.match(line)) for line in lines) >= len(lines) / 2:
        return False  # a chat log: one line a turn
    open_lines = [line for line in lines if not _LINE_END.search(line)]
    # A wrapped report's labels ("Synopsis :"), addresses and paragraph ends end their lines;
    # that half of its open lines run on in lower case says it is wrapped all the same (Nessus).
    return (
        len(open_lines) >= 0.6 * len(lines) or run_ons >= max(3, len(open_lines) / 2)
    ) and median(len(line) for line in open_lines) >= _WRAPPED_LINE_CHARS


def hard_wrapped(line: str, next_line: str, wrapped_document: bool) -> bool:
    """Whether the line before a <br> goes on in `next_line` (a wrap, not a break)."""
    line = line.strip()
    if not wrapped_document or not line or _LINE_END.search(line):
        return False
    return next_line[:1].isalnum() or next_line[:1] in "“\"‘'("
