"""A feed title's parts (as written, and without feed noise) and which of them name the
site's domain ("Le Monde.fr", "CBSNews.com", "SPIEGEL ONLINE"), trimmed of section words."""

from __future__ import annotations

import functools
import re
from urllib.parse import urlsplit

import re2
from tld import get_tld

from bot.attribution.connector_names import HOST_STYLED, named_after_connector
from bot.attribution.name_spellings import clean_name
from bot.attribution.name_spellings import compact as _compact
from bot.attribution.name_spellings import contracts as _contracts
from bot.attribution.name_spellings import fold as _fold
from bot.attribution.name_spellings import named_by_subdomain as _named_by_subdomain
from bot.attribution.platform_feeds import is_listing, listing_owner
from bot.attribution.section_words import CONNECTORS, SECTION_WORDS
from bot.attribution.title_parts import (
    closing_bracketed,
    is_feed_notice,
    is_template_title,
    separated,
    without_archive_label,
    without_dangling_word,
    without_feed_note,
)

# What a feed title adds to the name: "TheWeek feed", "Flux RSS du magazine …", "Public RSS", "…
# Podcast Episode Feed", "NDTV News Search Records Found 1000", "reddit.com: search results".
_NOISE = re2.compile(
    r"(?i)(?:^|\s)(?:public\s+)?(?:rss|atom|flux|news|episodes?)?(?:\s*(?:rss|atom))?\s*feeds?(?:\s|$)"
    r"|(?:^|\s)(?:public\s+)?(?:rss|atom|flux(?:\s+rss)?)(?:\s|$)"
    r"|\bsearch\s+(?:records|results)(?:\s+found)?(?:\s+\d+)?|\brecords\s+found\s+\d+"
)
# Feed words and a preposition saying what the feed carries, after a name: "… RSS Feed of
# Laughter", "… Atom feed for developers".
_FEED_TOPIC = re2.compile(r"(?i)\s(?:rss|atom)(?:\s+feed)?\s+(?:of|for|from|about|on)\s+\S")
# Words opening a title before the name ("All TPM News").
_LEADING = frozenset({"all", "latest", "newest", "recent", "top"})
# Words for a stream of the newest items, in the corpus's languages (folded).
_NEWEST = frozenset(
    "latest newest recent neueste neuesten aktuelle dernieres derniers ultimas ultimos ultime"
    " ultimi laatste nieuwste".split()
)
_LONG_TITLE = 40
_NAME_ENDINGS = frozenset({"news", "blog", "nachrichten", "noticias", "nuus", "nieuws"})
_ARTICLES = tuple("le la les il lo el los der die das de het o the".split())


# A first check asks this of the feed's one site address several times (title_labels for each
# part of its title, own_name_labels, site_name_tags: 171 calls, 58 distinct, over the bench's 58
# news feeds), and tld's lookup costs ~50 us a call (0.8% of a first check's worker CPU, py-spy):
# remembered, sized to one feed's addresses like names_domain below.
@functools.lru_cache(maxsize=16)
def domain_parts(url: str | None) -> tuple[str, str] | None:
    """(registrable domain, its label) of an http(s) URL: ("abc.net.au", "abc")."""
    parts = urlsplit(url or "")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    found = get_tld(url or "", as_object=True, fail_silently=True)
    if found is None or isinstance(found, str):
        # An address or a name outside the public suffix list ("127.0.0.1", "intranet").
        return parts.hostname, parts.hostname
    return str(found.fld), str(found.domain)


