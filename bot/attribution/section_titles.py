"""Title parts that add a section or a listing to the site's name, read against the feed's own
page: "Tweakers Downloads" at tweakers.net/downloads is Tweakers's downloads section, "General
Latest Topics" is a forum board's listing (the board "General"), neither names the site."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import parse_qsl, unquote, urlsplit

import re2

from bot.attribution.name_spellings import compact

# Forum software's board listings put the board's name first (Invision Community: "<board>
# Latest Topics"; "<board> Recent Posts", "<board> New Threads"): the board is a section.
_BOARD_LISTING = re2.compile(
    r"(?i)^(.+?)\s+(?:latest|recent|newest|new|hot|top|active)\s+"
    r"(?:topics|posts|threads|discussions|replies|questions)$"
)
_MAX_FOLDER_WORDS = 3
# Words that end a site's name as often as a section's ("BBC News", "The Devver Blog").
_NAME_ENDINGS = frozenset(
    "news blog blogs weblog journal nachrichten noticias nieuws nuus actualites".split()
)


def _less_board_listing(part: str, site_url: str | None) -> str | None:
    """None for a board's listing, the rest of another listing, else the part."""
    # A board's listing names the folder of the feed's page ("General Latest Topics" at
    # forums.warframe.com/forum/21-general/); "Hacker News Latest Posts" is Hacker News's.
    found = _BOARD_LISTING.match(part)
    if found is None:
        return part
    owner = str(found.group(1)).strip()
    folders = [compact(unquote(s)) for s in urlsplit(site_url or "").path.split("/") if s]
    return None if compact(owner) and any(compact(owner) in f for f in folders) else owner


def _less_own_folder(part: str, site_url: str | None, names_site: Callable[[str], bool]) -> str:
    """The part less closing words spelling the last folder of the feed's page when what is
    left names the site: "Tweakers Downloads" at tweakers.net/downloads → "Tweakers"."""
    segments = [s for s in urlsplit(site_url or "").path.split("/") if s]
    words = part.split()
    if not segments or len(words) < 2:
        return part
    folder = compact(unquote(segments[-1]))
    # A product at its own subdomain and folder ("Google Blog Search" at
    # blogsearch.google.com/blogsearch) names the product, not a section.
    if folder in (compact(label) for label in (urlsplit(site_url or "").hostname or "").split(".")):
        return part
    for count in range(1, min(_MAX_FOLDER_WORDS, len(words) - 1) + 1):
        rest = " ".join(words[:-count]).rstrip(" -–—:|,")
        section = words[-count:]
        if compact(" ".join(section)) != folder or not names_site(rest):
            continue
        # "X Blog" at /blog and "X News" at /news are names ("BBC News"); a section is written
        # as one ("Downloads"), never a handle ("diary for sopwith" at /person/sopwith/); what
        # is left of a possessive ("Amit Gupta's Blog") owns it.
        named = compact(section[-1]) in _NAME_ENDINGS or not all(w[:1].isupper() for w in section)
        if not named and not rest.endswith(("'s", "’s")):
            return rest
    return part


def own_parts(
    parts: list[tuple[str, str]], site_url: str | None, names_site: Callable[[str], bool]
) -> list[tuple[str, str]]:
    """A title's (as written, bare) parts less listing and own-section words, a board's
    listing dropped; the other rules judge what is left."""
    kept: list[tuple[str, str]] = []
    queried = _searched_for(site_url) if len(parts) > 1 else set()
    for raw, bare in parts:
        # A search feed's title names what it searches for ("京东图书 - 什么值得买" at
        # search.smzdm.com/?s=京东图书): the query is no name of the site.
        if bare.casefold() in queried:
            continue
        listed = _less_board_listing(bare, site_url)
        if listed is None:
            continue
        if listed != bare:
            kept.append((listed, listed))
            continue
        own = _less_own_folder(bare, site_url, names_site)
        kept.append((raw, bare) if own == bare else (own, own))
    return kept


def _searched_for(site_url: str | None) -> set[str]:
    """The values of the feed's page address's query ("?s=京东图书&order=time"), folded."""
    query = urlsplit(site_url or "").query
    return {value.strip().casefold() for _, value in parse_qsl(query) if value.strip()}
