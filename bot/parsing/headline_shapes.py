"""Titles that are not the item's headline as written: a heading glued to the start of its
text and cut, a bare web address or its serial slug, a copied page title's "Site | Section |"
breadcrumb, a publishing system's timestamp glued to its end."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from urllib.parse import urlsplit

from bot.parsing.models import FeedEntry

# A title of two lines whose last is cut ("Interview with Julien Genestoux\nJulien stopped by
# for a chat...", a Tumblr link post titled by its link's name and the start of its text).
_CUT_LAST_LINE = re.compile(r"\n[^\n]*\S(?:\.{3}|…)\s*$")


def first_line_of_cut(title: str) -> str:
    """The title's first line where its other lines are the text's start cut by the feed."""
    if not _CUT_LAST_LINE.search(title):
        return title
    first = title.strip().split("\n", 1)[0].strip()
    return first if len(first.split()) >= 2 else title


# A planet's title template "{writer}<br/>{title}" (nlpcapstone's "Ananth Gottumukkala <br/> Team
# Turing Test: …"): the writers' names on the first line, each a capitalised name, listed.
_NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}"
_WRITERS_LINE = re.compile(
    rf"\s*{_NAME}(?:\s*(?:,|&|\band\b)\s*{_NAME}){{0,5}}\s*<br\s*/?>\s*(?=\S[^<]*\s\S)",
)


def without_writers_line(title: str) -> str:
    """An HTML title without the line of writers' names a planet's template opens it with."""
    found = _WRITERS_LINE.match(title)
    return title[found.end() :] if found and "<br" not in title[found.end() :].lower() else title


# Decoration a plain-text feed makes a title stand out with, which the post's bold does: the
# same marks before and after it ("** Publicité **", "★★低出爱藏MS66评级币★★", "==قرعه …=="),
# or round its label ("++ Fußball, Transfers ++: Gündogan bleibt …"), or a run of them opening
# it (":: Perfectioning my aerials"). A single mark frames only across spaces ("- Title -"): one
# touching a word is the word's ("C++", "~/bin/~"); quotes and brackets frame words of their own.
_MARK = r"[*=~★☆•·●■◆♦♥♪※:^+-]"
_FRAME = re.compile(
    rf"\s*(?P<mark>{_MARK})(?P<more>(?P=mark){{1,7}})?(?P<space>\s*)"
    r"(?P<words>[\w\"“'‘«](?:[^\n]*?[\w.!?)\"”'’»…])?)\s*(?(more)(?P=mark){2,8}|(?P=mark){1,8})"
    r"(?P<rest>\s*(?:[:：|–—-]\s+)?(?=\S)[^\n]*|\s*)"
)
_OPENING_RUN = re.compile(rf"\s*(?P<mark>{_MARK})(?P=mark){{1,7}}\s+(?=[\w\"“'‘«])")
_LETTER = re.compile(r"[^\W\d_]")


def without_frame(title: str) -> str:
    """The title without the decoration marks framing it or its label, or opening it."""
    found = _FRAME.fullmatch(title)
    if found and _LETTER.search(found["words"]) and (found["more"] or found["space"]):
        rest = found["rest"].strip()
        if not rest:
            return found["words"]
        if rest[0] in ":：|–—-":  # a label's frame, before what it labels
            return f"{found['words']}{found['rest'].rstrip()}"
        if found["more"]:  # the frame itself parts label and rest: a feed's "::Name:: tagline"
            return f"{found['words']}: {rest}"
    if (run := _OPENING_RUN.match(title)) and _LETTER.search(title, run.end()):
        return title[run.end() :]
    return title


# An address alone ("http://fr.techcrunch.com/", a link post whose link had no name): what it
# points at, not what the post says. "www.EuRuKo2009.org" without its scheme names the site
# (an event's, a new blog's) as a headline would: it stays.
_BARE_ADDRESS = re.compile(r"\s*https?://\S+\s*", re.I)


def is_bare_address(title: str) -> bool:
    """True for a title that is only a web address."""
    return bool(_BARE_ADDRESS.fullmatch(title))


# An untitled item titled by its address's slug, a name and a serial number its publishing
# system made ("nicholasjon 1023632724" of ".../nicholasjon_1023632724"): no words of the post.
# A release's or a date's digits ("Devel-Declare-0.003004", "Working 073108") are shorter.
_SERIAL = re.compile(r"\d{9,}")
_SLUG_JOINS = re.compile(r"[-_+.\s]+")
_PAGE_KIND = re.compile(r"\.[a-z]{2,5}$", re.I)  # ".html", ".php"


def without_serial_slug(title: str, link: str | None) -> str:
    """The title, or "" where it is only its own link's slug: a name and a serial number."""
    if not link or not _SERIAL.search(title):
        return title
    slug = _PAGE_KIND.sub("", urlsplit(link).path.rstrip("/").rsplit("/", 1)[-1])
    words = [w for w in _SLUG_JOINS.split(title.casefold()) if w]
    if len(words) != 2 or not any(_SERIAL.fullmatch(w) for w in words):
        return title
    return "" if words == [w for w in _SLUG_JOINS.split(slug.casefold()) if w] else title


# A page's title copied as the post's ("BBC NEWS | Technology | Google move 'black day' for
# China"): site and section, each a few words, before the headline. A feed's own label on
# every item is cut before (site_labels); a kicker alone ("WATCH | …") is no breadcrumb.
_PIPE = " | "
_LABEL_WORDS = 3
_LABEL_CHARS = 25


def _breadcrumbed(title: str) -> str:
    parts = [p.strip() for p in title.split(_PIPE)]
    if len(parts) < 3 or len(parts[-1].split()) < 3:
        return title
    labels = parts[:-1]
    if any(len(p.split()) > _LABEL_WORDS or len(p) > _LABEL_CHARS or not p for p in labels):
        return title
    return parts[-1] if len(parts[-1]) > sum(map(len, labels)) else title


# A publishing time glued after the headline ("Store network - 12/06/2008 17:30:17", "… |
# 2008-10-05 16:04"): the post carries its own date. A date alone stays ("Podcast 200 -
# 05/03/12", "Special Bulletin - 07/07/2006" name an episode); a clock time marks the stamp.
_STAMP = re.compile(
    r"\s+[-–—|]\s+(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})[ T,]+"
    r"\d{1,2}:\d{2}(?::\d{2})?\s*$"
)


def _unstamped(title: str) -> str:
    cut = _STAMP.sub("", title).strip()
    return cut if any(c.isalpha() for c in cut) else title


def without_breadcrumbs(entries: Sequence[FeedEntry]) -> list[FeedEntry]:
    """The entries with a copied page title's site and section breadcrumb and a glued
    publishing timestamp cut."""
    entries = [
        replace(e, title=t) if ":" in e.title and (t := _unstamped(e.title)) != e.title else e
        for e in entries
    ]
    return [
        replace(e, title=cut)
        if _PIPE in e.title and (cut := _breadcrumbed(e.title)) != e.title
        else e
        for e in entries
    ]
