"""A bold lead: the entry's opening paragraph set all in bold that reads as a sentence (a
deals blog's offer, a news dek), not a subhead: it is lead text like the paragraphs after it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.blocks import Block
from bot.text.word_counts import word_count

# A subhead is a few words ("Acer Aspire Laptop", "What we found"); a lead in bold runs on
# like a sentence ("Kmart has the Levi Strauss … Jean for $10 after $5 instant savings").
_MIN_LEAD_WORDS = 12
# Title Case is a heading's ("The Best Budget Laptops Of The Year In Review"), capitals too.
_MAX_CAPITALISED = 0.6


# A lead-in to a list may end the lead in a colon when a whole sentence comes before it
# ("Minitab offers many features … data. However, … the following short cuts, tools, and
# capabilities:"); a heading's "What we found:" has no sentence of its own.
_SENTENCE_THEN_LEAD_IN = re.compile(r"\w[.!?]\s+[A-Z][^:]{20,}[:：]\s*$")


def _reads_as_sentence(text: str) -> bool:
    if word_count(text) < _MIN_LEAD_WORDS or text.rstrip().endswith(("?", "？")):
        return False
    if text.rstrip().endswith((":", "：")) and not _SENTENCE_THEN_LEAD_IN.search(text):
        return False
    words = [w for w in text.split() if w[:1].isalpha()]
    capitalised = sum(w[:1].isupper() for w in words)
    return not words or capitalised <= _MAX_CAPITALISED * len(words)


def is_bold_lead(blocks: Sequence[Block], i: int) -> bool:
    """Whether blocks[i], the first text block, is a bold lead over the paragraphs after it."""
    block = blocks[i]
    if block.kind != "text" or block.role != "subhead" or "\n" in block.text.strip():
        return False
    after = next((b for b in blocks[i + 1 :] if b.kind == "text"), None)
    return after is not None and after.role == "para" and _reads_as_sentence(block.text)
