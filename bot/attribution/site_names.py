"""The name a feed's site is credited by in posts, derived from the feed's title and address
when its home page names no site (see `home_pages`), never a bare section word."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.attribution.channel_names import channel_candidates, journal_name
from bot.attribution.connector_names import HOST_STYLED, named_after_connector, owner_of_title
from bot.attribution.credit_checks import agreed_name
from bot.attribution.editor_names import BadSiteName as BadSiteName
from bot.attribution.editor_names import editor_site_name as editor_site_name
from bot.attribution.feed_folders import in_feeds_folder
from bot.attribution.job_boards import employer_names, lists_vacancies
from bot.attribution.name_decorations import unbracketed, undecorated
from bot.attribution.name_evidence import (
    host_after_label,
    name_before_tagline,
    stream_owner,
    subdomain_part,
    without_trailing_noun,
)
from bot.attribution.name_spellings import clean_name as clean_name
from bot.attribution.name_spellings import fold as _fold
from bot.attribution.name_spellings import is_host_or_address as is_host_or_address
from bot.attribution.name_spellings import spells_initials as _initials
from bot.attribution.outlets import USER_SUBDOMAIN_PLATFORMS, by_domain
from bot.attribution.phrase_titles import unless_phrase
from bot.attribution.platform_feeds import hosted_channel, platform_feed_name
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
from bot.attribution.site_name_forms import holder_of, planet_title, sentence_words_off
from bot.attribution.software_titles import unless_software_title
from bot.attribution.spelled_names import affixed_name, spelled_name, written_out
from bot.attribution.title_domain_names import (
    domain_parts,
    names_domain,
    parts_naming_the_site,
    split_title,
    trim_section_words,
    trimmed_name,
)
from bot.attribution.title_mentions import generator_site_word, host_inside_title, with_host_words
from bot.attribution.title_names import name_in_title
from bot.attribution.title_parts import lists_topics, without_greeting
from bot.attribution.user_listings import user_listing_name
from bot.parsing.models import ChannelNames

# A stream's opening words ("Latest Trailers", "Today's Projects").
_STREAMS = frozenset({"latest", "newest", "recent", "today's", "today’s"})
_MAX_NAME = 60


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


# A dash glued to a word and followed by a space joins a long title's name to its tagline
# ("Interactive Traffic Strategy- Le blog du marketing interactif et …").
_TAGLINE_DASH = re.compile(r"\w[-–—]\s")


def _shorten(name: str) -> str:
    """The name, or when too long its part before a tagline's dash, else its words cut."""
    if len(name) <= _MAX_NAME:
        return name
    dash = _TAGLINE_DASH.search(name)
    if dash and len(head := name[: dash.start() + 1].strip()) > 3 and " " in head:
        return head
    return name[:_MAX_NAME].rsplit(" ", 1)[0].rstrip(" ,;-–—") + "…"


def derive_site_name(
    title: str | None,
    site_url: str | None,
    feed_url: str,
    channel: ChannelNames | None = None,
) -> SiteName:
    """The site's name from the feed's title or, when that names only a section, from what
    else its channel states; else a readable form of its domain, else the feed's address."""
    named = _checked(title, site_url, feed_url, channel)
    if named.source == NameSource.TITLE and (whole := _closed(named.name)) != named.name:
        named = SiteName(whole, named.source, f"{named.rule}, its open bracket cut")
    if named.source == NameSource.TITLE and planet_title(clean_name(title), named.name):
        return SiteName(clean_name(title), NameSource.TITLE, "a planet's whole title")
    # "【中国文本书库】——免费的…": the part a title is split into may carry its frame too.
    if (
        named.source == NameSource.TITLE
        and (bare := unbracketed(undecorated(named.name))) != named.name
    ):
        return SiteName(bare, named.source, named.rule)
    return named


