"""Sentences presenting an audio or video player: a post carries no player, so they present
nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.blocks import Block, Cut
from bot.text.preceding_sentences import sentence_before

# A sentence presenting the player right after it ("Here's my finished product." before an
# <audio>, "Check it out!"): a post carries no player, so it presents nothing. One ending on a
# colon is a lead-in, which a summary already never ends on.
_PRESENTS = re.compile(
    r"(?:here(?:'s|’s|\s+is|\s+are|\s+it\s+is|\s+they\s+are)|(?:take\s+a\s+)?(?:listen|look|watch)"
    r"|check\s+it\s+out)\b[^.!?:]{0,80}[.!]\W*$",
    re.IGNORECASE,
)
_PLAYER = re.compile(r"<(?:audio|video|iframe|object|embed)\b", re.IGNORECASE)
# What may stand between the sentence and the player: closing and opening wrappers.
_WRAPPERS = re.compile(r"(?:\s|</?(?:p|div|span|br|figure|center|a|strong|em|b|i)\b[^>]*>)*$", re.I)
_PRESENTING_WORDS = 14


def _presenting_sentence(html: str, player: int) -> str | None:
    """The sentence right before the player at `player` in `html` when it presents it."""
    sentence = sentence_before(html, player, window=600, wrappers=_WRAPPERS)
    if sentence is None:
        return None
    if not _PRESENTS.match(sentence) or len(sentence.split()) > _PRESENTING_WORDS:
        return None
    return sentence


def player_pointer_cuts(html: str, blocks: Sequence[Block]) -> list[Cut]:
    """Cuts of the sentences presenting an audio or video player the post does not carry."""
    if not _PLAYER.search(html):
        return []
    sentences = {s for m in _PLAYER.finditer(html) if (s := _presenting_sentence(html, m.start()))}
    cuts = []
    for index, block in enumerate(blocks):
        text = block.text.rstrip()
        for sentence in sentences:
            if text.endswith(sentence) and (
                len(text) == len(sentence) or text[-len(sentence) - 1].isspace()
            ):
                cuts.append(Cut(index, len(text) - len(sentence), len(text), "pointer"))
    return cuts
