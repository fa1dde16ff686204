"""A short question that sets up the next sentence ("Les Golden Globes ?", "Why?")."""

from __future__ import annotations

import re

# A question of a few words is a rhetorical turn: the sentence after it answers it. A lead that
# stops there (its answer cut by the feed, or over the budget) ends mid-thought, so it ends
# before the question. Longer questions say something of their own ("Is Chrome the new IE?").
_SETUP_QUESTION = re.compile(r"[\"'“«„¿]?\s*(?:\S+\s+){0,3}\S+?\s?\?[\"'”»)]*")


def is_setup_question(sentence: str) -> bool:
    """True for a question of four words or fewer."""
    return bool(_SETUP_QUESTION.fullmatch(sentence.strip()))
