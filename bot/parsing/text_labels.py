"""A section or supplier label a feed opens nearly every item's text with ("News - Gli utenti
…", "3rd Party Software: A veritable …", "[Artigo france] Sol …"): how the site files the
item, not the lead's first words."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from bot.attribution.aggregators import outlet_words
from bot.parsing.headline_labels import PAID
from bot.parsing.models import FeedEntry

# Past any opening tags: a short label in brackets, or one to four words before " - " or ":",
# then the text as a sentence opens (a capital, a digit or a quote mark).
_OPENING = r"^(?P<lead>(?:\s|<[^>]+>)*)"
_BRACKETED = re.compile(_OPENING + r"\[(?P<label>[^\W\d_][^\[\]<>\d]{0,40}?)\s*\]\s+(?=\S)")
_SEPARATED = re.compile(
    _OPENING
    + r"(?P<label>[\w&'’/]+(?: [\w&'’/]+){0,3})(?P<join> [-–—] |: )(?=[\"“‘'«„¿¡\d]|[^\W\d_])"
)
_SHAPES = (_BRACKETED, _SEPARATED)
# A list of fields ("Einsatzort: Weiz<br />Alarmierung: Sammelruf"): the first name is one of
# several, and the value alone would not say what it is.
_NEXT_FIELD = re.compile(r"(?:<br\s*/?>|\n|</p>|</li>)\s*(?:<[^>]+>\s*)*[^\W\d_][\w ]{0,30}:\s")
# Nearly every item with text, of enough items to be the feed's habit.
_SHARE = 0.8
_MIN_ITEMS = 4
_MAX_LABEL = {_BRACKETED: 40, _SEPARATED: 30}


def without_text_labels(entries: Sequence[FeedEntry]) -> list[FeedEntry]:
    """The entries less the label of the shape nearly all of a feed's item texts open with."""
    texts = [e.description_html or e.content_html for e in entries]
    texts = [t for t in texts if t.strip()]
    if len(texts) < _MIN_ITEMS:
        return list(entries)
    for shape in _SHAPES:
        labels = [label for t in texts if (label := _label(shape, t))]
        counts = Counter(labels)
        # Sections: some said again, and more than one ("News", "Sicurezza"); one name on
        # every item is a field's ("Цель: Научиться …", a course's "Goal:"), which the value needs.
        repeated = len(counts) >= 2 and counts.most_common(1)[0][1] >= 2
        if len(labels) >= _SHARE * len(texts) and repeated:
            if shape is _BRACKETED and _aggregated(labels):
                break
            return [_cut(shape, e) for e in entries]
    return list(entries)


def _aggregated(labels: Sequence[str]) -> bool:
    """Whether the bracketed labels are mostly outlets' names: an aggregator's partner tags
    ("[Capital FM] Nairobi -- …"), which attribution credits and cuts (aggregators.py)."""
    return sum(map(outlet_words, labels)) >= len(labels) / 2


def _label(shape: re.Pattern[str], html: str) -> str | None:
    found = shape.match(html)
    if found is None or len(found["label"]) > _MAX_LABEL[shape] or PAID.fullmatch(found["label"]):
        return None
    if shape is _SEPARATED and _NEXT_FIELD.search(html, found.end(), found.end() + 400):
        return None
    # A label is capitalised (or a number: "3rd Party Software"); a sentence's own opening
    # clause in lower case ("note: …") is no filing label.
    first = found["label"].lstrip()[:1]
    return found["label"].strip() if first.isupper() or first.isdigit() else None


def _cut(shape: re.Pattern[str], entry: FeedEntry) -> FeedEntry:
    return replace(
        entry,
        description_html=_without(shape, entry.description_html),
        content_html=_without(shape, entry.content_html),
    )


def _without(shape: re.Pattern[str], html: str) -> str:
    found = shape.match(html)
    label = _label(shape, html)
    if found is None or label is None or not html[found.end() :].strip():
        return html
    if shape is _BRACKETED and outlet_words(label):
        return html  # an outlet's name is attribution's to credit
    return found["lead"] + html[found.end() :]
