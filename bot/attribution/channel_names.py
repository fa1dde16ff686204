"""Names a feed's channel states besides its title, as candidates for the site's name: the
logo's title, a description that is only a name, dc:publisher and dc:creator, the copyright
holder and the generator. Each is cut to the name it holds; site_names decides which count."""

from __future__ import annotations

from collections.abc import Callable

import re2

from bot.attribution.name_spellings import clean_name, fold
from bot.parsing.models import ChannelNames

# "Copyright © 2001-2017", "(c) 2022", "©2024": the notice's words and years before the holder.
_COPYRIGHT = re2.compile(
    r"(?i)^(?:\s*(?:copyright|\(c\)|©|&copy;|alle rechte vorbehalten|all rights reserved)\s*"
    r"|\s*\d{4}(?:\s*[-–]\s*\d{2,4})?\s*,?)+"
)
# Where the holder's name ends: a sentence ("GmbH. Alle Rechte …"), a separator, a comma, a
# replacement character ("S.P.A. � FOR PERSONAL USE ONLY"), brackets.
_HOLDER_END = re2.compile(r"\.\s+|\s+[-–—|/·•]\s+|[,;|�(\[]|\s+(?i:all rights|alle rechte)")
# Legal forms are no part of a site's name: "Il Messaggero S.P.A.", "finanzen.net GmbH",
# "Frankfurter Allgemeine Zeitung GmbH", "The New York Times Company", "Bell Media Inc.".
_LEGAL_FORM = re2.compile(
    r"(?i)(?:[\s,]+(?:s\.?p\.?a|s\.?r\.?l|s\.?a|s\.?l|s\.?a\.?s|gmbh|ag|kg|co\.?|&|und|and|"
    r"inc|ltd|llc|llp|plc|corp(?:oration)?|company|limited|pty|b\.?v|n\.?v|a/s|as|ab|oy|"
    r"oao|ooo|зао|оао|ооо)\.?)+$"
)
# Years after the holder ("© guardian.co.uk 2008", "Foo 2001-2017"): the notice's, not the name's.
_TRAILING_YEARS = re2.compile(r"(?:[\s,]+(?:19|20)\d{2}(?:\s*[-–]\s*(?:\d{2}|\d{4}))?)+$")
_MAX_WORDS = 6
_MAX_NAME = 60
_VERSION = re2.compile(r"(?i)(?:\s+(?:v(?:ersion)?\s*)?\d[\w.-]*)+$")


def copyright_holder(rights: str) -> str:
    """The holder a copyright line names, without years and legal form: "Copyright 2022 Il
    Messaggero S.P.A. � FOR PERSONAL USE ONLY" → "Il Messaggero"."""
    notice = _COPYRIGHT.match(rights.strip())
    opening = notice.group(0) if notice else ""
    rest = rights.strip()[len(opening) :]
    end = _HOLDER_END.search(rest)
    holder = rest[: end.start()] if end else rest
    if not any(c.isdigit() for c in opening):
        # The years follow the holder ("© guardian.co.uk 2008"); after "© 2010", "Studio 1984"
        # keeps its number.
        holder = str(_TRAILING_YEARS.sub("", holder))
    return str(_LEGAL_FORM.sub("", holder.strip(" ."))).strip(" .&,")


def _who(value: str | None) -> str:
    """A publisher or creator field's name, or "" for an address ("webmaster@…")."""
    if not value or "@" in value:
        return ""
    return str(re2.split(r"\s*[,(;]", value.strip(), maxsplit=1)[0]).strip()


def _generator_name(value: str | None) -> str:
    """The generator's name when it may be the site's own ("derStandard.at/Webapplication"
    → "derStandard.at"); a URL is none. Whether it names the site is site_names' check."""
    if not value or "://" in value:
        return ""
    # "Ghost 4.18", "FeedCreator 1.6", "WordPress v6.4": the version is no part of a name.
    return str(_VERSION.sub("", value.split("/", 1)[0].strip()))


def _just_a_name(description: str | None) -> str:
    """A description that is only a name ("Boston.com"), not a tagline or a sentence."""
    text = " ".join((description or "").split())
    if not text or len(text.split()) > _MAX_WORDS or re2.search(r"[.!?:]\s", text + " "):
        return ""
    return text


def channel_candidates(channel: ChannelNames | None) -> list[tuple[str, str]]:
    """(name, which element) from the most to the least direct statement of the site's name;
    names that cannot be one (empty, an address) are left out."""
    if channel is None:
        return []
    found = [
        (channel.image_title or "", "the logo's title"),
        (_just_a_name(channel.description), "the description"),
        (_who(channel.publisher), "dc:publisher"),
        (_who(channel.creator), "dc:creator"),
        (copyright_holder(channel.rights) if channel.rights else "", "the copyright holder"),
        (_generator_name(channel.generator), "the generator"),
    ]
    return [(name.strip(), where) for name, where in found if len(name.strip()) >= 2]


def journal_name(
    title: str | None, channel: ChannelNames | None, names_site: Callable[[str], bool]
) -> str | None:
    """A journal's own name (prism:publicationName) when the title opens with it ("Science
    twis": This Week in Science) or holds it as a part, or it names the site ("bioRxiv")."""
    journal = clean_name(channel.publication if channel else None)
    if not journal or len(journal) > _MAX_NAME:
        return None
    opening = fold(clean_name(title)).startswith(fold(journal) + " ")
    # A publisher's feed code before it ("tandf: Journal of Web Librarianship: Table of
    # Contents"): the journal is a whole part of the title.
    parts = {fold(part) for part in re2.split(r":\s+|\s+[-–—|]\s+", clean_name(title))}
    return journal if opening or fold(journal) in parts or names_site(journal) else None
