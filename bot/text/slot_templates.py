"""A feed-wide teaser template with a slot the headline fills: every item's description one
skeleton ("Read the latest equipment article from FoodService News." under "FoodService News -
Equipment Article"): with the headline's words masked it recurs word for word, and says nothing."""

from __future__ import annotations

import hashlib
import re

SLOT_PREFIX = "slot:"
# A description longer than this is a story's own text, not a teaser line.
MAX_CHARS = 300
# The skeleton's own words (besides the headline's) and the most words it may have.
MIN_OTHER_WORDS = 4
MAX_WORDS = 40
# Words compared by their start, so that "Features" in the headline masks "feature".
_STEM = 5
_WORD = re.compile(r"\w+")


def slot_key(title: str, text: str) -> str | None:
    """The key of a short description with the headline's words masked (a run of them one
    mask); None when nothing is masked, too few other words are left, or it is long."""
    if not title or len(text) > MAX_CHARS:
        return None
    stems = {w[:_STEM] for w in _WORD.findall(title.casefold()) if len(w) >= 3}
    words = _WORD.findall(text.casefold())
    if len(words) > MAX_WORDS:
        return None
    masked = ["_" if len(w) >= 3 and w[:_STEM] in stems else w for w in words]
    skeleton = [w for i, w in enumerate(masked) if w != "_" or i == 0 or masked[i - 1] != "_"]
    if "_" not in skeleton or len(skeleton) - skeleton.count("_") < MIN_OTHER_WORDS:
        return None
    return SLOT_PREFIX + hashlib.blake2b(" ".join(skeleton).encode(), digest_size=8).hexdigest()


def title_mark(title: str) -> str:
    """What tells two items' headlines apart, for counting a slot template's stories."""
    return hashlib.blake2b(" ".join(title.casefold().split()).encode(), digest_size=8).hexdigest()


def is_slot_template(title: str | None, text: str, phrases: frozenset[str]) -> bool:
    """Whether an item's whole text is the feed's learned teaser template."""
    # One skeleton for the feed: several (" … is Supported/Broken/Running") say something
    # beside the headline in the words that differ.
    if not title or sum(p.startswith(SLOT_PREFIX) for p in phrases) != 1:
        return False
    key = slot_key(title, " ".join(text.split()))
    return key is not None and key in phrases
