"""An embedded slideshow's footer left in the text once its player is gone (SlideShare's
"THIRST View SlideShare presentation or Upload your own. (tags: design crisis)", its later
"View | Upload your own"): the host's links and the show's title, no sentence of the post."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.block_model import Block, Cut

_FOOTER = re.compile(
    r"(?i)\bView(?:\s+SlideShare)?(?:\s+(?:presentation|document|slideshow))?\s*(?:or|\|)\s*"
    r"Upload\s+your\s+own\b\.?(?:\s*\(tags?:[^()]{0,200}\))?"
)
# The embed's title opens it, unpunctuated, after the last sentence of the text before.
_TITLE_BEFORE = re.compile(r"(?:^|(?<=[.!?…:]))\s*[^.!?…:]{0,120}$")
_TITLE_WORDS = 15


def embed_footer_cuts(blocks: Sequence[Block]) -> list[Cut]:
    """Cuts of a slideshow embed's footer, with the show's title where it stands before it."""
    cuts = []
    for i, block in enumerate(blocks):
        # "Upload" first: most blocks are looked at with one substring test.
        if block.kind != "text" or "pload" not in block.text:
            continue
        for found in _FOOTER.finditer(block.text):
            start = found.start()
            title = _TITLE_BEFORE.search(block.text, 0, start)
            if title and len(title.group().split()) <= _TITLE_WORDS:
                start = title.start()
            cuts.append(Cut(i, start, found.end(), "embed footer"))
    return cuts
