"""Lines a feed cut before their end that no word list of single function words catches: a
preposition or auxiliary waiting for its object, a time phrase waiting for its noun."""

from __future__ import annotations

import re

# Words that rarely end an English sentence in a description ("… the feature was", "…
# content) for"); "to", "is" and "not" may ("… nobody has an exact answer to", tests/
# test_lead_edges), so they are not here. A quoted or parenthesised ending is another matter.
_OPEN = re.compile(
    r"\s(?:for|into|onto|are|was|were|will|these|those)$"
    # A time phrase cut before its noun ("for the last [few months]", "in the next").
    r"|\s(?:for|in|over|during|of|within)\s+the\s+(?:last|next|past|coming|first|following)$",
)


# A heading or a short line may end on a stranded word ("MongoDB gotchas to watch for", "You
# don't need to"); a feed's cut falls in a description a sentence long.
_MIN_WORDS = 8


def ends_unfinished(line: str) -> bool:
    """Whether an unpunctuated line ends waiting for its next word (its feed's cut)."""
    return len(line.split()) >= _MIN_WORDS and bool(_OPEN.search(line.rstrip()))
