"""The site's name inside a feed title that no one part names: a name written across a colon
("Editor: Myself" on editormyself.info), within a description ("Updates to Grand Rapids WiFi
hotspot details" on grwifi.net), or the account a platform's title leaves to the address
("Delicious/Aaronontheweb", "MyFrama" at my.framasoft.org/u/aurelieng/)."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import unquote, urlsplit

from bot.attribution.name_spellings import compact, fold
from bot.attribution.title_parts import separated

# Words before the name in a title that describes the feed: "Updates to X details", "Changes
# on X", "Posts from X about Y", "Neues von X", "Nouveautés de X".
_BEFORE_NAME = frozenset("to on of from at for in about by von de du des van da del".split())
_MAX_WORDS = 6
_CLOSING_NOTE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]$")


# Path segments before an account's name: "/u/aurelieng/", "/user/x", "/people/x".
_ACCOUNT_PATHS = frozenset("u user users people profile member members".split())


def name_in_title(
    title: str, site_url: str | None, names_site: Callable[[str], bool]
) -> str | None:
    """The account a platform-titled feed is of, else the name of the site written across the
    title's first separator, else a run of capitalised words after a connector naming it."""
    return (
        platform_account(title, site_url, names_site)
        or listing_on_platform(title, site_url, names_site)
        or across_separator(title, names_site)
        or within_description(title, names_site)
    )


def platform_account(
    title: str, site_url: str | None, names_site: Callable[[str], bool]
) -> str | None:
    """The account at the feed's page when the title is only the platform's name, alone or
    with that account after a slash ("Delicious/Aaronontheweb" at delicious.com/Aaronontheweb)."""
    parts = urlsplit(site_url or "")
    segments = [unquote(s) for s in parts.path.split("/") if s]
    host = compact((parts.hostname or "").removeprefix("www."))
    platform, _, named = title.partition("/")
    # "MyFrama" at my.framasoft.org: the host's name as its own title abbreviates it.
    of_host = names_site(platform.strip()) or (
        len(compact(platform)) >= 4 and host.startswith(compact(platform))
    )
    if not segments or not of_host:
        return None
    if segments[0].casefold() in _ACCOUNT_PATHS and len(segments) > 1 and not named:
        return segments[1]
    same = compact(named) == compact(segments[0].lstrip("@~"))
    return named.strip() if named and same and len(segments) == 1 else None


# A platform's listing of someone's items: "Видеоролики Телеканал ТНТ на Rutube", "Videos by
# X on Y", "Photos de X sur Y" (the owner between the listing word and the platform).
_LISTING = re.compile(
    r"^(?:(?:recent|latest|new|all)\s+)?(?:videos?|video\s+clips|clips|photos?|pictures|uploads"
    r"|posts|stories|bookmarks|links|vid[ée]os?|видео|видеоролики|ролики|фото|фотографии|записи"
    r"|закладки)\s+(?:(?:by|from|of|de|von|от)\s+)?(?P<owner>.+?)\s+(?:on|at|auf|sur|en|на|в)\s+"
    r"(?P<platform>\S+(?:\s+\S+)?)$",
    re.I,
)


def listing_on_platform(
    title: str, site_url: str | None, names_site: Callable[[str], bool]
) -> str | None:
    """The owner of a listing a platform titles "<items> <owner> on <platform>", at the
    owner's page on the platform (not its home)."""
    found = _LISTING.match(title)
    if not found or not [s for s in urlsplit(site_url or "").path.split("/") if s]:
        return None
    return found.group("owner") if names_site(found.group("platform")) else None


def across_separator(title: str, names_site: Callable[[str], bool]) -> str | None:
    """The first two parts as written ("Editor: Myself") when together, and neither alone,
    they name the site: the separator is part of the name."""
    pieces = [p for p in separated(title) if p.strip()]
    if len(pieces) < 2 or any(names_site(p.strip()) for p in pieces[:2]):
        return None
    end = title.find(pieces[1]) + len(pieces[1])
    joined = title[:end].strip()
    # "Editor: Myself (Persian)": a closing note in brackets is no part of the name.
    bare = _CLOSING_NOTE.sub("", joined)
    return next((n for n in (bare, joined) if n and names_site(n)), None)


def within_description(title: str, names_site: Callable[[str], bool]) -> str | None:
    """A run of capitalised words after "to"/"from"/"of" … that names the site, followed by
    more of the description in lower case ("Updates to Grand Rapids WiFi hotspot details")."""
    words = title.split()
    # A separated title has parts of its own ("The Napkin ~ A Blog By Highgroove Studios").
    if len(separated(title)) > 1:
        return None
    for start in range(1, len(words) - 1):
        if fold(words[start - 1]) not in _BEFORE_NAME or not words[start][:1].isupper():
            continue
        # The longest run that names the site, the description going on in lower case.
        for end in range(min(len(words) - 1, start + _MAX_WORDS), start, -1):
            # "Get the latest news from Godfrey. Godfrey provides …": a name ends its sentence.
            if any(_ends_sentence(w) for w in words[start : end - 1]):
                continue
            run = " ".join(words[start:end])
            capitalised = all(w[:1].isupper() for w in words[start:end])
            follows = words[end][:1].islower() or _ends_sentence(words[end - 1])
            if capitalised and follows and names_site(run.rstrip(".")):
                return run.rstrip(".")
    return None


def _ends_sentence(word: str) -> bool:
    """A word closing a sentence: a full stop after a word, not an abbreviation ("St.")."""
    return word.endswith(".") and len(word) > 4 and word[:-1].isalpha()
