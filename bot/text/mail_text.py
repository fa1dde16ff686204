"""A mail archive's message written as lines broken by <br> (Listbox, Mailman's feeds) instead of
one <pre>: its text, for blocks to read as the preformatted message it is."""

from __future__ import annotations

import html
import re

_BR = re.compile(r"<br\s*/?>", re.I)
# Anything but line breaks and links is markup of a page, not a message's lines.
_OTHER_TAG = re.compile(r"<(?!br\b|/?a\b)[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>")
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
    if "<br" not in markup.lower() or _OTHER_TAG.search(markup):
        return None
    text = html.unescape(_TAG.sub("", _BR.sub("\n", markup)))
    if not _QUOTED.search(text) or not _WROTE.search(text):
        return None
    return text
