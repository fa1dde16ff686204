"""A feed reader's mark for a picture it dropped ("[IMG] Photo of …", "[image]"), opening a
block of text, and Textile's image markup ("!/uploads/ride.jpg!") anywhere in a text block:
the picture is not in the post, so neither is its mark."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.blocks import Block, Cut

_MARK = re.compile(r"\s*\[(?:img|image|images|pic|picture|thumbnail)\]\s*", re.IGNORECASE)
# Textile: "!" + optional style/alignment + an image's address + optional "(alt)" + "!" +
# optional ":link". The address must end like an image file so "Wow!/ok!" stays prose.
_TEXTILE = re.compile(
    r"(?<![^\s(>\"'])!(?:\([^)\s]*\)|\{[^}]*\}|[<>=])*"
    r"(?:https?://|/|\.\./|\./)?[^\s!()<>\"']+?\.(?:jpe?g|png|gif|webp|bmp|svg)"
    r"(?:\([^)]*\))?!(?::[^\s<>\"']+)?\s*",
    re.IGNORECASE,
)


def image_mark_cuts(blocks: Sequence[Block]) -> list[Cut]:
    """Cuts of a dropped picture's bracketed mark opening a text block, and of Textile images."""
    cuts = []
    for i, block in enumerate(blocks):
        if block.kind != "text":
            continue
        # "[" first: most blocks are looked at for one character only.
        if block.text.lstrip()[:1] == "[":
            found = _MARK.match(block.text)
            if found and not block.link_at(found.start() + 1):
                cuts.append(Cut(i, 0, found.end(), "image mark"))
        if "!" in block.text:
            cuts.extend(
                Cut(i, m.start(), m.end(), "image mark") for m in _TEXTILE.finditer(block.text)
            )
    return cuts
