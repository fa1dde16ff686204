"""The name a feed's site is credited by in posts, derived from the feed's title and address
when its home page names no site (see `home_pages`), never a bare section word."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import re2
from tld import get_tld

from bot.attribution.channel_names import channel_candidates, journal_name
from bot.attribution.connector_names import HOST_STYLED, named_after_connector, owner_of_title
from bot.attribution.editor_names import BadSiteName as BadSiteName
from bot.attribution.editor_names import editor_site_name as editor_site_name
from bot.attribution.feed_folders import in_feeds_folder
from bot.attribution.job_boards import employer_names, lists_vacancies
from bot.attribution.name_spellings import clean_name as clean_name
from bot.attribution.name_spellings import compact as _compact
from bot.attribution.name_spellings import contracts as _contracts
from bot.attribution.name_spellings import fold as _fold
from bot.attribution.name_spellings import is_host_or_address as is_host_or_address
from bot.attribution.name_spellings import named_by_subdomain as _named_by_subdomain
from bot.attribution.name_spellings import spells_initials as _initials
from bot.attribution.outlets import USER_SUBDOMAIN_PLATFORMS, by_domain
from bot.attribution.phrase_titles import unless_phrase
from bot.attribution.platform_feeds import (
    hosted_channel,
    is_listing,
    listing_owner,
    platform_feed_name,
)
from bot.attribution.platform_feeds import post_comments_site as _post_comments_site
from bot.attribution.section_pages import is_section_name as is_section_name
from bot.attribution.section_pages import (
    is_title_section,
    opening_name,
    titles_a_section_page,
    titles_blogs,
)
from bot.attribution.section_pages import page_name_usable as page_name_usable
from bot.attribution.section_titles import own_parts
from bot.attribution.section_words import CONNECTORS, SECTION_WORDS
from bot.attribution.spelled_names import spelled_name, written_out
from bot.attribution.title_names import name_in_title
from bot.attribution.title_parts import (
    closing_bracketed,
    is_feed_notice,
    is_template_title,
    lists_topics,
    separated,
    without_archive_label,
    without_dangling_word,
    without_feed_note,
    without_greeting,
)
from bot.parsing.models import ChannelNames

# What a feed title adds to the name: "TheWeek feed", "Flux RSS du magazine …", "Public RSS", "…
# Podcast Episode Feed", "NDTV News Search Records Found 1000", "reddit.com: search results".
_NOISE = re2.compile(
    r"(?i)(?:^|\s)(?:public\s+)?(?:rss|atom|flux|news|episodes?)?(?:\s*(?:rss|atom))?\s*feeds?(?:\s|$)"
    r"|(?:^|\s)(?:public\s+)?(?:rss|atom|flux(?:\s+rss)?)(?:\s|$)"
    r"|\bsearch\s+(?:records|results)(?:\s+found)?(?:\s+\d+)?|\brecords\s+found\s+\d+"
)
# Words opening a title before the name ("All TPM News"); _STREAMS, a stream ("Latest Trailers").
_LEADING = frozenset({"all", "latest", "newest", "recent", "top"})
_STREAMS = frozenset({"latest", "newest", "recent"})
_MAX_NAME = 60
_LONG_TITLE = 40
_NAME_ENDINGS = frozenset({"news", "blog", "nachrichten", "noticias", "nuus", "nieuws"})
_ARTICLES = tuple("le la les il lo el los der die das de het o the".split())


class NameSource:
    """Where a site name came from (the values storage keeps in feeds.site_name_source)."""

    EDITOR = "editor"
    PAGE = "page"
    TITLE = "title"
    DOMAIN = "domain"
    ADDRESS = "address"


@dataclass(frozen=True)
class SiteName:
    """A site's name and where it came from (a NameSource value)."""

    name: str
    source: str
    # Which case of the derivation gave it (for bench/site_names.py); empty when not derived.
    rule: str = ""


def _domain_parts(url: str | None) -> tuple[str, str] | None:
    """(registrable domain, its label) of an http(s) URL: ("abc.net.au", "abc")."""
    parts = urlsplit(url or "")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    found = get_tld(url or "", as_object=True, fail_silently=True)
    if found is None or isinstance(found, str):
        # An address or a name outside the public suffix list ("127.0.0.1", "intranet").
        return parts.hostname, parts.hostname
    return str(found.fld), str(found.domain)


def _names_domain(part: str, domain: tuple[str, str] | None) -> bool:
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
    return _names_domain(part, _domain_parts(url))


