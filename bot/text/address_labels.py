"""A short line over a bare web address in plain text ("Valider le flux Atom" over
"http://feedvalidator.org/"): the address's label, a badge or button, not lead text."""

from __future__ import annotations

import re

from bot.text.block_model import Block

_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.I)
# A label is a few words without a sentence's end; "Check out our shop!" or a sentence with its
# stop over an address stays text (a call to look at it, which the link rules weigh).
_MAX_LABEL_WORDS = 8
_STOPS = ".!?…:;,"


def address_labels_apart(blocks: list[Block]) -> list[Block]:
    """The blocks, a short unstopped paragraph right over a bare address's as a list's item."""
    # The text's opening paragraph is its description however it ends ("Mike Talks about
    # Shadowman #1 Vol 1" over the network's address): only a later one is taken for a label.
    out = list(blocks)
    for i, block in enumerate(blocks[:-1]):
        after = blocks[i + 1]
        if (
            i > 0
            and block.role == "para"
            and block.kind == "text"
            and not block.links
            and "\n" not in block.text
            and len(block.text.split()) <= _MAX_LABEL_WORDS
            and block.text[-1:] not in _STOPS
            and _ADDRESS.fullmatch(after.text)
        ):
            out[i] = Block(block.text, block.links, block.kind, "item", block.italic)
    return out
