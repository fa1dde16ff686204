"""A short question that sets up the next sentence ("Les Golden Globes ?", "Why?")."""

from __future__ import annotations

import re

# A question of a few words is a rhetorical turn: the sentence after it answers it. A lead that
# stops there ends mid-thought, so it ends
# before the question, but only when its answer is the feed's cut sentence: a question closing
# what the feed gives ("Any pointers?", "Huge opportunity?") is the post's hook or its ask.
_SETUP_QUESTION = re.compile(r"[\"'“«„¿]?\s*(?:\S+\s+){0,3}\S+?\s?\?[\"'”»)]*")


# "But does it?", "Or is it?" doubt the sentence before: they say something, and a line of
# dialogue ("Me: ?") is a reply. Neither sets up an answer.
_DOUBT = re.compile(
    r"\W*(?:but|or|and|yet|mais|ou|et|aber|oder|und|doch|pero|o|y|ma|oppure|e|mas|но|или|а)\b",
    re.I,
)


def is_setup_question(sentence: str) -> bool:
    """True for a question of four words or fewer, neither a doubt nor a reply."""
    sentence = sentence.strip()
    return (
        bool(_SETUP_QUESTION.fullmatch(sentence))
        and ":" not in sentence
        and not _DOUBT.match(sentence)
    )