def _parts_naming_the_site(
    parts: list[tuple[str, str]], domain: tuple[str, str] | None, site_url: str | None
) -> list[str]:
    """The title's parts that name the domain, else the names within parts that do."""
    # "TheWeek feed" names theweek.com without its noise, "JSON Feed" jsonfeed.org with it.
    named = [bare if _names_domain(bare, domain) else raw for raw, bare in parts]
    return [_trimmed_name(p, domain) for p in named if _names_domain(p, domain)] or [
        tail
        for _, bare in parts
        if (
            tail := named_after_connector(bare, lambda n: _names_domain(n, domain))
            or _named_first(bare, domain)
            or _named_by_subdomain(bare, site_url)
            or closing_bracketed(bare, lambda n: _names_domain(n, domain))
        )
    ]


def _named_first(part: str, domain: tuple[str, str] | None) -> str | None:
    """A first word that is the domain's name, as an acronym, a possessive or before a listing,
    then what the feed lists: "USGS Magnitude 2.5+ Earthquakes, Past Hour", "Braingle's …"."""
    words = part.split()
    first = words[0]
    owner = first.removesuffix("'s").removesuffix("’s")
    # The domain's name as written, then what the feed lists, too long for a credit: "InfoQ
    # Personalized Feed for Unregistered User", "Assembla Breakout Software Development
    # Alerts"; not a short name ("heise developer …") nor one with its author ("Slash7 with
    # Amy Hoy").
    listing = len(words) > 1 and len(part) >= _LONG_TITLE and _fold(words[1]) not in CONNECTORS
    if len(words) < 2 or domain is None:
        return None
    # The registrable domain itself before what the feed lists: "PHPBuilder.com New Articles",
    # "KDE-Apps.org Content" ("Node.js Weekly" on nodeweekly.com is no host of its own).
    if HOST_STYLED.match(first) and _compact(first) == _compact(domain[0]):
        return first
    if not (owner != first or (first.isupper() and first.isalpha()) or listing):
        return None
    return owner if _compact(owner) == _compact(domain[1]) else None


def _without_noise(part: str) -> str:
    bare = _NOISE.sub(" ", without_feed_note(part))
    words = bare.split()
    if bare[:1].isspace():
        # "Flux RSS du magazine …": the words that joined the noise to the name go with it.
        while len(words) > 1 and _fold(words[0]) in CONNECTORS:
            words.pop(0)
    return clean_name(" ".join(words))


# A host, then a lower-case description ("www.fcutrecht.net voetbalnieuws"): two parts.
_HOST_LED = re.compile(r"^((?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})\s+([^\W\d_A-Z].*)$")


def _split_title(title: str) -> list[tuple[str, str]]:
    """The title's parts, each as written and without feed noise."""
    if "://" in title or is_feed_notice(title):
        # A notice ("PLEASE change feed URL to http://…", "(Obsolete Feed)") names nothing.
        return []
    pieces: list[str] = []
    for piece in separated(without_archive_label(title)):
        host_led = _HOST_LED.match(piece.strip())
        pieces += [host_led.group(1), host_led.group(2)] if host_led else [piece]
    pieces = [without_dangling_word(p) for p in pieces[:-1]] + pieces[-1:]
    parts = [(clean_name(p), _without_noise(p)) for p in pieces]
    # A forum's listing ("Activity in the X tag") is no name; a user's ("X's posts") is X's.
    parts = [
        (owner, owner) if (owner := listing_owner(raw)) else (raw, bare) for raw, bare in parts
    ]
    return [(r, b) for r, b in parts if b and not is_listing(r) and not is_template_title(b)]


def _trim_section_words(part: str) -> str:
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
    if len(words) - end >= 2:
        words = words[:end]
    return " ".join(words)


def _trimmed_name(part: str, domain: tuple[str, str] | None) -> str:
    """A part naming the domain, less section words that leave it naming it ("NPR Topics"); its
    first word when the name recurs glued to another (a template's "DailyGame GamesDailygame")."""
    first = part.split()[0]
    if domain and _compact(part).count(_compact(domain[1])) > 1 and _names_domain(first, domain):
        return first
    trimmed = _trim_section_words(part)
    words = trimmed.split()
    # One stream word after the domain's name goes, not "News" ("BBC News") nor after "in".
    if len(words) > 1 and _fold(words[-1]) in SECTION_WORDS - _NAME_ENDINGS:
        shorter = " ".join(words[:-1])
        if _names_domain(shorter, domain) and _fold(words[-2]) not in CONNECTORS:
            trimmed = shorter
    return trimmed if _names_domain(trimmed, domain) else part


def _shorten(name: str) -> str:
    cut = name[:_MAX_NAME].rsplit(" ", 1)[0].rstrip(" ,;-–—") + "…"
    return name if len(name) <= _MAX_NAME else cut


