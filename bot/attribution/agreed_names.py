"""The last step of naming a site from its feed: when the name taken from the title does not
spell the site's domain, the name the feed's other signals agree on with the domain."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from bot.attribution.channel_names import channel_candidates
from bot.attribution.connector_names import HOST_STYLED
from bot.attribution.corroborated_names import corroborated_opening, names_a_feature
from bot.attribution.feed_spellings import name_spelled_by_items
from bot.attribution.item_providers import items_provider
from bot.attribution.name_spellings import clean_name, compact
from bot.attribution.section_pages import is_section_name
from bot.attribution.section_words import CONNECTORS
from bot.attribution.site_names import NameSource, SiteName, named_by_domain
from bot.attribution.title_domain_names import names_domain, split_title, trimmed_name
from bot.parsing.models import ChannelNames, FeedEntry

# A label this short spells too many words ("moe", "fda") to be found inside a phrase.
_MIN_LABEL = 4
# A run of this many words at most is a name inside a title's phrase.
_MAX_RUN = 4
# Marks around a word of the title that are no part of the name ("[Technorati]", "Kijiji.").
_WORD_MARKS = "[](){}<>«»\"“”'‘’.,:;!?|"
_OPENING = '[({<«"“'
_CLOSING = '])}>»"”'
# Items whose authors are read to tell a person's space from a section.
_MAX_AUTHORED = 30
# Signals besides the title that must agree on a name for it to replace the title's.
_AGREEING = 2


def agreed_site_name(
    named: SiteName,
    title: str | None,
    channel: ChannelNames | None,
    entries: Sequence[FeedEntry],
    domain: tuple[str, str] | None,
) -> SiteName:
    """`named`, or where it came from the title and does not spell the domain: the domain's
    name written inside that phrase, else the name two of the feed's signals agree on."""
    if (authored := _authored_title(named, title, entries)) is not None:
        return authored
    if named.source != NameSource.TITLE or domain is None or names_domain(named.name, domain):
        return named
    # A name in another script ("喷嚏网", "i D 公 社") cannot spell a Latin domain's letters.
    if not named.name.isascii() and not _latin(named.name):
        return named
    if channel is not None and channel.podcast:
        return named  # a show titles its feed by its own name, whatever its network's domain
    # "coldplay Tour" whose every date says "Feed provided by www.myconcertdates.com".
    if (provider := items_provider(entries, domain, channel.link if channel else None)) is not None:
        return SiteName(provider, NameSource.TITLE, f"{named.rule}: the provider its items link")
    if (inner := _domain_in_phrase(named.name, domain)) is not None:
        return SiteName(inner, NameSource.TITLE, f"{named.rule}: the domain's name inside it")
    # "Codewalkers Tutorial List" on codewalkers.com: the words the domain corroborates.
    if (opening := corroborated_opening(named.name, domain)) is not None:
        return SiteName(opening, NameSource.TITLE, f"{named.rule}: the words its domain spells")
    agreed = _agreed_by_signals(title, channel, entries, domain)
    # A title that holds the agreed name ("Andy Beal's Marketing Pilgrim") or opens it ("<?paul"
    # for Paul Reinheimer) agrees with it: the site's own spelling stays.
    if agreed is not None and not _holds_or_opens(named.name, agreed[0]):
        return SiteName(agreed[0], NameSource.TITLE, f"{named.rule}: {agreed[1]}")
    # "Motivational Quotes of the Day" on quotationspage.com names a feature, not whose it is:
    # the site's address as a name, as the items spell it, never a name of our making.
    if agreed is None and names_a_feature(named.name, domain):
        if spelled := name_spelled_by_items(domain, entries, min_items=1):
            return SiteName(spelled, NameSource.TITLE, f"{named.rule}, a feature's: the items")
        description = clean_name(channel.description if channel else None)
        return named_by_domain(domain, description, None, f"{named.rule}, a feature's", title)
    return named


def _authored_title(
    named: SiteName, title: str | None, entries: Sequence[FeedEntry]
) -> SiteName | None:
    """The title read as a section's ("Babuqi" at hi.baidu.com/babuqi) when the items' author
    is that name: a person's own space, titled by the person."""
    own = compact(clean_name(title))
    authors = [compact(e.author or "") for e in entries[:_MAX_AUTHORED]]
    if not own or not named.rule.startswith("a title of section words") or not authors:
        return None
    # Section words stay a section's, whoever signs ("News" by "News").
    if sum(a == own for a in authors) * 2 <= len(authors) or is_section_name(title or ""):
        return None
    return SiteName(clean_name(title), NameSource.TITLE, "a title the items' author writes")


