"""A domain's name as the feed's own items spell it ("Ignite Realtime" for igniterealtime.org,
"AtNetPlanet" for atnetplanet.com): what a bare-domain credit or a topic-phrase title gives
way to when the channel states no name."""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Sequence

from bot.attribution.connector_names import HOST_STYLED
from bot.attribution.name_spellings import compact
from bot.attribution.site_names import NameSource, SiteName
from bot.attribution.spelled_names import spelled_name
from bot.attribution.title_domain_names import domain_parts
from bot.parsing.models import FeedEntry, ParsedFeed

_TAG = re.compile(r"<[^>]*>")
# Sentences and clauses: spelled_name finds the first run of each.
_CLAUSE = re.compile(r"[.!?;:]\s+|\n")
# Items that must spell the name, so one guest's or one quote's mention is no site name.
_MIN_ITEMS = 2
# What is read of a feed: its first items, the opening of each item's HTML, and the words
# before a match that may open the name.
_MAX_ITEMS = 30
_MAX_HTML = 50_000
_HEAD = 60
# A topic-phrase title ("Viral marketing") gives way only to a name most items repeat.
_TITLE_MIN_ITEMS = 3
_TITLE_SHARE = 0.3
# A topic phrase's words: how many, and the fewest letters each.
_TOPIC_WORDS = (2, 3)
_TOPIC_LETTERS = 4
# One word whose inner capitals mark its words: "FashionPoint", "TheCrit" (not "LEXPRESS").
_CAMEL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+")


def with_items_spelling(named: SiteName, parsed: ParsedFeed, address: str) -> SiteName:
    """The derived name, or the items' spelling of the domain where the name is the bare
    domain, a title that is the host, or a topic-phrase title."""
    domain = domain_parts(parsed.site_url) or domain_parts(address)
    if named.source == NameSource.DOMAIN and named.rule.endswith(": the domain"):
        if spelled := name_spelled_by_items(domain, parsed.entries):
            return SiteName(spelled, NameSource.TITLE, "the items' spelling of the domain")
    elif named.source == NameSource.TITLE and HOST_STYLED.match(named.name):
        # A title that is the host ("casperfabricius.com") yields only to words, not to
        # its own label as one word ("Fran6art.com" stays, not "Fran6art"), unless its
        # capitals spell the words where the title has none ("FashionPoint" for
        # blog.fashionpoint.ca; "BreakingNews.ie" spells its own).
        spelled = name_spelled_by_items(domain, parsed.entries)
        camel = named.name.islower() and bool(spelled and _CAMEL.fullmatch(spelled))
        if spelled and (" " in spelled or camel) and not _reads_as_person(spelled):
            return SiteName(spelled, NameSource.TITLE, "the items' words over a host title")
    elif named.rule == "the whole title" and named.name == (parsed.title or "").strip():
        if spelled := name_over_topic_title(named.name, domain, parsed.entries):
            return SiteName(spelled, NameSource.TITLE, "the items' name over a topic title")
    return named


def name_spelled_by_items(
    domain: tuple[str, str] | None, entries: Sequence[FeedEntry], *, min_items: int = _MIN_ITEMS
) -> str | None:
    """The spelling of the domain's label as a name ("Ignite Realtime", "CNBC") that the most
    items' titles, authors, tags or texts use, when at least `min_items` items use it."""
    if domain is None or len(domain[1]) < 3:
        return None
    label = compact(domain[1])
    # The label's letters with a space, hyphen or dot between any two: where a spelling can
    # be, found in one linear pass instead of reading every word of every item.
    if not (label.isascii() and label.isalnum()):
        return None
    letters = re.compile("(?i)" + r"[\s\-.']?".join(label))
    counts: Counter[str] = Counter()
    for entry in entries[:_MAX_ITEMS]:
        found: set[str] = set()
        for text in _texts(entry, letters):
            found.update(_spellings(text, domain, letters))
        counts.update(found)
    best = counts.most_common(1)
    return best[0][0] if best and best[0][1] >= min_items else None


def name_over_topic_title(
    title: str, domain: tuple[str, str] | None, entries: Sequence[FeedEntry]
) -> str | None:
    """The site's name a topic-phrase title ("Viral marketing": a capital, then lower-case
    words, no word of the domain) stands in for, when most items spell the domain as a name."""
    words = title.split()
    if domain is None or not _TOPIC_WORDS[0] <= len(words) <= _TOPIC_WORDS[1]:
        return None
    # Articles and prepositions make a phrase a name ("La cumbre de los horrores", "Aux
    # innocents les mains vides"); a topic is a bare noun phrase.
    if not words[0][:1].isupper() or any(len(w) < _TOPIC_LETTERS for w in words):
        return None
    if any(not w.islower() for w in words[1:]) or compact(domain[1]) in compact(title):
        return None
    least = max(_TITLE_MIN_ITEMS, int(min(len(entries), _MAX_ITEMS) * _TITLE_SHARE + 0.999))
    return name_spelled_by_items(domain, entries, min_items=least)


def _texts(entry: FeedEntry, letters: re.Pattern[str]) -> list[str]:
    """The item's own words: title, author, tags (with "_" as spaces) and plain text (only
    parsed when its markup holds the label's letters at all)."""
    body = (entry.content_html or entry.description_html)[:_MAX_HTML]
    # Only the words before each place the letters are: a long post is not unmarked whole.
    spans = (body[max(0, m.start() - _HEAD * 2) : m.end() + 1] for m in letters.finditer(body))
    plain = "\n".join(html.unescape(_TAG.sub(" ", span)) for span in spans)
    tags = [t.replace("_", " ") for t in (*entry.categories, *entry.unnamed_categories)]
    return [entry.title, entry.author or "", *tags, plain]


def _spellings(text: str, domain: tuple[str, str], letters: re.Pattern[str]) -> set[str]:
    """Each spelling of the domain's label as a name, not the tail of a longer name ("On
    Rails" in "Ruby On Rails" is no spelling of onrails.org)."""
    found = set()
    for match in letters.finditer(text):
        # The clause the match is in, from its opening words to the end of the match.
        if text[match.end() : match.end() + 1].isalnum():
            continue  # the label's letters open a longer word ("AtNetPlanets")
        head = _CLAUSE.split(text[max(0, match.start() - _HEAD) : match.start()])[-1]
        clause = head + match.group()
        if (name := spelled_name(clause, domain)) and clause.endswith(name):
            # "Ruby On Rails", not "(FDA)" or "Administration, FDA": a capitalised word
            # right before, with only a space between, makes the match a longer name's.
            before = clause[: len(clause) - len(name)]
            last = before.split()[-1] if before.strip() else ""
            if not (before[-1:].isspace() and last[:1].isupper() and last[-1:].isalnum()):
                found.add(name)
    return found


def _reads_as_person(name: str) -> bool:
    """A first name and a surname ("Casper Fabricius" on casperfabricius.com): the owner, whom
    a host title names no worse ("RichardDawkins.net" is no post by Richard Dawkins)."""
    words = name.split()
    return len(words) == 2 and all(w.isalpha() and w.istitle() and len(w) >= 3 for w in words)