def derive_site_name(
    title: str | None,
    site_url: str | None,
    feed_url: str,
    channel: ChannelNames | None = None,
) -> SiteName:
    """The site's name from the feed's title or, when that names only a section, from what
    else its channel states; else a readable form of its domain, else the feed's address."""
    # The part of a separated title that names the domain wins, else the first part that is
    # not section vocabulary; a title that is all sections gives the domain.
    domain = _domain_parts(site_url) or _domain_parts(feed_url)
    if (platform := platform_feed_name(clean_name(title), site_url, feed_url, channel)) is not None:
        return SiteName(_shorten(platform[0]), NameSource.TITLE, platform[1])
    if (journal := journal_name(title, channel, lambda n: _names_domain(n, domain))) is not None:
        return SiteName(_shorten(journal), NameSource.TITLE, "prism:publicationName")
    title = _post_comments_site(title, lambda p: _names_domain(clean_name(p), domain))
    title = without_greeting(clean_name(title), lambda p: _names_domain(p, domain))
    stated = _stated_names(channel, domain) + employer_names(clean_name(title), channel)
    parts = own_parts(_split_title(clean_name(title)), site_url, lambda p: _names_domain(p, domain))
    parts = unless_phrase(parts, stated, lambda p: _names_domain(p, domain))
    named = _parts_naming_the_site(parts, domain, site_url)
    if named and (hosted := hosted_channel([b for _, b in parts], site_url)) not in (None, *named):
        return SiteName(_shorten(hosted or ""), NameSource.TITLE, "a channel on its host")
    if named:
        return _best_named(named, stated)
    if inner := name_in_title(clean_name(title), site_url, lambda p: _names_domain(p, domain)):
        return SiteName(_shorten(inner), NameSource.TITLE, "a name inside the title")
    # A section's address names the section only when it is the whole title ("Asia" on
    # economist.com/asia, not "Wirecutter: Reviews …" on nytimes.com/wirecutter).
    # A blog platform's path names a blog: "Junior developer" on x.blogs.com/juniordeveloper/.
    on_platform = domain is not None and domain[0] in USER_SUBDOMAIN_PLATFORMS
    # A blog engine's one-part title is its blog's name ("Binary Code" at …/binarycode).
    page_url = None if on_platform or titles_blogs(channel) else site_url
    section_url = page_url if len(parts) == 1 else None
    description = clean_name(channel.description if channel else None)
    stream = _stream_site(parts[0][0], stated, domain, description) if len(parts) == 1 else None
    if stream is not None:
        return stream
    owner = owner_of_title(clean_name(title), description, lambda n: _names_domain(n, domain))
    if owner is not None:
        return SiteName(_shorten(owner), NameSource.TITLE, "the description: whose the title is")
    own_link = channel.link if channel else None
    listed = lists_topics(clean_name(title)) or in_feeds_folder(title, site_url, feed_url, own_link)
    listed = listed or titles_a_section_page([r for r, _ in parts], bool(stated), page_url)
    for index, (raw, part) in enumerate([] if listed else parts):
        trimmed = part if domain and _initials(domain[1], part) else _trim_section_words(part)
        if not any(is_title_section(p, section_url, channel, len(parts)) for p in (part, trimmed)):
            # "jobs.joelonsoftware.com" described as "Job listings from Joel on Software.".
            if HOST_STYLED.match(trimmed) and (spelled := written_out(stated)):
                return SiteName(_shorten(spelled[0]), NameSource.TITLE, f"{spelled[1]} over a host")
            return SiteName(_shorten(trimmed), NameSource.TITLE, _title_rule(parts, index, raw))
    rule = "a title of section words" if parts else "no title"
    if stated:
        return SiteName(_shorten(stated[0][0]), NameSource.TITLE, f"{rule}: {stated[0][1]}")
    if (logo := _logo_name(channel, title, site_url)) is not None:
        return SiteName(logo, NameSource.TITLE, f"{rule}: the logo's title")
    if domain is not None:
        host = (urlsplit(site_url or feed_url).hostname or "").removeprefix("www.")
        return _by_domain(domain, description, host if on_platform else None, rule)
    return SiteName(feed_url, NameSource.ADDRESS, f"{rule}: the address")


