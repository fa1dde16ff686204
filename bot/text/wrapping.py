"""Hard-wrapped HTML: text that breaks every line with a <br> (as mail and old blog tools
wrote it at about 70 characters), whose line breaks are no paragraph breaks."""

from __future__ import annotations

import re

# Where a line ends mid-sentence, a <br> is a hard wrap (Zed Shaw's posts break every line
# at about 70 characters: "… but just<br>wait until tonight …"), not a paragraph break; a
# line the next one capitalises is a wrap only when it is as long as wrapped lines are.
_LINE_END = re.compile(r"[.!?:;…\"”’)\]]\s*$")
_WRAPPED_LINE_CHARS = 50


# Two lines or more of a document going on in lower case after a <br>: it is hard-wrapped
# throughout, and its short lines ("I like the <a>…stuff</a><br>Giles has …") wrap too.
_WRAP_SIGNS = re.compile(r"[a-z,]\s*<br\s*/?>\s*[a-z]")


def hard_wrapped(line: str, next_line: str, wrapped_document: bool) -> bool:
    """Whether the line before a <br> goes on in `next_line` (a wrap, not a break)."""
    line = line.strip()
    if not line or _LINE_END.search(line):
        return False
    if wrapped_document:
        return next_line[:1].isalnum() or next_line[:1] in "“\"‘'("
    if not next_line[:1].isalpha():
        return False
    return next_line[:1].islower() or (
        len(line) >= _WRAPPED_LINE_CHARS and (line[-1].islower() or line[-1] == ",")
    )


def is_hard_wrapped(markup: str) -> bool:
    """Whether a document is hard-wrapped throughout: lines going on in lower case after a
    <br> twice or more."""
    return len(_WRAP_SIGNS.findall(markup, 0, 20_000)) >= 2