def _checked(
    title: str | None,
    site_url: str | None,
    feed_url: str,
    channel: ChannelNames | None,
) -> SiteName:
    """The derived name, checked against the title's segments and the domain."""
    # Marks framing the name and a theme's version label are no part of it.
    title = undecorated(clean_name(title)) if title else title
    named = _derived(title, site_url, feed_url, channel)
    domain = domain_parts(site_url) or domain_parts(feed_url)
    if (
        named.source != NameSource.TITLE
        or (better := agreed_name(named.name, title, domain)) is None
    ):
        return named
    if better:
        return SiteName(better, NameSource.TITLE, f"{named.rule}, checked")
    # A cut name with no segment naming the site: the domain, as the items may spell it.
    description = clean_name(channel.description if channel else None)
    if domain is None:
        return named
    return named_by_domain(domain, description, None, "a name cut mid-phrase", title)


def _derived(
    title: str | None,
    site_url: str | None,
    feed_url: str,
    channel: ChannelNames | None,
) -> SiteName:
    """The name derive_site_name checks: from the title, the channel, the domain or address."""
    # The part of a separated title that names the domain wins, else the first part that is
    # not section vocabulary; a title that is all sections gives the domain.
    domain = domain_parts(site_url) or domain_parts(feed_url)
    if (platform := _platform_listing(title, site_url, feed_url, channel, domain)) is not None:
        return platform
    title = unless_software_title(title, channel, domain)
    if (journal := journal_name(title, channel, lambda n: names_domain(n, domain))) is not None:
        return SiteName(_shorten(journal), NameSource.TITLE, "prism:publicationName")
    title = _post_comments_site(title, lambda p: names_domain(clean_name(p), domain))
    title = without_greeting(clean_name(title), lambda p: names_domain(p, domain))
    stated = _stated_names(channel, domain) + employer_names(clean_name(title), channel)
    parts = own_parts(split_title(clean_name(title)), site_url, lambda p: names_domain(p, domain))
    parts = unless_phrase(parts, stated, lambda p: names_domain(p, domain))
    named = parts_naming_the_site(parts, domain, site_url)
    if named:
        return _among_named(named, [b for _, b in parts], stated, site_url, channel)
    if inner := _inner_name(clean_name(title), site_url, stated, domain):
        return SiteName(_shorten(inner), NameSource.TITLE, "a name inside the title")
    # A section's address names the section only when it is the whole title ("Asia" on
    # economist.com/asia, not "Wirecutter: Reviews …" on nytimes.com/wirecutter).
    # A blog platform's path names a blog: "Junior developer" on x.blogs.com/juniordeveloper/.
    on_platform = domain is not None and domain[0] in USER_SUBDOMAIN_PLATFORMS
    # A blog engine's one-part title is its blog's name ("Binary Code" at …/binarycode).
    page_url = None if on_platform or titles_blogs(channel) else site_url
    section_url = page_url if len(parts) == 1 else None
    description = clean_name(channel.description if channel else None)
    if len(parts) == 1 and (stream := _stream_site(parts[0][0], stated, domain, description)):
        return stream
    owner = owner_of_title(clean_name(title), description, lambda n: names_domain(n, domain))
    if owner is not None:
        return SiteName(_shorten(owner), NameSource.TITLE, "the description: whose the title is")
    own_link = channel.link if channel else None
    listed = lists_topics(clean_name(title)) or in_feeds_folder(title, site_url, feed_url, own_link)
    listed = listed or titles_a_section_page([r for r, _ in parts], bool(stated), page_url)
    for index, (_, part) in enumerate([] if listed else parts):
        trimmed = _trimmed(part, domain, site_url)
        if not any(is_title_section(p, section_url, channel, len(parts)) for p in (part, trimmed)):
            return _part_name(parts, index, trimmed, stated, description, domain)
    rule = "a title of section words" if parts else "no title"
    if stated:
        return SiteName(_shorten(stated[0][0]), NameSource.TITLE, f"{rule}: {stated[0][1]}")
    if (logo := _logo_name(channel, title, site_url)) is not None:
        return SiteName(logo, NameSource.TITLE, f"{rule}: the logo's title")
    if domain is not None:
        host = (urlsplit(site_url or feed_url).hostname or "").removeprefix("www.")
        return named_by_domain(domain, description, host if on_platform else None, rule, title)
    return SiteName(feed_url, NameSource.ADDRESS, f"{rule}: the address")


