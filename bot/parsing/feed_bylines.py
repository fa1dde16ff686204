"""A byline a feed opens every item's text with ("By Eric Goldman Priest v. Google, …" on each
item of a blog with no author field): the writer's name, not the lead's first words."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from bot.parsing.models import FeedEntry

# "By", "Par", "Von", "Por", "Di" and up to four words after it, past any opening tags.
_OPENING = re.compile(
    r"^(?P<lead>(?:\s|<[^>]+>)*)(?P<by>By|Par|Von|Por|Di)\s+(?P<words>[^<]{0,80})"
)
_NAME_WORD = re.compile(r"^[A-ZÀ-Ý][\w'’.-]*$")
# The same name on this many items, and on half the items or more: the feed's habit.
_MIN_ITEMS = 3
_NOT_GOING_ON = r"(?![,;]|\s+(?:and|und|et|y|e|&|&amp;|with)\s)"
_SHARE = 0.5


def without_feed_bylines(entries: Sequence[FeedEntry]) -> list[FeedEntry]:
    """The entries less the opening "By Name" that most of a feed's items share."""
    if len(entries) < _MIN_ITEMS:
        return list(entries)
    counts: Counter[str] = Counter()
    for entry in entries:
        counts.update(
            set(_candidates(entry.description_html)) | set(_candidates(entry.content_html))
        )
    shared = [name for name, n in counts.items() if n >= _MIN_ITEMS and n >= _SHARE * len(entries)]
    if not shared:
        return list(entries)
    # The run on the most items, the longest of those: "By Mary Ann Smith", not "By Mary Ann".
    byline = max(shared, key=lambda name: (counts[name], len(name)))
    words = r"\s+".join(re.escape(w) for w in byline.split())
    # A byline that goes on ("By Mary Fanning and Alan Jones", "…, Religious Affairs
    # Correspondent") is left whole: a cut there would leave its rest as the lead.
    cut = re.compile(rf"^(?P<lead>(?:\s|<[^>]+>)*){words}\b{_NOT_GOING_ON}[\s:–—-]*")
    return [
        replace(
            e,
            description_html=cut.sub(r"\g<lead>", e.description_html, count=1),
            content_html=cut.sub(r"\g<lead>", e.content_html, count=1),
        )
        for e in entries
    ]


def _candidates(html: str) -> list[str]:
    """ "By W1 W2", "By W1 W2 W3": each run of two to three capitalised words after an
    opening "By" (one word alone is too often a sentence's: "By Monday, …")."""
    if not html or not (m := _OPENING.match(html)):
        return []
    words = m["words"].split()[:3]
    runs = []
    for size in (2, 3):
        run = words[:size]
        if len(run) == size and all(_NAME_WORD.match(w) for w in run):
            runs.append(f"{m['by']} {' '.join(run)}")
    return runs
