"""Names a feed's title holds that are not the title itself: the site's host named inside a
phrase ("L'actualité du Management par lesechos.fr et …"), the words a host spells that the
section trim would cut ("Google Webmaster Central Blog"), a generator's name before its
product words ("SAPO RSS Works!")."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from bot.attribution.connector_names import HOST_STYLED, OF
from bot.attribution.name_spellings import compact, fold
from bot.attribution.title_domain_names import names_domain

# Words before a host that say the title's phrase is whose or by whom.
_BY = OF | frozenset("par by por von on sur su".split())


def host_inside_title(
    title: str, stated: list[tuple[str, str]], domain: tuple[str, str] | None
) -> str | None:
    """The site's name when a title of several words mentions its host as one of them (a
    phrase about the site, not its name): a name the channel states, else the host."""
    words = title.split()
    # Only after a word that says whose or by whom: "… par lesechos.fr", not "The x.com Podcast".
    hosts = [w.strip(",;:()") for i, w in enumerate(words[1:]) if fold(words[i]) in _BY]
    found = next((h for h in hosts if HOST_STYLED.match(h) and names_domain(h, domain)), None)
    if found is None or len(words) < 4:
        return None
    return stated[0][0] if stated else found


def with_host_words(part: str, trimmed: str, site_url: str | None) -> str:
    """The part untrimmed when the words the trim cut are spelled by the site's host with the
    words before them: "Official Google Webmaster Central Blog" at googlewebmastercentral…"""
    host = (urlsplit(site_url or "").hostname or "").removeprefix("www.")
    label = compact(host.split(".")[0]) if host else ""
    if len(label) < 4 or trimmed == part or not part.startswith(trimmed):
        return trimmed
    # The host's name starts in the kept words and runs on into the cut ones.
    start, kept = compact(part).find(label), len(compact(trimmed))
    return part if label not in compact(trimmed) and 0 <= start < kept else trimmed


def generator_site_word(name: str, names_site: Callable[[str], bool]) -> str:
    """The fewest opening words of a generator's name that name the site: "SAPO" of
    "SAPO RSS Works!" (the rest names its product, not the site)."""
    words = name.split()
    for end in range(1, len(words)):
        if names_site(" ".join(words[:end])):
            return " ".join(words[:end])
    return name