# Naming one feed's site asks this of the same few parts again and again (the bench's news
# feeds: 709 calls, 180 distinct within a feed, at most 7 in one): remembered, 4.5 -> 1.6 ms of
# the loop's CPU over the 58 feeds. Sized to one feed's naming, like clean_name's memory.
@functools.lru_cache(maxsize=16)
def names_domain(part: str, domain: tuple[str, str] | None) -> bool:
    """Whether a title part is the site's domain written as a name ("Le Monde.fr",
    "CBSNews.com", "The Washington Post", "SPIEGEL ONLINE", "www.finanzen.net")."""
    if domain is None:
        return False
    fld, label = domain
    key, label_key = _compact(part), _compact(label)
    if len(label_key) < 3:
        return key in (label_key, _compact(fld))
    suffix = _compact(fld.removeprefix(label))
    # "JDD" names lejdd.fr, "Messaggero" ilmessaggero.it, "Barrie Examiner"
    # thebarrieexaminer.com: an article before the name (after "the", a name of 5 or more).
    for article in _ARTICLES:
        if label_key.startswith(article) and key == label_key.removeprefix(article):
            return article != "the" or len(key) >= 5
    for candidate in (key, key.removeprefix("the"), key.removeprefix("www")):
        for stem in (candidate, candidate.removesuffix(suffix)):
            # "SPIEGEL ONLINE" names spiegel.de; "Spiegelei Rezepte Heute" does not.
            if stem.startswith(label_key) and len(stem) <= len(label_key) + 8:
                return True
    return _contracts(label_key, [_compact(w) for w in part.split()])


def names_site_of(part: str, url: str | None) -> bool:
    """Whether a title part names the site at `url` ("iMore" for www.imore.com/…)."""
    return names_domain(part, domain_parts(url))


def parts_naming_the_site(
    parts: list[tuple[str, str]], domain: tuple[str, str] | None, site_url: str | None
) -> list[str]:
    """The title's parts that name the domain, else the names within parts that do."""
    # "TheWeek feed" names theweek.com without its noise, "JSON Feed" jsonfeed.org with it.
    named = [bare if names_domain(bare, domain) else raw for raw, bare in parts]
    return [trimmed_name(p, domain) for p in named if names_domain(p, domain)] or [
        tail
        for _, bare in parts
        if (
            tail := named_after_connector(bare, lambda n: names_domain(n, domain))
            or _named_first(bare, domain)
            or _after_feed_label(bare, domain)
            or _named_by_subdomain(bare, site_url)
            or _named_last(bare, domain)
            or _host_of_domain(bare, domain)
            or closing_bracketed(bare, lambda n: names_domain(n, domain))
        )
    ]


_SECTION_OR_JOINING = SECTION_WORDS | CONNECTORS
# The words a feed's label frames a name with: "news 3dvf", "le flux du site emob".
_LABEL_WORDS = _SECTION_OR_JOINING | {"rss", "atom", "flux", "feed", "feeds", "site"}


def _after_feed_label(part: str, domain: tuple[str, str] | None) -> str | None:
    """The words closing a part that spell the domain after only label, section and joining
    words in lower case: "news 3dvf" on 3dvf.com, "le flux du site emob" on emob.fr."""
    words = part.split()
    start = 0
    # A capital opens a name: "Art Chaidarun", "Planète GNOME-FR", "DIE ZEIT" stay whole.
    while (
        start < len(words) - 1
        and words[start].islower()
        and _fold(words[start]).strip("'’.&") in _LABEL_WORDS
    ):
        start += 1
    labelled = any(_fold(w) not in CONNECTORS for w in words[:start])
    rest = " ".join(words[start:])
    if not labelled or _fold(rest) in _LABEL_WORDS:
        return None
    return rest if names_domain(rest, domain) else None


def _named_last(part: str, domain: tuple[str, str] | None) -> str | None:
    """Capitalised words closing a part that spell the domain after what the feed is about in
    lower case: "économie & industrie Usine Nouvelle" on usinenouvelle.com."""
    words = part.split()
    for size in range(1, len(words)):
        head, tail = words[:-size], words[-size:]
        if all(w[:1].isupper() for w in tail) and _compact(" ".join(tail)) == _compact(
            domain[1] if domain else ""
        ):
            # Capitals before it make one name ("Robert J. Lang Origami" on langorigami.com),
            # as does a preposition ("foobar on Narro": a user on narro.co).
            lower = all(not w[:1].isupper() for w in head)
            return " ".join(tail) if lower and _fold(head[-1]) not in CONNECTORS else None
    return None


