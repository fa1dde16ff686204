"""The item's own date a feed's template writes into its titles ("08/15 2AM - Bahamas Last
Day", "05 May 2006 - Apache Rampart 1.0 Released", "Retter vom Dienst 10.07.2015"): a stamp,
told from a date in the headline's words by its being the item's date, on the feed's habit."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime

from bot.parsing.models import FeedEntry

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "jan january janvier januar",
            "feb february février fevrier februar",
            "mar march mars märz",
            "apr april avril",
            "may mai",
            "jun june juin juni",
            "jul july juillet juli",
            "aug august août aout",
            "sep sept september septembre",
            "oct october octobre oktober",
            "nov november novembre",
            "dec december décembre decembre dezember",
        ),
        start=1,
    )
    for name in names.split()
}
_MONTH = r"(?P<mon>[^\W\d_]{3,9})\.?"
_TIME = r"(?:\s+\d{1,2}(?::\d{2})?\s?[AaPp][Mm]|\s+\d{1,2}:\d{2})?"
_FIGURES = (
    r"(?P<d1>\d{1,2})\.(?P<m1>\d{1,2})\.(?P<y1>\d{4}|\d{2})"
    r"|(?P<y2>\d{4})-(?P<m2>\d{2})-(?P<d2>\d{2})"
    r"|(?P<a3>\d{1,2})/(?P<b3>\d{1,2})(?:/(?P<y3>\d{4}|\d{2}))?"
)
_WORDS = (
    rf"(?P<d4>\d{{1,2}})\.?\s+{_MONTH}\s+(?P<y4>\d{{4}})"
    rf"|(?P<mon5>[^\W\d_]{{3,9}})\.?\s+(?P<d5>\d{{1,2}}),?\s+(?P<y5>\d{{4}})"
)
_DATE = rf"(?:{_FIGURES}|{_WORDS}){_TIME}"
# A stamp opens the title before a separator, or closes it after a separator; a date in figures
# after a space too ("Retter vom Dienst 10.07.2015"), where one in words is the sentence's own
# ("Conseil municipal du 20 novembre 2008").
_OPENING = re.compile(rf"^\s*{_DATE}\s*[-–—|:]\s+(?=\S)")
_CLOSING = re.compile(rf"\s*[-–—|:,]\s+{_DATE}\s*$")
# A day and month without the year after a space is an event's ("Webcast on Web Intelligence
# 11/19"): a stamp there carries its year.
_CLOSING_FIGURES = re.compile(
    rf"(?:\s*[-–—|:,])?\s+(?:{_FIGURES.replace(')?', ')', 1)}){_TIME}\s*$"
)
# A word the date completes, ending what is left: "Konzert am", "Meeting on", "Sitzung vom", a
# weekday ("Sonntag 12.10.2008"), an update's mark ("MIS A JOUR Mardi 08/04").
_LEADS_TO_DATE = frozenset(
    "am vom bis ab seit den dem des im zum du le la au aux de del el on of from to since until "
    "till at in by for the a dated les jour maj updated update aktualisiert stand "
    "monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi "
    "vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag".split()
)
# What is left must be a headline of its own: "2008-12-12: Friday." is a diary's date.
_MIN_WORDS = 2
# A broadcast's date may be a few days off the item's (an episode put up before it airs).
_NEAR_DAYS = 14
# Two items stamped make it the template's habit; one may be a date the headline is about.
_HABIT = 2


def _year(text: str | None, published: date) -> int:
    if not text:
        return published.year
    return int(text) if len(text) == 4 else 2000 + int(text)


def _candidates(match: re.Match[str], published: date) -> Iterator[tuple[int, int, int]]:
    """The (year, month, day) readings of a matched date; a slashed one both ways round."""
    found = match.groupdict()
    if found["d1"]:
        yield _year(found["y1"], published), int(found["m1"]), int(found["d1"])
    elif found["y2"]:
        yield int(found["y2"]), int(found["m2"]), int(found["d2"])
    elif found["a3"]:
        year = _year(found["y3"], published)
        yield year, int(found["a3"]), int(found["b3"])
        yield year, int(found["b3"]), int(found["a3"])
    elif found["d4"]:
        yield int(found["y4"]), _MONTHS.get(found["mon"].casefold(), 0), int(found["d4"])
    elif found["d5"]:
        yield int(found["y5"]), _MONTHS.get(found["mon5"].casefold(), 0), int(found["d5"])


def _is_items_date(found: re.Match[str], published_at: float | None) -> bool:
    if published_at is None:
        return False
    published = datetime.fromtimestamp(published_at, tz=UTC).date()
    for year, month, day in _candidates(found, published):
        try:
            said = date(year, month, day)
        except ValueError:
            continue
        if abs((said - published).days) <= _NEAR_DAYS:
            return True
    return False


def _unstamped(entry: FeedEntry, *, spaced: bool) -> str | None:
    """The title without the item's own date opening or closing it (`spaced`: closing after
    a space alone); None where it has none."""
    for pattern in (_CLOSING_FIGURES,) if spaced else (_OPENING, _CLOSING):
        found = pattern.search(entry.title)
        if found and _is_items_date(found, entry.published_at):
            rest = (entry.title[: found.start()] + entry.title[found.end() :]).strip()
            words = [w for w in rest.split() if any(c.isalpha() for c in w)]
            last = words[-1].strip(".,;:!?") if words else ""
            # A short word before the date leads to it ("перерывов с 01.04.2024", "am").
            short = len(last) <= 2 and last.islower()
            if len(words) >= _MIN_WORDS and last.casefold() not in _LEADS_TO_DATE and not short:
                return rest
    return None


# A date after a space alone is the template's where a third of the items or more carry it:
# a few notices naming their day ("suljettu maanantaina 9.9.2024") are the writer's.
_SPACED_SHARE = 1 / 3


def _stamps_off(entries: Sequence[FeedEntry], *, spaced: bool) -> list[FeedEntry]:
    rests = [
        _unstamped(e, spaced=spaced) if any(c.isdigit() for c in e.title) else None for e in entries
    ]
    found = sum(r is not None for r in rests)
    if found < _HABIT or (spaced and found < _SPACED_SHARE * len(entries)):
        return list(entries)
    # "This Week in Review - 2008-12-10" on every issue: the date is what tells them apart.
    shared = Counter(r.casefold() for r in rests if r)
    return [
        replace(e, title=r) if r and shared[r.casefold()] == 1 else e
        for e, r in zip(entries, rests, strict=True)
    ]


def without_date_stamps(entries: Sequence[FeedEntry]) -> list[FeedEntry]:
    """The entries without the item's date the feed's titles open or close with, where two or
    more do so; a title whose rest another item shares (a column's name) keeps its date."""
    return _stamps_off(_stamps_off(entries, spaced=False), spaced=True)
