"""Texts without one complete sentence: a record of short lines (a day's workout, a dispatch
call-out) read as its lines, an episode's one line trailing off before its notes, and a media
file's name with its time stamp, which says nothing."""

# Hand-written: these are layouts (line lengths, a file's extension), not language a library
# parses; they run only when the summary found no sentence, so they cost nothing on most entries.

from __future__ import annotations

import re

from bot.text.plain_blocks import is_separated_list

# A record's line is a few words ("1 Rope climb", "126999 MKA Kennemerland ( Monitorcode )"),
# five on average, a few up to twelve; longer lines are prose or fields, read as such. Half
# its lines or more hold a figure (a count, a load, a unit's code, a time): data, not a list
# of words (a product's features, the titles of pictures left out). A short record, not a
# list of tracks or a changelog: its lines are the whole entry (`_MAX_LINES`, `_MAX_CHARS`).
_LINE_WORDS = 6
_MAX_LINES = 24
_MAX_CHARS = 400
# An address, a handle or a mail: a line pointing elsewhere is notes, no record to post.
_POINTS_ELSEWHERE = re.compile(r"https?://|www\.|\S@\S|(?:^|\s)@\w|\b\w+\.(?:com|org|net|io|fm)\b")
# An author's own "..." closing a line the text goes on after (a show's one line over its
# notes: "Brett & Bryan would rather windmill fight … on this call in show..."): a letter
# before the dots, not a figure ("$150.00…") nor a space (a feed's spaced cut).
_TRAILING_DOTS = re.compile(r"(?<=[^\W\d_])(?:\.{3}|…)$")
_TRAILING_WORDS = (5, 20)  # a feed cuts its teasers longer

# A file's size ("12,1 MB", "142,57 килобайт").
# Closing its bracket or item: "75 KB swings" is a kettlebell's count, no file's size.
_SIZE = re.compile(r"(?i)\d\s?(?:[kmg]b|[кмг]б|(?:кило|мега|гига)байт)(?=\s*(?:[),;]|$))")
# A labelled field's line: a label of up to four words, a colon, its value.
_FIELD = re.compile(r"[^\W\d][\w'’&-]*(?: [\w'’&-]+){0,3}\s?[:：]")

_MEDIA_FILE = re.compile(
    r"[\w.-]*[\w-]\.(?:mp3|m4a|aac|ogg|oga|opus|wav|flac|mp4|m4v|mov|avi|mkv|webm|pdf|"
    r"jpe?g|png|gif|zip|docx?|pptx?)\b",
    re.IGNORECASE,
)
# What a file's listing adds to its name: a time stamp's weekday, month, figures and marks.
_STAMP = re.compile(
    r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|"
    r"dec|am|pm|utc|gmt|kb|mb|gb)\b\.?|[\d\s:;,./()+-]+"
)


def is_file_listing(line: str) -> bool:
    """Whether `line` is a media file's name with at most its time stamp or size beside it
    ("heb_o_rav_2021-11-30_lesson_….mp3; Tue, Nov 30 04:07:19 2021"): nothing to read."""
    if not _MEDIA_FILE.search(line):
        return False
    return not _STAMP.sub("", _MEDIA_FILE.sub("", line)).strip()


# A listing's slot: a time range or a date and a time beside what airs or happens there
# ("1/26 20:00～21:00 [ミュージック・エア(Ch.324)]"), a line of three words that says when.
_SLOT = re.compile(
    r"\b\d{1,2}:\d{2}\s*[～~–—-]\s*\d{1,2}:\d{2}\b|\b\d{1,2}[/.]\d{1,2}\.?\s+\d{1,2}:\d{2}\b"
)


def is_listing_time(line: str) -> bool:
    """Whether `line` gives a listing's slot (a time range, or a date and time) and a name."""
    return bool(_SLOT.search(line)) and any(ch.isalpha() for ch in line)


_ALONE_WORDS = 8
# A numbered item's opening ("3) In Android when …", "2. Add …"): one of a list, no lead.
_NUMBERED = re.compile(r"\(?\d{1,2}[.)]\s")


# An opening that leads into what follows: a colon, a word wanting its object ("… to talk
# about // Scout Me In // …"), or a sentence glued to a heading ("… project.Topics").
_LEADS_ON = re.compile(r"[:：]$|[^\W\d_][.!?][A-Z]")
_WANTS_OBJECT = frozenset(
    "a an the about of on with for to from like including namely such as discuss discussing "
    "talk talking covering are is was were had has have and or at via by in into here below".split()
)
# A run of characters written without spaces (Chinese, Japanese): a line of prose, not a
# record's few words, however `split` counts it.
_UNSPACED_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{6,}")