def _among_named(
    named: list[str],
    parts: list[str],
    stated: list[tuple[str, str]],
    site_url: str | None,
    channel: ChannelNames | None,
) -> SiteName:
    """The name among title parts that name the domain: the one its own host label spells
    and its description confirms, a channel on its host, else the best of them."""
    about = clean_name(channel.description if channel else None)
    if (own := subdomain_part(parts, site_url, about)) is not None and own not in named:
        return SiteName(_shorten(own), NameSource.TITLE, "the part its host's label spells")
    hosted = hosted_channel(parts, site_url, named[0])
    if hosted not in (None, *named):
        return SiteName(_shorten(hosted or ""), NameSource.TITLE, "a channel on its host")
    return _best_named(named, stated)


def _part_name(
    parts: list[tuple[str, str]],
    index: int,
    trimmed: str,
    stated: list[tuple[str, str]],
    description: str,
    domain: tuple[str, str] | None,
) -> SiteName:
    """The name from the first title part that is not a section, as the feed confirms it."""
    # "jobs.joelonsoftware.com" described as "Job listings from Joel on Software.".
    if HOST_STYLED.match(trimmed) and (spelled := written_out(stated)):
        return SiteName(_shorten(spelled[0]), NameSource.TITLE, f"{spelled[1]} over a host")
    if before := name_before_tagline([b for _, b in parts], index, description):
        return SiteName(_shorten(before), NameSource.TITLE, "the name before a tagline")
    if host := host_after_label(trimmed, domain):
        return SiteName(host, NameSource.TITLE, "the host after a label")
    return SiteName(_shorten(trimmed), NameSource.TITLE, _title_rule(parts, index, parts[index][0]))


def _platform_listing(
    title: str | None,
    site_url: str | None,
    feed_url: str,
    channel: ChannelNames | None,
    domain: tuple[str, str] | None,
) -> SiteName | None:
    """The name of a feed a platform generated, or of one user's listing on a service."""
    if (platform := platform_feed_name(clean_name(title), site_url, feed_url, channel)) is not None:
        return SiteName(_shorten(platform[0]), NameSource.TITLE, platform[1])
    if (user := user_listing_name(clean_name(title), domain)) is not None:
        return SiteName(_shorten(user), NameSource.TITLE, "a user's listing on a service")
    return None


def _inner_name(
    title: str, site_url: str | None, stated: list[tuple[str, str]], domain: tuple[str, str] | None
) -> str | None:
    """The site's name inside a title: written as a name, or its host in a phrase."""
    inner = name_in_title(title, site_url, lambda p: names_domain(p, domain))
    return inner or host_inside_title(title, stated, domain)


def _trimmed(part: str, domain: tuple[str, str] | None, site_url: str | None) -> str:
    """A title part less its stream and section words, but for those its host spells."""
    if domain and _initials(domain[1], part):
        return part
    return with_host_words(part, trim_section_words(part), site_url)


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


def named_by_domain(
    domain: tuple[str, str],
    description: str,
    user_host: str | None,
    rule: str,
    title: str | None = None,
) -> SiteName:
    """The last resort: the outlet a domain is, the domain as the description or the title
    spells it, a platform user's host, else the registrable domain."""
    # A domain the outlets table knows reads as the outlet's name ("The Washington Post").
    if (outlet := by_domain(domain[0])) is not None:
        return SiteName(outlet.name, NameSource.DOMAIN, f"{rule}: the outlets table")
    # "The true story of a fake planet. From Gimlet Media, hosted by …" (gimletmedia.com).
    if words := spelled_name(description, domain) or affixed_name(description, domain):
        return SiteName(words, NameSource.TITLE, f"{rule}: the description's words")
    # A title cut mid-phrase or of feed words may still write the site's name in it ("iPhone
    # Life Blog entries by all bloggers about …" on iphonelife.com): how the site spells it.
    if words := spelled_name(clean_name(title), domain):
        return SiteName(words, NameSource.TITLE, f"{rule}: the title's words")
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
        for raw, bare in split_title(clean_name(candidate)):
            part = bare if names_domain(bare, domain) else raw
            if names_domain(part, domain):
                name = sentence_words_off(trimmed_name(part, domain))
                if where == "the generator":
                    name = generator_site_word(name, lambda n: names_domain(n, domain))
                found.append((name[4:] if name[:4].casefold() == "www." else name, where))
                break
    # "… political analysis, and opinion from The New Yorker.": a description that closes
    # on whose it is, as a title part may ("Le fil info Culture du JDD").
    closing = clean_name(channel.description if channel else None).rstrip(".!…")
    if closing and (tail := named_after_connector(closing, lambda n: names_domain(n, domain))):
        tail = without_trailing_noun(trimmed_name(tail, domain), lambda n: names_domain(n, domain))
        found.append((tail, "the description's closing words"))
    logo_text = clean_name(channel.image_description if channel else None)
    if logo_text and (opening := opening_name(logo_text, lambda n: names_domain(n, domain))):
        found.append((opening, "the logo's description"))
    return found


