"""A bare "From <link>" line: a photo album's caption under its picture (Picasa's "From
<a>P@ Cool Famil…</a>"), a name the host wrote in, no sentence of the post. "From
<a>Bloomberg</a>:" introduces a quotation and stays with it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.block_model import Block, Cut

_FROM = re.compile(r"\s*From\s+(?=\S)")
_MAX_WORDS = 8


def source_line_cuts(blocks: Sequence[Block]) -> list[Cut]:
    """Cuts of the blocks that are "From" and one link to their end, without a colon."""
    cuts = []
    for i, block in enumerate(blocks):
        # "F" first: most blocks are looked at for one character only.
        if block.kind != "text" or block.text.lstrip()[:1] != "F" or len(block.links) != 1:
            continue
        found = _FROM.match(block.text)
        link = block.links[0]
        rest = block.text[link.end :].strip()
        if (
            found
            and link.start == found.end()
            and rest in ("", "…", "...")
            and len(block.text.split()) <= _MAX_WORDS
        ):
            cuts.append(Cut(i, 0, len(block.text), "source line"))
    return cuts