def _domain_in_phrase(name: str, domain: tuple[str, str]) -> str | None:
    """The domain's name the phrase marks off as a name: in brackets ("[Technorati] Tag results
    for greenbelt"), closing a sentence ("Dernières annonces Kijiji. Lieu") or as its host."""
    label = compact(domain[1])
    words = name.split()
    phrase = any(w.isalpha() and w.islower() and w not in CONNECTORS for w in words)
    if len(label) < _MIN_LABEL or not phrase:
        return None
    for start in range(len(words)):
        for end in range(start + 1, min(len(words), start + _MAX_RUN) + 1):
            # A sentence ends inside the run ("Kijiji. Lieu"): no name spans it.
            if any(w.endswith(".") for w in words[start : end - 1]):
                break
            written = " ".join(words[start:end])
            run = written.strip(_WORD_MARKS)
            if compact(run) not in (label, compact(domain[0])) or not run[:1].isupper():
                continue
            # A name running on in the phrase's words is the phrase's subject, not the site
            # ("Global view of Waste Management by Antonis Mavropoulos" on mavropoulos.gr).
            if _marked_off(written, run, words, end) or HOST_STYLED.match(run):
                return run
    return None


def _marked_off(written: str, run: str, words: list[str], end: int) -> bool:
    """Whether the title sets the run apart: brackets around it, or a full stop after it
    with more of the title following."""
    bracketed = written[:1] in _OPENING and written[-1:] in _CLOSING
    return bracketed or (written.endswith(".") and written.rstrip(".") == run and end < len(words))


def _agreed_by_signals(
    title: str | None,
    channel: ChannelNames | None,
    entries: Sequence[FeedEntry],
    domain: tuple[str, str],
) -> tuple[str, str] | None:
    """(name, which signals) when the logo's title and another stated name or the items'
    spelling agree on a name of the domain ("Search Engine Land" over "Search Month")."""
    own_title = compact(clean_name(title))
    votes: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    where: dict[str, list[str]] = {}
    for candidate, source in channel_candidates(channel):
        # A logo or description titled as the feed is the title again, no second signal.
        if compact(clean_name(candidate)) == own_title:
            continue
        if (name := _names_domain_in(candidate, domain)) is not None:
            key = compact(name)
            votes[key] += 1
            spelled.setdefault(key, name)
            where.setdefault(key, []).append(source)
    if items := name_spelled_by_items(domain, entries, min_items=1):
        key = compact(items)
        votes[key] += 1
        spelled.setdefault(key, items)
        where.setdefault(key, []).append("the items")
    for key, count in votes.most_common():
        name = spelled[key]
        # The logo is the site's own statement of its name; a network's copyright and its
        # generator agree on the network ("Radio France" over a show's title), not the site.
        if count >= _AGREEING and "the logo's title" in where[key] and _reads_as_name(name):
            return name, " and ".join(where[key])
    return None


def _holds_or_opens(name: str, agreed: str) -> bool:
    """Whether a name holds the agreed one's letters or is their opening."""
    own, other = compact(name), compact(agreed)
    return bool(own) and (other in own or other.startswith(own))


def _latin(name: str) -> bool:
    """Whether every letter of a name is a Latin one ("Dernières annonces" is)."""
    return all(unicodedata.name(c, "").startswith("LATIN") for c in name if c.isalpha())


def _reads_as_name(name: str) -> bool:
    """A name as written, not a host ("FYIcenter.com") nor all lower case ("hi id")."""
    return not HOST_STYLED.match(name) and not name.islower()


def _names_domain_in(candidate: str, domain: tuple[str, str]) -> str | None:
    """The part of a stated name that names the domain, trimmed of section words."""
    for raw, bare in split_title(clean_name(candidate)):
        for part in (bare, raw):
            if names_domain(part, domain) and not re.search(r"https?://", part):
                name = trimmed_name(part, domain)
                return name[4:] if name[:4].casefold() == "www." else name
    return None