def _stream_site(
    title: str, stated: list[tuple[str, str]], domain: tuple[str, str] | None, description: str
) -> SiteName | None:
    """Whose "Latest Movie Trailers" or "External Opportunities" is: the site's the channel
    states (the copyright's "Apple Inc.", the listing's employer "MoJ"), else its domain's."""
    if _fold(title.split()[0]) not in _STREAMS and not lists_vacancies(title):
        return None
    owner = stream_owner(title, lambda n: names_domain(n, domain)) if domain else None
    if stated and not (owner and holder_of(stated[0], owner)):
        return SiteName(_shorten(stated[0][0]), NameSource.TITLE, f"a stream: {stated[0][1]}")
    if domain is None:
        return None
    if owner:
        return SiteName(_shorten(owner), NameSource.TITLE, "a stream: whose the title says")
    if spelled := spelled_name(description, domain) or affixed_name(description, domain):
        return SiteName(spelled, NameSource.TITLE, "a stream: the description's words")
    # "Recent JSAN Uploads" on openjsan.org: the stream's own words name the site.
    if spelled := affixed_name(title, domain):
        return SiteName(spelled, NameSource.TITLE, "a stream: the title's words")
    # A bare domain's rule ends ": the domain" so the items' spelling may replace it.
    outlet = by_domain(domain[0])
    rule = "a stream: the outlets table" if outlet else "a stream: the domain"
    return SiteName(outlet.name if outlet else domain[0], NameSource.DOMAIN, rule)


def _logo_name(channel: ChannelNames | None, title: str | None, site_url: str | None) -> str | None:
    """The logo's title when it is a name of its own, as a home page's og:site_name would be:
    not the feed's title again, not separated parts, not a section or a host."""
    # "OUseful.Info, the blog...": a trailing ellipsis is no part of the name.
    logo = clean_name(channel.image_title if channel else None).removesuffix("...").rstrip("…")
    if not logo or logo == clean_name(title) or len(split_title(logo)) != 1:
        return None
    if HOST_STYLED.match(logo) or not page_name_usable(logo, site_url=site_url):
        return None
    return logo if len(logo) <= _MAX_NAME else None


def _title_rule(parts: list[tuple[str, str]], index: int, raw: str) -> str:
    """How a name taken from the title was found, for the report."""
    if len(parts) > 1:
        return "the first part that is not a section" + (" (after sections)" if index else "")
    trimmed = trim_section_words(parts[0][1])
    return "the whole title" if trimmed == raw else "the title without feed or section words"


_OPENERS = {")": "(", "]": "[", "）": "（", "】": "【"}
_NAME_END = " \t-–—|:,;·"


def _closed(name: str) -> str:
    """The name before a bracket it opens and never closes ("Linux Magazine News (path", a
    title "… (path: news)" cut at its colon): half a bracket is no part of a name."""
    stack: list[int] = []
    for at, char in enumerate(name):
        if char in _OPENERS.values():
            stack.append(at)
        elif char in _OPENERS and stack and name[stack[-1]] == _OPENERS[char]:
            stack.pop()
    if not stack:
        return name
    kept = name[: stack[0]].rstrip(_NAME_END)
    return kept if any(c.isalpha() for c in kept) else name
