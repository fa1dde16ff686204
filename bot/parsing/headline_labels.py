"""A site's labels opening its headlines, learnt from its own items: kinds in brackets ("[Из
песочницы] …" on Habr), and a label before a colon or dash, or in round brackets, that several
items repeat ("caro's blog: …", "News: …", "(EN) …"): how the site files the post, not part of
the headline."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from urllib.parse import urlsplit

from bot.parsing.models import FeedEntry
from bot.parsing.tag_evidence import names, said

# One to three words in brackets before the headline's text; a date or time is no label, a
# digit run into a word's letters is ("[Live360]", "[LivePlay3]" on Livegen).
# Some sites pad the brackets ("[ International ] …", Radio-Canada).
_LABEL = re.compile(
    r"\s*(?P<label>[\[【]\s?(?P<words>[^\W\d_](?:[^\[\]【】\d]|(?<=\w)\d){0,30}?)\s?[\]】])\s+(?=\S)"
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
    if labels:
        entries = [
            replace(e, title=_JOIN_LEFT.sub("", e.title.lstrip()[len(label) :].lstrip()))
            if (label := _label(e.title) or _prefix(e.title)) in labels
            else e
            for e in entries
        ]
    return without_recurring_labels(entries)


# The separator the label stood before goes with it ("[No Title] - Post from July 28, 2026",
# Trump's Truth): a headline opening "- Post from …" reads as a fragment.
_JOIN_LEFT = re.compile(r"^[-–—|:·•»/]+\s+")


# The bookmarking or cross-posting service that made the item, closing its headline ("Links for
# 2012-08-24 [del.icio.us]"): an address in brackets, never the headline's words ("[Video]").
_SERVICE = re.compile(r"\s+\[[^\W\d_][\w-]*(?:\.[\w-]+)+\]\s*$")


def _without_service(entry: FeedEntry) -> FeedEntry:
    title = _SERVICE.sub("", entry.title)
    return replace(entry, title=title) if title != entry.title and title.strip() else entry


# A label before a colon or a dash, or in round brackets, opening a headline: "caro's blog: My
# first PB&J", "Julie's Gear Diary - Holiday Shipping Deadlines", "(EN) The Whitney Biennial …".
_OPENING = re.compile(
    r"\s*(?:\((?P<paren>[^\W\d_][^()\d]{0,20})\)"
    r"|(?P<label>[^\W_][^:：|\[\]()<>]{0,40}?)(?:\s?[:：]|\s+[-–—|]))\s+(?=\S)"
)
# The same label on three items is the feed's habit where the labels its items repeat open a
# quarter of its headlines (Scientific American's "News: " on 5 of 21, "Blog: " on 3, "In
# Focus: " on 2) and most of its labelled ones: a news feed's subjects ("Borsa: …", "Agadir:
# …") are many, each on few items. A label on nearly every item is the site's or the show's
# (site_labels reads it).
_RECURRING_ITEMS = 3
_RECURRING_SHARE = 0.25
_SITE_SHARE = 0.8
_MAX_LABEL_WORDS = 5
# A reply's or a comment's mark is the thread's, and a word that says how to read the headline
# (an opinion, a review, an interview) tells the reader what the piece is: these stay.
_KEPT = re.compile(
    r"^(?:re|aw|fwd?|sv|wg|tr)$|\bcomment|\b(?:opinion|editorial|analysis|commentary|reviews?"
    r"|interviews?|exclusive|breaking)$",
    re.IGNORECASE,
)
# A number of its own ("Part 2: …", "2007: …") numbers the item, and a quotation ('Reanalysis
# of "Competition and Innovation: …"') runs on past the colon: no label.
_NOT_LABEL = re.compile(r"(?:^|\s)\d+(?:\s|$)|[\"“”«»„]")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_QUOTE = "'\"‘’“”«»„"
# A feed's numbering: up to three words before a number and one after ("Das Magazin vom
# 12.12.2008", "Level 12"): with the label off, nothing says what the item is.
_NUMBERED_WORDS = 3


def _opening(title: str, found: re.Match[str] | None) -> tuple[str, str] | None:
    """The label `found` opening the title and the headline after it, where that reads as one."""
    if found is None:
        return None
    label = " ".join((found["paren"] or found["label"]).split())
    rest = title[found.end() :]
    if len(label.split()) > _MAX_LABEL_WORDS or _KEPT.search(label) or _NOT_LABEL.search(label):
        return None
    return (label, rest) if _reads_alone(rest) else None


def _reads_alone(rest: str) -> bool:
    """True where the headline left says something of its own, no numbering, name or section."""
    # Two words or more (four characters of Chinese or Korean), not the feed's numbering, a
    # quoted name alone ("'Stuart Little'"), a name alone ("Ben Bleything"), or a further
    # section ("Foot - ALL - …").
    words = rest.split()
    if len(words) < 2 and len(_UNSPACED.findall(rest)) < 4:
        return False
    digits = [i for i, w in enumerate(words) if any(c.isdigit() for c in w)]
    if digits and (digits[0] < 2 or (digits[0] <= _NUMBERED_WORDS and len(words) - digits[0] <= 2)):
        return False
    if rest[0] in _QUOTE or (len(words) == 2 and all(w[:1].isupper() for w in words)):
        return False
    return _FURTHER_SECTION.match(rest) is None


# A section after the label: "Foot - ALL - 17e j. - …", "Hand - ChE (F) - …" (L'Équipe).
_FURTHER_SECTION = re.compile(r"\S+(?: \S+){0,2}?(?:\s?[:：]|\s[-–—|])\s")


def without_recurring_labels(entries: Sequence[FeedEntry]) -> list[FeedEntry]:
    """The entries without the label before a colon or dash (or in round brackets) that the
    feed opens several headlines with, where the items' own texts do not say it."""
    if len(entries) < _RECURRING_ITEMS:
        return list(entries)
    found = [_OPENING.match(e.title) for e in entries]
    site_share = _SITE_SHARE * len(entries)
    openings = [_opening(e.title, f) for e, f in zip(entries, found, strict=True)]
    counts = Counter(o[0].casefold() for o in openings if o)
    every = Counter(" ".join((f["paren"] or f["label"]).split()).casefold() for f in found if f)
    common = [label for label, n in counts.items() if n >= 2 and every[label] < site_share]
    recurring = sum(counts[label] for label in common)
    if (
        not any(counts[label] >= _RECURRING_ITEMS for label in common)
        or recurring < _RECURRING_SHARE * len(entries)
        or recurring * 2 < counts.total()
    ):
        return list(entries)
    hosts = [urlsplit(e.link or "").hostname for e in entries]
    if any(_source(label, hosts, openings) for label in common):
        return list(entries)  # a planet: its labels name the blogs, which credits read
    labels = {label for label in common if not _topic(label, entries, openings)}
    # Where two labels open the same words ("Snyder v. Phelps: Arguments for Respondent"
    # beside "McDonald v. Chicago: Arguments for Respondent"), the label tells them apart.
    rests = Counter(o[1].casefold() for o in openings if o and o[0].casefold() in labels)
    return [
        replace(e, title=o[1])
        if o and o[0].casefold() in labels and rests[o[1].casefold()] < 2
        else e
        for e, o in zip(entries, openings, strict=True)
    ]


def _source(label: str, hosts: list[str | None], openings: list[tuple[str, str] | None]) -> bool:
    """True where the label's items all link to one site of the several the feed links to: a
    planet's name for the blog it carries ("Pat Eyler: …"), which the credit reads."""
    own = {h for h, o in zip(hosts, openings, strict=True) if o and o[0].casefold() == label}
    return len(own) == 1 and None not in own and len(set(hosts)) >= _PLANET_SITES


# An aggregator links to several sites; a site's own feed to one or two (its blog, a mirror).
_PLANET_SITES = 3


def _topic(
    label: str, entries: Sequence[FeedEntry], openings: list[tuple[str, str] | None]
) -> bool:
    """True where most items the label opens say its words in their text: a subject ("Kenya:
    Aviation Workers Suspend Strike …", allAfrica), not how the site files them."""
    texts = [
        said(e.content_html, e.description_html)
        for e, o in zip(entries, openings, strict=True)
        if o and o[0].casefold() == label
    ]
    return sum(names(text, label) for text in texts) * 2 > len(texts)
