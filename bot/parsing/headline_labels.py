"""A site's kind labels in brackets opening its headlines ("[Из песочницы] …", "[Перевод] …"
on Habr): how the site files the post, repeated over its items, not part of the headline."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from bot.parsing.models import FeedEntry

# One to three words in brackets before the headline's text; a date or time is no label.
# Some sites pad the brackets ("[ International ] …", Radio-Canada).
_LABEL = re.compile(
    r"\s*(?P<label>[\[【]\s?(?P<words>[^\W\d_][^\[\]【】\d]{0,30}?)\s?[\]】])\s+(?=\S)"
)
# An advertising mark tells the reader the post is paid for: it stays.
PAID = re.compile(
    r"(?:sponsor(?:ed)?|ad(?:vertisement|vertorial)?|anzeige|werbung|promoted|publicidad|"
    r"publicité|реклама|partner(?:ed)?(?: content)?|paid(?: post)?)",
    re.IGNORECASE,
)


def _label(title: str) -> str | None:
    found = _LABEL.match(title)
    if found is None or len(found["words"].split()) > 3 or PAID.fullmatch(found["words"]):
        return None
    return found["label"]


# One lower-case word before a colon ("strip : Rétro gamines 2", Maliki's comic strips): a
# series or column is named with capitals ("This Week in Review: …") and stays.
_KIND_PREFIX = re.compile(r"\s*(?P<label>[^\W\d_A-Z]{3,20}\s*:)\s+(?=\S)")
_PREFIX_SHARE = 0.8


def _prefix(title: str) -> str | None:
    found = _KIND_PREFIX.match(title)
    return found["label"] if found and found["label"].islower() else None


def without_kind_labels(entries: Sequence[FeedEntry]) -> list[FeedEntry]:
    """The entries without the bracketed label two or more headlines open with, or the
    lower-case kind word before a colon that nearly all do."""
    # On two items it is the site's habit; one alone may be the writer's.
    counts = Counter(label for e in entries if (label := _label(e.title)))
    labels = {label for label, n in counts.items() if n >= 2}
    if labels:
        # Where it is the habit, the site's other bracketed kinds are labels too
        # ("[Tumblrification] Je cherche un CDI" once beside "[Chronique]" twice, Cultiz).
        labels |= set(counts)
    prefixes = Counter(label for e in entries if (label := _prefix(e.title)))
    labels |= {p for p, n in prefixes.items() if n >= _PREFIX_SHARE * len(entries)}
    entries = [_without_service(e) for e in entries]
    if not labels:
        return entries
    return [
        replace(e, title=_JOIN_LEFT.sub("", e.title.lstrip()[len(label) :].lstrip()))
        if (label := _label(e.title) or _prefix(e.title)) in labels
        else e
        for e in entries
    ]


# The separator the label stood before goes with it ("[No Title] - Post from July 28, 2026",
# Trump's Truth): a headline opening "- Post from …" reads as a fragment.
_JOIN_LEFT = re.compile(r"^[-–—|:·•»/]+\s+")


# The bookmarking or cross-posting service that made the item, closing its headline ("Links for
# 2012-08-24 [del.icio.us]"): an address in brackets, never the headline's words ("[Video]").
_SERVICE = re.compile(r"\s+\[[^\W\d_][\w-]*(?:\.[\w-]+)+\]\s*$")


def _without_service(entry: FeedEntry) -> FeedEntry:
    title = _SERVICE.sub("", entry.title)
    return replace(entry, title=title) if title != entry.title and title.strip() else entry
