"""A feed reader's mark for a picture it dropped ("[IMG] Photo of …", "[image]"), opening a
block of text: the picture is not in the post, so neither is its mark."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.blocks import Block, Cut

_MARK = re.compile(r"\s*\[(?:img|image|images|pic|picture|thumbnail)\]\s*", re.IGNORECASE)


def image_mark_cuts(blocks: Sequence[Block]) -> list[Cut]:
    """Cuts of a dropped picture's bracketed mark opening a text block."""
    cuts = []
    for i, block in enumerate(blocks):
        # "[" first: most blocks are looked at for one character only.
        if block.kind == "text" and block.text.lstrip()[:1] == "[":
            found = _MARK.match(block.text)
            if found and not block.link_at(found.start() + 1):
                cuts.append(Cut(i, 0, found.end(), "image mark"))
    return cuts