def _host_of_domain(part: str, domain: tuple[str, str] | None) -> str | None:
    """A part that is a host of the site's domain: "nation.no-panic.at" in
    "Wordspew-RSS-Feed for: nation.no-panic.at" (a plugin's feed of that site)."""
    host = part.casefold().removeprefix("www.")
    if domain is None or not HOST_STYLED.match(part):
        return None
    on_domain = host == domain[0] or host.endswith("." + domain[0])
    return part.removeprefix("www.") if on_domain else None


def _named_first(part: str, domain: tuple[str, str] | None) -> str | None:
    """A first word that is the domain's name, as an acronym, a possessive or before a listing,
    then what the feed lists: "USGS Magnitude 2.5+ Earthquakes, Past Hour", "Braingle's …"."""
    words = part.split()
    # "Accessoweb, Blog Web 2.0, …": the comma after the name is no part of it.
    first = words[0].rstrip(",;")
    owner = first.removesuffix("'s").removesuffix("’s")
    # The domain's name as written, then what the feed lists, too long for a credit: "InfoQ
    # Personalized Feed for Unregistered User", "Assembla Breakout Software Development
    # Alerts"; not a short name ("heise developer …") nor one with its author ("Slash7 with
    # Amy Hoy").
    listing = len(words) > 1 and len(part) >= _LONG_TITLE and _fold(words[1]) not in CONNECTORS
    if len(words) < 2 or domain is None:
        return None
    if (tagged := _before_tagline(part, domain)) is not None:
        return tagged
    # "WinFuture Neueste Screenshots": the domain's name, then the newest of one section.
    if _fold(words[1]) in _NEWEST and _compact(first) == _compact(domain[1]):
        return first
    # The registrable domain itself before what the feed lists: "PHPBuilder.com New Articles",
    # "KDE-Apps.org Content" ("Node.js Weekly" on nodeweekly.com is no host of its own).
    if HOST_STYLED.match(first) and _compact(first) == _compact(domain[0]):
        return first
    if not (owner != first or (first.isupper() and first.isalpha()) or listing):
        return None
    return owner if _compact(owner) == _compact(domain[1]) else None


def _before_tagline(part: str, domain: tuple[str, str]) -> str | None:
    """The name before a comma and a tagline in lower case: "Fran6art.com, blog d'un …"."""
    head, comma, tagline = part.partition(", ")
    return head if comma and tagline[:1].islower() and names_domain(head, domain) else None


def _without_noise(part: str) -> str:
    noted = without_feed_note(part)
    # Feed words go at the part's ends only: cut from between words they leave a phrase with a
    # hole ("le flux du site emob" made "le du site emob").
    bare = _NOISE.sub(lambda m: " " if _at_an_end(noted, m.start(), m.end()) else m[0], noted)
    # "JabTV RSS Feed of Laughter": feed words, then what the feed is of, follow the name.
    if (topic := _FEED_TOPIC.search(bare)) and bare[: topic.start()].strip():
        bare = bare[: topic.start()]
    words = bare.split()
    if bare[:1].isspace():
        # "Flux RSS du magazine …": the words that joined the noise to the name go with it.
        while len(words) > 1 and _fold(words[0]) in CONNECTORS:
            words.pop(0)
    return clean_name(" ".join(words))


