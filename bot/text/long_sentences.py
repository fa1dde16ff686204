"""A first sentence longer than the summary budget: posted whole up to a hard cap."""

from __future__ import annotations

# An editor rejects a sentence cut with "…" ("… et autres régressions inquiétantes…" where the
# entry goes on "n'y étant pas pour rien."), so a lead of one long sentence is kept whole when
# it is at most half over the budget: 900 characters at the default 600, a long sentence of
# news prose (Gorel's 813), well within a message (4,096); a photo caption (1,024) is still fit
# by render_post. Longer ones are cut as before: a text run on without stops is no sentence.
_OVER_BUDGET = 1.5


def fits_whole(sentence: str, max_chars: int) -> bool:
    """Whether one complete sentence over `max_chars` is still short enough to post whole."""
    return len(sentence) <= max_chars * _OVER_BUDGET
