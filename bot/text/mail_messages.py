"""Entries that are a mail message (an archive's <pre> message, a reply broken by <br>): the
writer's own lines, and whether text reads as a program's."""

from __future__ import annotations

import html
import re

# A mail archive's entry (Gmane) is the message as written, whole in one <pre>: prose in
# paragraphs, not a program. Read as plain text, without the quoted lines ("> …") and the line
# introducing them ("* Jane Doe <jane@…> [121113 13:21]:", "On Tue, Jane wrote:").
_WHOLE_PRE = re.compile(r"\s*<pre\b[^>]*>(?P<body>.*)</pre>\s*", re.I | re.S)
_QUOTE_LINE = re.compile(r"^\s*(?:>.*|.*(?:\bwrote|\]):\s*)$")
# A program's lines: braces, assignments, indents, comments, a call closing the line ("f(x)",
# "f(x);"); a smiley (";)") is the mail's. A semicolon or a bracket closing a line is prose's
# too ("… Slackware 13.37;", "(depends on OpenAL)" in a ChangeLog).
_CODE_LINE = re.compile(r"[{}\[\]=$|\\`]|^\s{4}|^\s*(?:%|#|//)|\w\([^()]*\)\s*;?\s*$|\)\s*;\s*$")
# A ChangeLog's entry opens on the name it is about ("libreoffice: updated to 4.1.4 …").
_CHANGELOG_LABEL = re.compile(r"[a-z][\w.+-]*: +\S")
_SMILEY = re.compile(r"[;:]-?[()PD]")
_MAX_CODE_LINES = 0.2
_MIN_PROSE_WORDS = 4


def reads_as_code(text: str) -> bool:
    """Whether more than a fifth of the text's lines read as a program's."""
    lines = [_SMILEY.sub("", line) for line in text.splitlines() if line.strip()]
    return sum(1 for line in lines if _CODE_LINE.search(line)) > _MAX_CODE_LINES * len(lines)


def plain_text_message(markup: str) -> str | None:
    """The text of an entry that is one preformatted message of prose, else None."""
    whole = _WHOLE_PRE.fullmatch(markup)
    if not whole or "<pre" in whole["body"].lower():
        return None
    text = "\n".join(own_lines(html.unescape(whole["body"]).splitlines())).strip()
    words = re.findall(r"[^\W\d_]{2,}", text)
    if len(words) < _MIN_PROSE_WORDS or reads_as_code(text):
        return None
    if not re.search(r"[.!?](?:\s|$)", text):
        return None  # no sentence in it (a listing)
    if text[:1].islower() and not _CHANGELOG_LABEL.match(text):
        return None  # the rest of a quoted sentence
    return text


# A mail archive's message written as lines broken by <br> (Listbox, Mailman) instead of one
# <pre>: read as the preformatted message it is.
_ANY_TAG = re.compile(r"<[^>]*>")
_BR_TAG = re.compile(r"<br\s*/?>", re.I)
# Anything but line breaks and links is markup of a page, not a message's lines.
_NOT_BR_OR_LINK = re.compile(r"<(?!br\b|/?a\b)[^>]*>", re.I)
_QUOTED = re.compile(r"^[ \t]*>", re.M)
# The line that introduces the quoted mail, in the languages mail clients write it in.
_WROTE = re.compile(
    r"\b(?:wrote|writes|schrieb|a écrit|escribió|escreveu|scrisse|schreef|skrev|napsal|"
    r"napisał|написал|написала|寫道|写道|のメッセージ)\s*:\s*$",
    re.M | re.I,
)


def br_message_text(markup: str) -> str | None:
    """The lines of an entry that is a mail message quoting an earlier one, else None."""
    # Both marks of a reply: a line introducing the quotation and a quoted ("> …") line. Plain
    # text broken by <br> without them (a poem, an address) is read as HTML, as before.
    if "<br" not in markup.lower() or _NOT_BR_OR_LINK.search(markup):
        return None
    text = html.unescape(_ANY_TAG.sub("", _BR_TAG.sub("\n", markup)))
    if not _QUOTED.search(text) or not _WROTE.search(text):
        return None
    return text


def own_lines(lines: list[str]) -> list[str]:
    """A message's lines without the quoted mail, the lines introducing it and the signature."""
    own: list[str] = []
    for line in lines:
        if line.rstrip() in ("--", "-- "):
            break  # the signature's delimiter
        if _QUOTE_LINE.match(line):
            if re.fullmatch(r"\s*(?:wrote|schrieb|a écrit)\s*:\s*", line) and own:
                own.pop()  # "On Tue, … Greg <greg@…>" wrapped before its "wrote:"
            continue
        own.append(line)
    half = len(own) // 2
    if half and own[:half] == own[half:]:
        return own[:half]  # an archive's feed that writes the message twice (Listbox)
    return own
