"""Bold labels opening a roundup's paragraphs ("<strong>Awesome News:</strong> Did you know …",
"<strong>Awesome Sites:</strong> I added …"): section heads, not words of the sentence."""

from __future__ import annotations

import re

from bot.text.block_model import Block, Link

# A label of two to five words and a colon, opening a paragraph in bold. One word ("Update:",
# "Note:", "Q:") is a sentence's label; one bold label may be a lead-in, so there must be two or
# more. Two speakers' names take turns down a transcript: labels that repeat must be three or
# more different ones (a roundup's kinds: "Awesome Sites", "Awesome Videos", "Awesome News").
# A label holding a figure is data ("Jan 7th: I'll be on stage …"); an italic paragraph is a note
# set off from the text ("<i><b>Editor's Note:</b> We have updated …</i>"): neither is a head.
_LABEL = re.compile(r"[^\W\d_][^\d.!?:;]{0,50}:")
_MIN_LABELS, _MIN_KINDS = 2, 3


def _label(block: Block, head_end: int) -> str | None:
    head = block.text[:head_end].strip()
    words = len(head.split())
    fits = _LABEL.fullmatch(head) and 2 <= words <= 5 and block.role == "para" and not block.italic
    return head if fits and block.text[head_end:].strip() else None


def _split(block: Block, head_end: int) -> list[Block]:
    rest = block.text[head_end:].lstrip()
    shift = len(block.text) - len(rest)
    links = tuple(
        Link(lk.start - shift, lk.end - shift, lk.href) for lk in block.links if lk.start >= shift
    )
    head = block.text[:head_end].strip().rstrip(":").rstrip()
    return [Block(head, (), block.kind, "subhead"), Block(rest, links, block.kind, block.role)]


def labelled_sections(blocks: list[Block], heads: dict[int, int]) -> list[Block]:
    """`blocks` with each bold label (block index → where its bold head ends) a subhead of its
    own where two or more paragraphs open on different labels."""
    labels = {i: _label(blocks[i], end) for i, end in heads.items()}
    found = [label for label in labels.values() if label]
    kinds = len(set(found))
    # A roundup opens on its first label; labels under an intro ("Neste podcast: …" after a
    # podcast's opening lines) are the intro's details, which the lead would lose.
    opens = labels.get(0) is not None
    if not opens or len(found) < _MIN_LABELS or kinds < min(len(found), _MIN_KINDS):
        return blocks
    out: list[Block] = []
    for i, block in enumerate(blocks):
        out.extend(_split(block, heads[i]) if labels.get(i) else [block])
    return out
