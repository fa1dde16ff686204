"""A feed's genus label: the one word most of its entries are filed under that its other
labels qualify ("Nuus" beside "Wêreld Nuus", "News" beside "World News")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

_WORDS = re.compile(r"[^\W_]+")
# Fewer items can share a label by chance.
_FEWEST = 4


def genus_labels(entries_categories: Sequence[tuple[str, ...]]) -> frozenset[str]:
    """The one-word categories (folded) on most entries that another category qualifies."""
    # A site files nearly every item under its kind ("Nuus", news, on 4 of Koerant's 5, beside
    # "Sake", "Reis"), in whatever language; its own "Wêreld Nuus" shows the word is the genus
    # of its sections, not a topic. A blog's subject ("Python") is no section's qualified name.
    if len(entries_categories) < _FEWEST:
        return frozenset()
    counts = Counter(c for cats in entries_categories for c in {c.casefold() for c in cats})
    common = {c for c, n in counts.items() if 2 * n > len(entries_categories)}
    common = {c for c in common if len(_WORDS.findall(c)) == 1}
    if not common:
        return frozenset()
    ends: set[str] = set()
    for label in counts:
        words = _WORDS.findall(label)
        if len(words) >= 2:
            ends.update((words[0], words[-1]))
    return frozenset(common & ends)