def _at_an_end(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] has only an article (or nothing) before it, or only section
    words after it ("HardwareGeeks RSS Feed All Blogs")."""
    before, after = text[:start].split(), text[end:].split()
    if not after or all(_fold(w) in _SECTION_OR_JOINING for w in after):
        return True
    return not before or (len(before) == 1 and _fold(before[0]) in _ARTICLES)


# A host, then a lower-case description ("www.fcutrecht.net voetbalnieuws"): two parts.
_HOST_LED = re.compile(r"^((?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})\s+([^\W\d_A-Z].*)$")

# An ellipsis between words joins a name to its tagline ("Sur les Objets Virtuels... E-business.
# Design. Ideas."); one closing the title is the name's ("Waiting for...").
_ELLIPSIS = re.compile(r"(?<=\w)(?:\.{3}|…)\s+(?=\S)")


def split_title(title: str) -> list[tuple[str, str]]:
    """The title's parts, each as written and without feed noise."""
    if "://" in title or is_feed_notice(title):
        # A notice ("PLEASE change feed URL to http://…", "(Obsolete Feed)") names nothing.
        return []
    pieces: list[str] = []
    for separate in separated(without_archive_label(title)):
        for piece in _ELLIPSIS.split(separate):
            host_led = _HOST_LED.match(piece.strip())
            pieces += [host_led.group(1), host_led.group(2)] if host_led else [piece]
    pieces = [without_dangling_word(p) for p in pieces[:-1]] + pieces[-1:]
    parts = [(clean_name(p), _without_noise(p)) for p in pieces]
    # A forum's listing ("Activity in the X tag") is no name; a user's ("X's posts") is X's.
    parts = [
        (owner, owner) if (owner := listing_owner(raw)) else (raw, bare) for raw, bare in parts
    ]
    return [(r, b) for r, b in parts if b and not is_listing(r) and not is_template_title(b)]


def trim_section_words(part: str) -> str:
    """Stream and section words around the name dropped: "All TPM News" keeps "TPM News",
    "Japan Times latest articles" keeps "Japan Times", "NASA Breaking News" keeps "NASA"."""
    words = part.split()
    # "All TPM News" is a stream of TPM News; "All About Everything" is a podcast's name.
    while (
        len(words) > 1
        and _fold(words[0]) in _LEADING
        and (_fold(words[0]) != "all" or _fold(words[-1]).strip("'’.&") in SECTION_WORDS)
    ):
        words.pop(0)
    end = len(words)
    while end > 1 and set(_fold(words[end - 1]).strip("'’.&").split("/")) <= SECTION_WORDS:
        end -= 1
    # After a possessive comes what it owns: "Tim's Tech Blog" is no "Tim's" (names no site).
    if words[end - 1].endswith(("'s", "’s")) and end < len(words):
        return part
    # One section word after a name is often its part ("Hacker News"): only a run of 2+ goes.
    # After a lower-case word the run is what a phrase is about, not a section ("2 years to
    # discover South Africa"): a name does not end on "discover".
    if len(words) - end >= 2 and not _subject_list(words[:end]) and not _phrase_object(words, end):
        words = words[:end]
    return " ".join(words)


def _phrase_object(words: list[str], end: int) -> bool:
    """Whether the section words from `end` name in capitals what a lower-case word before
    them is about ("to discover South Africa"), in a title that is not all lower case."""
    return words[end - 1][:1].islower() and words[end][:1].isupper()


def _subject_list(words: list[str]) -> bool:
    """Whether words join subjects ("Technology & Marketing"): they go with the words after
    them ("… Law Blog"), not a name before a section."""
    joined = [i for i, w in enumerate(words) if _fold(w) in ("&", "and", "und", "et", "y", "e")]
    return any(0 < i < len(words) - 1 and _fold(words[i - 1]) in SECTION_WORDS for i in joined)


def trimmed_name(part: str, domain: tuple[str, str] | None) -> str:
    """A part naming the domain, less section words that leave it naming it ("NPR Topics"); its
    first word when the name recurs glued to another (a template's "DailyGame GamesDailygame")."""
    first = part.split()[0]
    if domain and _compact(part).count(_compact(domain[1])) > 1 and names_domain(first, domain):
        return first
    trimmed = trim_section_words(part)
    words = trimmed.split()
    # One stream word after the domain's name goes, not "News" ("BBC News") nor after "in".
    if len(words) > 1 and _fold(words[-1]) in SECTION_WORDS - _NAME_ENDINGS:
        shorter = " ".join(words[:-1])
        if names_domain(shorter, domain) and _fold(words[-2]) not in CONNECTORS:
            trimmed = shorter
    return trimmed if names_domain(trimmed, domain) else part
