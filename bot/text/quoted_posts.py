"""A reply's quote of an earlier post, set off as a quote under its "Jane wrote:" or "Quote:"
line (a forum's or comment thread's quote box): another's words, never the reply's lead."""

from __future__ import annotations

import re

from bot.text.block_model import Block

# The line a forum or mail client puts over a quoted post, in the languages they write it in.
_QUOTED_BY = re.compile(
    r"[^\n]{1,80}?\b(?:wrote|writes|said|schrieb|a écrit|escribió|escreveu|scrisse|schreef"
    r"|skrev|napsal|napisał|написал|написала)\s*:\s*"
    r"|(?:quote|quoting\b[^\n]{0,60}|zitat|citation|citazione|cita|citação|citaat)\s*:?\s*",
    re.I,
)

# A comment feed's line over the reply naming the post it answers ("In reply to How to install
# ejabberd …:"), a paragraph of its own: a label, not the reply's words.
_IN_REPLY_TO = re.compile(
    r"(?:in reply to|en réponse à|als antwort auf|in risposta a)\b[^\n]{1,200}:", re.I
)


def without_quoted_posts(blocks: list[Block]) -> list[Block]:
    """The blocks without the runs of quote paragraphs that open on the line naming whom they
    quote ("BCaseyHanks wrote:", "Quote:"), and without a reply's opening "In reply to …:"."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        end = i + 1
        while blocks[i].role == "quote" and end < len(blocks) and blocks[end].role == "quote":
            end += 1
        text = blocks[i].text.strip()
        label = not out and blocks[i].kind == "text" and _IN_REPLY_TO.fullmatch(text)
        if not (label or (blocks[i].role == "quote" and _QUOTED_BY.fullmatch(text))):
            out += blocks[i:end]
        i = end
    return out
