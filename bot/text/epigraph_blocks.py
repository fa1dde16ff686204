"""An epigraph as blocks: a quotation opening the text and its source on a line of its own."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.blocks import Block
from bot.text.plain_blocks import is_separated_list

_TERMINAL = ".!?…。．！？।؟۔"
_OPENING_MARKS = "\"“«'‘„"

# An epigraph: a quotation opening the text, then its source on a line of its own ("— Seneca",
# or the one item of a list: "United States Supreme Court ruling …, Taylor vs Taintor 1873."),
# then the writer's own text. Posted alone it reads as the writer's words: the lead starts after.
_MAX_EPIGRAPH_WORDS = 80
_MAX_SOURCE_WORDS = 25
# One dash and a name ("— Seneca", "- Mark Twain, 1897"), not a rule ("--- If you'd like …").
_SOURCE_DASH = re.compile(r"\s*[—–―~-]\s*[^\W\d_]")
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


def epigraph_end(blocks: Sequence[Block], i: int) -> int | None:
    """The index after the epigraph and its source line opening at i, if one does."""
    if i + 2 >= len(blocks):
        return None
    quote, source, after = blocks[i : i + 3]
    text = quote.text.rstrip()
    if (
        quote.kind != "text"
        or quote.role not in ("para", "quote")
        or len(text.split()) > _MAX_EPIGRAPH_WORDS
        or text[-1:] not in _TERMINAL + "\"”»'’"
        or source.kind != "text"
        or len(source.text.split()) > _MAX_SOURCE_WORDS
        or "://" in source.text
        or after.kind != "text"
        or after.role not in ("para", "heading", "subhead")
    ):
        return None
    # A list's one item is a source when it dates the quotation ("…, Taylor vs Taintor 1873.").
    # A post's footer line ("Herbert, 2006. | Permalink | kein Kommentar") is no such item.
    dated = (
        source.role == "item"
        and quote.role == "para"
        and bool(_YEAR.search(source.text))
        and not is_separated_list(source.text)
    )
    # A dashed name under a blockquote or a quoted paragraph; under a plain one it signs a note
    # ("We were asked … to publish this collection …" + "– Collective Action in Tech").
    # (Or set off in italics, its source too: "Statistics are like bikinis. …" "- A. Levenstein")
    quoted = (quote.role == "quote" or (quote.italic and source.italic)) or (
        text[:1] in _OPENING_MARKS and text[-1:] in "\"”»'’"
    )
    sourced = (quoted and _SOURCE_DASH.match(source.text)) or dated
    return i + 2 if sourced else None