def over_notes(lines: list[str], alone: bool) -> bool:
    """Whether the opening line is an episode's own over its notes: no field nor numbered
    item, pointing nowhere, and `alone` in its section or over a show's segments."""
    first = lines[0].rstrip()
    if not first or _POINTS_ELSEWHERE.search(first):
        return False
    if _FIELD.match(first) or _NUMBERED.match(first):
        return False
    if _LEADS_ON.search(first) or first.split()[-1].lower().strip("\"'”’)") in _WANTS_OBJECT:
        return False
    if first[0].islower():
        return False  # a sentence's tail ("and human rights, and …"), its start gone
    # Over handles and addresses it may be a call ("Follow me for more updates on projects"
    # over "Instagram: www.instagram.com/…"): only a show's segments are taken for notes.
    # Alone, a short line may be a lead-in whose list went ("This week in DistroWatch Weekly").
    if len(lines) == 1 and alone:
        return len(first.split()) >= _ALONE_WORDS
    return any(is_separated_list(line) for line in lines[1:])


def trailing_line(line: str, goes_on: bool) -> str | None:
    """The line without the "..." its author closed it on, when the text `goes_on` after it
    and the line is of a sentence's length; None otherwise (a feed's cut ends the text)."""
    low, high = _TRAILING_WORDS
    if not goes_on or not _TRAILING_DOTS.search(line) or not low <= len(line.split()) <= high:
        return None
    return _TRAILING_DOTS.sub("", line).rstrip(" ,;:-–—")


# An event listing's fields say when and where it is ("Date: May 23, 2009" / "Time: 10:00 am
# ET - 10:00 pm ET", Eventbrite's): what its post has to tell, the headline saying what.
_WHEN_WHERE = re.compile(
    r"(?i:date|dates|time|times|when|where|venue|location|place|hours|datum|zeit|uhrzeit|ort"
    r"|wann|wo|date et heure|heure|horaire|lieu|quand|où|fecha|hora|lugar|cuándo|dónde|data"
    r"|ora|orario|luogo|quando|dove|local|horário)\s?[:：]\s*\S"
)
_WHEN = re.compile(
    r"(?i:date|dates|time|times|when|datum|zeit|uhrzeit|wann|date et heure|heure|horaire"
    r"|quand|fecha|hora|cuándo|data|ora|orario|quando|horário)\s?[:：]"
)


def _when_and_where(lines: list[str]) -> bool:
    """Whether the labelled lines are an event's when and where, a date or time among them."""
    labelled = [line for line in lines if _FIELD.match(line)]
    if not all(_WHEN_WHERE.match(line) for line in labelled):
        return False
    return any(_WHEN.match(line) and any(ch.isdigit() for ch in line) for line in labelled)


def joined_record(lines: list[str], max_chars: int) -> str:
    """A short record's lines, in order, joined into one line within `max_chars`, whole lines
    only ("AMRAP in 20 mins, 1 Rope climb, 3 Manmakers …"); "" when `lines` are no record."""
    lines = [line.strip() for line in lines if line.strip()]
    if not 2 <= len(lines) <= _MAX_LINES or sum(map(len, lines)) > _MAX_CHARS:
        return ""
    words = [sum(any(ch.isalnum() for ch in word) for word in line.split()) for line in lines]
    event = _when_and_where(lines)  # a time's range is words more than a record's line has
    wordy = sum(words) > _LINE_WORDS * len(lines) * 5 // 6 and not event
    if max(words) > 2 * _LINE_WORDS or wordy:
        return ""  # prose or fields, not a record's short lines
    if any(_POINTS_ELSEWHERE.search(line) or _UNSPACED_RUN.search(line) for line in lines):
        return ""
    if any(_MEDIA_FILE.search(line) or _SIZE.search(line) for line in lines):
        return ""  # downloads listed ("Python_1.9.5.zip ( 2,75 мегабайт )"): files, no news
    if not any(ch.isalpha() for ch in "".join(lines)):
        return ""  # figures only: a table's column
    figured = sum(any(ch.isdigit() for ch in line) for line in lines)
    if figured < 2 or 2 * figured < len(lines):
        return ""  # words in a list (a product's features, pictures' titles): no record's data
    fields = sum(bool(_FIELD.match(line)) for line in lines)
    if 2 * fields >= len(lines) and not event:
        return ""  # a sheet of labelled fields ("Vacancy Id:22335", "Salary:…"): no lead
    separator = "; " if any("," in line for line in lines) else ", "
    budget, kept = max_chars, [lines[0]]
    for line in lines[1:]:
        if len(separator.join([*kept, line])) + 2 > budget:
            return separator.join(kept) + " …"
        kept.append(line)
    record = separator.join(kept)
    return record if record[-1] in ".!?" else record + "."
