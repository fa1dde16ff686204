"""Sentences that only invite the reader to what a pointer after them links ("You might also
enjoy it. Click here to read that posting."): without the pointer, "it" is nothing."""

from __future__ import annotations

import re

_INVITES_TO_IT = re.compile(
    r"(?:you\s+(?:might|may|will|could|should|would)\s+(?:also\s+|really\s+)?(?:enjoy|like|love"
    r"|want\s+to\s+(?:read|see|watch|check\s+out))|(?:do\s+)?(?:check|try)\s+(?:it|them|this"
    r"|that)\s+out|enjoy)\s*(?:it|them|this(?:\s+one)?|that(?:\s+one)?|those)?"
    r"(?:\s+(?:too|as\s+well))?\s*[.!…]*",
    re.IGNORECASE,
)
# The sentence after it points by a word alone ("Click here to read that posting.", "ici").
_POINTS = re.compile(r"(?<!\w)(?:here|hier|ici|aquí|aqui|här)(?!\w)", re.IGNORECASE)


def invites_to_it(sentence: str) -> bool:
    """Whether `sentence` only invites to "it" ("You might also enjoy it.", "Check it out!")."""
    return bool(_INVITES_TO_IT.fullmatch(sentence.strip()))


def points_by_word(sentence: str) -> bool:
    """Whether `sentence` says "here" (or "ici", "hier"…), pointing at a link."""
    return bool(_POINTS.search(sentence))