def _best_named(named: list[str], stated: list[tuple[str, str]]) -> SiteName:
    """The name among the title's parts that name the domain, as words where stated so."""
    # "LE FIGARO - Le Figaro - …": the spelling with lower case letters reads best.
    best = min(named, key=lambda p: (p.isupper(), len(p) > _MAX_NAME, named.index(p)))
    # "Analysen Ticker - www.finanzen.net": the host's "www." is no part of the name.
    best = best[4:] if best[:4].casefold() == "www." else best
    # "ilmessaggero.it - mondo" whose logo says "Il Messaggero": the name as words.
    if HOST_STYLED.match(best) and (spelled := written_out(stated)):
        return SiteName(_shorten(spelled[0]), NameSource.TITLE, f"{spelled[1]} over a host")
    return SiteName(_shorten(best), NameSource.TITLE, "the part that names the domain")


def _by_domain(
    domain: tuple[str, str], description: str, user_host: str | None, rule: str
) -> SiteName:
    """The last resort: the outlet a domain is, the domain as the description spells it, a
    platform user's host, else the registrable domain."""
    # A domain the outlets table knows reads as the outlet's name ("The Washington Post").
    if (outlet := by_domain(domain[0])) is not None:
        return SiteName(outlet.name, NameSource.DOMAIN, f"{rule}: the outlets table")
    # "The true story of a fake planet. From Gimlet Media, hosted by …" (gimletmedia.com).
    if words := spelled_name(description, domain):
        return SiteName(words, NameSource.TITLE, f"{rule}: the description's words")
    if user_host and user_host.endswith("." + domain[0]):
        return SiteName(user_host, NameSource.DOMAIN, f"{rule}: the user's host")
    return SiteName(domain[0], NameSource.DOMAIN, f"{rule}: the domain")


def _stated_names(
    channel: ChannelNames | None, domain: tuple[str, str] | None
) -> list[tuple[str, str]]:
    """(name, where) for each name the channel states that names the domain ("Il Messaggero"
    on ilmessaggero.it, "Boston.com"), in the order channel_candidates gives them."""
    found: list[tuple[str, str]] = []
    for candidate, where in channel_candidates(channel):
        for raw, bare in _split_title(clean_name(candidate)):
            part = bare if _names_domain(bare, domain) else raw
            if _names_domain(part, domain):
                name = _trimmed_name(part, domain)
                found.append((name[4:] if name[:4].casefold() == "www." else name, where))
                break
    # "… political analysis, and opinion from The New Yorker.": a description that closes
    # on whose it is, as a title part may ("Le fil info Culture du JDD").
    closing = clean_name(channel.description if channel else None).rstrip(".!…")
    if closing and (tail := named_after_connector(closing, lambda n: _names_domain(n, domain))):
        found.append((_trimmed_name(tail, domain), "the description's closing words"))
    logo_text = clean_name(channel.image_description if channel else None)
    if logo_text and (opening := opening_name(logo_text, lambda n: _names_domain(n, domain))):
        found.append((opening, "the logo's description"))
    return found


def _stream_site(
    title: str, stated: list[tuple[str, str]], domain: tuple[str, str] | None, description: str
) -> SiteName | None:
    """Whose "Latest Movie Trailers" or "External Opportunities" is: the site's the channel
    states (the copyright's "Apple Inc.", the listing's employer "MoJ"), else its domain's."""
    if _fold(title.split()[0]) not in _STREAMS and not lists_vacancies(title):
        return None
    if stated:
        return SiteName(_shorten(stated[0][0]), NameSource.TITLE, f"a stream: {stated[0][1]}")
    if domain is None:
        return None
    if spelled := spelled_name(description, domain):
        return SiteName(spelled, NameSource.TITLE, "a stream: the description's words")
    outlet = by_domain(domain[0])
    return SiteName(outlet.name if outlet else domain[0], NameSource.DOMAIN, "a stream")


def _logo_name(channel: ChannelNames | None, title: str | None, site_url: str | None) -> str | None:
    """The logo's title when it is a name of its own, as a home page's og:site_name would be:
    not the feed's title again, not separated parts, not a section or a host."""
    # "OUseful.Info, the blog...": a trailing ellipsis is no part of the name.
    logo = clean_name(channel.image_title if channel else None).removesuffix("...").rstrip("…")
    if not logo or logo == clean_name(title) or len(_split_title(logo)) != 1:
        return None
    if HOST_STYLED.match(logo) or not page_name_usable(logo, site_url=site_url):
        return None
    return logo if len(logo) <= _MAX_NAME else None


def _title_rule(parts: list[tuple[str, str]], index: int, raw: str) -> str:
    """How a name taken from the title was found, for the report."""
    if len(parts) > 1:
        return "the first part that is not a section" + (" (after sections)" if index else "")
    trimmed = _trim_section_words(parts[0][1])
    return "the whole title" if trimmed == raw else "the title without feed or section words"
