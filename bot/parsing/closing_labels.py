"""Labels a feed closes its headlines with, learnt from its own items: a post kind in brackets
on nearly all ("… [Clipping]"), each item's section in brackets ("… (Kriminalai)" filed under
Kriminalai), a forum's poster ("… - by: patrick.nerden") and its "Subject:" field name."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from bot.parsing.models import FeedEntry

# One to four words in brackets closing the headline; a number or date is no label.
_CLOSING = re.compile(r"\s+(?P<label>[(\[](?P<words>[^\W\d_][^()\[\]\d]{1,30}?)[)\]])\s*$")
# An advertising mark tells the reader the post is paid for: it stays.
_PAID = re.compile(
    r"sponsor|advert|anzeige|werbung|promot|publicidad|publicité|реклама|paid|partner", re.I
)
# A forum's poster after the subject ("Subject: Re:Error … - by: richard.berger").
_POSTER = re.compile(r"\s+[-–—|]\s*by:\s*\S{1,40}\s*$", re.IGNORECASE)
# A mail or forum header's field name opening the headline.
_FIELD = re.compile(r"^(?:subject|betreff|sujet|asunto|oggetto|onderwerp|тема)\s*:\s*", re.I)
# A kind in square brackets closing several items' headlines ("[Clipping]" on half of Land+
# Living's, its other posts bare); one in round brackets the same on all may be the news
# ("(Chicago, IL)" on every job of a board), so only a section matching the item's category goes.
_KIND_ITEMS = 3
_KIND_SHARE = 0.25
# Nearly every item, of enough items that it is the feed's habit, not a coincidence.
_SHARE = 0.8
# A section named after each item's own category needs the habit on most items only: some
# items carry no category or another wording.
_SECTION_SHARE = 0.6
_MIN_ITEMS = 4
_MAX_WORDS = 4
_LETTER = re.compile(r"[^\W\d_]")
# A podcast's kind closing its episodes' headlines, bracketed or after a dash ("Macht Freude
# (Podcast)", "… 16.10.2015 - Podcast"): every item of the feed is one, so it says nothing.
_SHOW_KIND = re.compile(
    r"(?:\s*[(\[](?:podcast|vodcast)[)\]]|\s+[-–—|]\s*(?:podcast|vodcast))\s*$", re.I
)


def _closing(title: str) -> str | None:
    found = _CLOSING.search(title)
    if found is None or len(found["words"].split()) > _MAX_WORDS or _PAID.search(found["words"]):
        return None
    return found["label"]


def _is_section(label: str, entry: FeedEntry) -> bool:
    words = label[1:-1].strip().casefold()
    return any(words == category.strip().casefold() for category in entry.categories)


def without_closing_labels(entries: Sequence[FeedEntry]) -> list[FeedEntry]:
    """The entries without the label closing nearly all their headlines, the section closing
    most (each its own category), or a forum's poster and field name."""
    if len(entries) < _MIN_ITEMS:
        return list(entries)
    entries = _without_show_kinds(entries)
    labels = [_closing(e.title) for e in entries]
    if not any(labels) and not any("by:" in e.title for e in entries):
        return list(entries)  # most feeds: nothing to cut
    counts = Counter(label for label in labels if label)
    kinds = {
        label
        for label, n in counts.items()
        if label[0] == "[" and n >= max(_KIND_ITEMS, _KIND_SHARE * len(entries))
    }
    sections = sum(1 for e, lab in zip(entries, labels, strict=True) if lab and _is_section(lab, e))
    by_section = sections >= _SECTION_SHARE * len(entries)
    forum = sum(1 for e in entries if _POSTER.search(e.title)) >= _SHARE * len(entries)
    fields = forum and sum(1 for e in entries if _FIELD.match(e.title)) >= _SHARE * len(entries)
    if not kinds and not by_section and not forum:
        return list(entries)
    result = []
    for entry, label in zip(entries, labels, strict=True):
        title = entry.title
        if label and (label in kinds or (by_section and _is_section(label, entry))):
            title = title[: title.rfind(label)].rstrip()
        if forum:
            title = _POSTER.sub("", title)
        if fields:
            title = _FIELD.sub("", title)
        # A headline of a date only ("01/11/2008 [Flickr]") keeps the label that says more.
        result.append(replace(entry, title=title) if _LETTER.search(title) else entry)
    return result


def _without_show_kinds(entries: Sequence[FeedEntry]) -> Sequence[FeedEntry]:
    marked = [bool(_SHOW_KIND.search(e.title)) for e in entries]
    if sum(marked) < max(_KIND_ITEMS, _KIND_SHARE * len(entries)):
        return entries
    return [
        replace(e, title=rest)
        if mark and _LETTER.search(rest := _SHOW_KIND.sub("", e.title))
        else e
        for e, mark in zip(entries, marked, strict=True)
    ]
