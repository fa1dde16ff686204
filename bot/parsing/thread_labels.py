"""Labels a feed's own conventions put around its headlines: a forum's reply mark ("Re : Re :
Championnat départemental 27 2009"), a section before "::" that recurs on its titles ("Press ::
Reebok Club X Cell"), a reblog's "(via <the site>)" tail naming the feed's own site, a
tracker's counter or a template's date closing every headline in one shape ("… XviD-MONK
(1S/0L)", "The Big Noob (13 May 2007)"), a microblog's account before each status ("ericzhe：…")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from urllib.parse import urlsplit

from bot.attribution.title_domain_names import names_site_of
from bot.parsing.models import FeedEntry

# A mail or forum reply's mark, repeated on a reply to a reply; French forums (SMF) space the
# colon with a no-break space ("Re\xa0: …").
_REPLY = re.compile(r"^\s*(?:(?:Re|RE|Aw|AW|Sv|SV|Odp|Antw|Rif)(?:\[\d{1,3}\])?\s?:\s*)+")
# A section named before a double colon, a breadcrumb's separator no sentence writes.
_SECTION = re.compile(r"^\s*(?P<label>[^\W\d_][^:]{0,30}?)\s+::\s+(?=\S)")
_MAX_LABEL_WORDS = 3
# A reblog's credit closing the headline ("From Space (via kshep)", a Tumblr blog's reposts).
_VIA = re.compile(r"\s+\(via\s+(?P<name>[^()]{2,40})\)\s*$", re.I)
# Numbers in brackets closing a headline, with a letter or two: a tally's shape ("(1S/0L)"),
# a date's ("(13 May 2007)").
_COUNTER = re.compile(r"\s+(?P<tail>\((?=[^()]*\d)[-\w/ .:]{1,20}\))\s*$")
_DIGITS = re.compile(r"-?\d+")
# A date's month changes from item to item ("May", "Feb"): the shape keeps that a word is there.
_LETTERS = re.compile(r"[^\W\d_]+")
# An account's name before a status, as fanfou and Twitter title theirs ("ericzhe：昨夜美股大涨").
_ACCOUNT = re.compile(r"^\s*(?P<name>[\w.-]{2,30})\s?[:：]\s*(?=\S)")
_SHARE = 0.8
_MIN_ITEMS = 4
# Two items carrying it make it the feed's habit; one alone may be the writer's words.
_HABIT = 2


def _lettered(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _without_replies(entries: Sequence[FeedEntry]) -> list[FeedEntry]:
    marked = [bool(_REPLY.match(e.title)) and _lettered(_REPLY.sub("", e.title)) for e in entries]
    if sum(marked) < _HABIT:
        return list(entries)
    return [
        replace(e, title=_REPLY.sub("", e.title, count=1)) if mark else e
        for e, mark in zip(entries, marked, strict=True)
    ]


def _section(title: str) -> str | None:
    found = _SECTION.match(title)
    if found is None or len(found["label"].split()) > _MAX_LABEL_WORDS:
        return None
    return found["label"]


def _without_sections(entries: Sequence[FeedEntry]) -> list[FeedEntry]:
    counts = Counter(label for e in entries if (label := _section(e.title)))
    labels = {label for label, n in counts.items() if n >= _HABIT}
    if not labels:
        return list(entries)
    return [
        replace(e, title=_SECTION.sub("", e.title, count=1))
        if _section(e.title) in labels and _lettered(_SECTION.sub("", e.title, count=1))
        else e
        for e in entries
    ]


def _without_own_via(entries: Sequence[FeedEntry], site_url: str | None) -> list[FeedEntry]:
    result = []
    for entry in entries:
        found = _VIA.search(entry.title)
        site = site_url or entry.link
        if found and _lettered(entry.title[: found.start()]) and names_site_of(found["name"], site):
            entry = replace(entry, title=entry.title[: found.start()])
        result.append(entry)
    return result


def _counter_shape(title: str) -> str | None:
    found = _COUNTER.search(title)
    if found is None or not _lettered(found["tail"]) or not _lettered(title[: found.start()]):
        return None
    # Two counts make a tally ("1S/0L"); one number is the feed's numbering ("(Ep 42)").
    if len(_DIGITS.findall(found["tail"])) < 2:
        return None
    return _LETTERS.sub("a", _DIGITS.sub("0", found["tail"]))


def _without_counters(entries: Sequence[FeedEntry]) -> list[FeedEntry]:
    """The entries without a counter closing nearly all their headlines in one shape, its
    numbers changing from item to item (a constant "(HD 1080)" may be the news)."""
    shapes = [_counter_shape(e.title) for e in entries]
    shared = Counter(s for s in shapes if s).most_common(1)
    if len(entries) < _MIN_ITEMS or not shared or shared[0][1] < _SHARE * len(entries):
        return list(entries)
    tails = {m["tail"] for e in entries if (m := _COUNTER.search(e.title))}
    if len(tails) < _HABIT:
        return list(entries)
    return [
        replace(e, title=e.title[: m.start()])
        if s == shared[0][0] and (m := _COUNTER.search(e.title))
        else e
        for e, s in zip(entries, shapes, strict=True)
    ]


def _account(title: str) -> str | None:
    found = _ACCOUNT.match(title)
    return found["name"].casefold() if found else None


def _without_accounts(entries: Sequence[FeedEntry], site_url: str | None) -> list[FeedEntry]:
    """The entries without the account name opening nearly every status's headline, where the
    feed's own address is that account's page ("fanfou.com/ericzhe", "twitter.com/<name>")."""
    names = Counter(name for e in entries if (name := _account(e.title)))
    shared = names.most_common(1)
    if len(entries) < _MIN_ITEMS or not shared or shared[0][1] < _SHARE * len(entries):
        return list(entries)
    pages = [site_url or "", *(e.link or "" for e in entries)]
    segments = {part.casefold() for page in pages for part in urlsplit(page).path.split("/")}
    if shared[0][0] not in segments:
        return list(entries)
    # The status repeated as the item's text opens with the name too: it goes there as well.
    opening = re.compile(rf"^(\s*(?:<[^<>]*>\s*)*){re.escape(shared[0][0])}\s?[:：]\s*", re.I)
    result = []
    for entry in entries:
        rest = _ACCOUNT.sub("", entry.title, count=1)
        if _account(entry.title) == shared[0][0] and _lettered(rest):
            text = opening.sub(r"\1", entry.content_html, count=1)
            entry = replace(entry, title=rest, content_html=text)
        result.append(entry)
    return result


def without_thread_labels(entries: Sequence[FeedEntry], site_url: str | None) -> list[FeedEntry]:
    """The entries without the reply marks, "::" sections, accounts, own "(via …)" tails and
    counters their feed puts around its headlines."""
    entries = _without_sections(_without_replies(_without_accounts(entries, site_url)))
    return _without_counters(_without_own_via(entries, site_url))
