"""Sentences that send the reader to a page the post does not carry, found by their words:
"here" with no link at all (the feed's excerpt lost it), or a "Learn more about …" link that
opens its sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.blocks import Block, Cut, sentence_bounds

# "You can read about the R8 RWS here.", "Watch the full interview here!": a verb sending the
# reader, then "here" closing the sentence.
_HERE_CLOSING = re.compile(
    r"\b(?:read|see|find|watch|view|learn|check|download|listen|look)\b[^.!?\n]{0,80}?"
    r"(?<![\w'’])here[.!]",
    re.IGNORECASE,
)
_HERE_WORDS = 16
# A link labelled as an invitation to read on ("Learn more about this work", "Read more about
# the release", "Find out more").
_READ_ON_LINK = re.compile(
    r"\W*(?:learn|read|find\s+out|discover|see)\s+more\b(?:\s+about\b)?", re.IGNORECASE
)


def _here_cuts(block: Block, index: int) -> list[Cut]:
    cuts = []
    for found in _HERE_CLOSING.finditer(block.text):
        here = found.end() - 5
        if block.link_at(here) is not None:
            continue  # a link on "here" is the reference cutters' (text/references)
        s, e = sentence_bounds(block.text, here, here + 4)
        if len(block.text[s:e].split()) <= _HERE_WORDS and s <= found.start():
            cuts.append(Cut(index, s, e, "pointer"))
    return cuts


def _read_on_cuts(block: Block, index: int) -> list[Cut]:
    cuts = []
    for link in block.links:
        found = _READ_ON_LINK.match(block.text, link.start)
        if found is not None and found.end() <= link.end:
            s, e = sentence_bounds(block.text, link.start, link.end)
            if s == link.start:
                cuts.append(Cut(index, s, e, "pointer"))
    return cuts


def lost_pointer_cuts(blocks: Sequence[Block]) -> list[Cut]:
    """Cuts for pointing sentences whose page the post does not link (see module doc)."""
    cuts: list[Cut] = []
    for index, block in enumerate(blocks):
        if block.kind == "text" and ("here" in block.text.casefold() or block.links):
            cuts += _here_cuts(block, index) + _read_on_cuts(block, index)
    return cuts
