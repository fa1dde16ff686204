"""Whether a name is a section's rather than a site's: section vocabulary ("World", "Top
Stories"), or the path segment of the page the feed belongs to ("Asia" on economist.com/asia)."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import unquote, urlsplit

import re2

from bot.attribution.name_spellings import compact as _compact
from bot.attribution.name_spellings import fold as _fold
from bot.attribution.section_words import CONNECTORS, SECTION_WORDS
from bot.parsing.models import ChannelNames

# re2's \w is ASCII only: letters and digits of every script are spelled out.
_WORD = re2.compile(r"[\pL\pN_'’.&®]+")


def is_section_name(name: str, *, site_url: str | None = None) -> bool:
    """True when `name` is only section vocabulary ("World", "Top Stories", "A la une",
    "Новости") and numbers, or (with `site_url`) the one path segment of the section's page."""
    words = [_fold(w).strip("'’.&") for w in _WORD.findall(name)]
    words = [w for w in words if w]
    if not words:
        return True
    if all(w in SECTION_WORDS or w in CONNECTORS or w.isdigit() for w in words):
        return True
    # A section's page ("Asia" on economist.com/asia), not a user's (/user/Google, /@name, /~ken).
    segments = [s for s in urlsplit(site_url or "").path.split("/") if s]
    account = bool(segments) and segments[0][:1] in ("@", "~")
    # Section titles are capitalised ("Asia", "Cataluña"); one word in lower case is how a
    # project or handle writes its own name ("rss2email" on allthingsrss.com/rss2email).
    own_name = name.replace("-", "").replace("_", "").isalnum() and name.islower()
    # A slug of capitalised words run together ("/EduBlogInsights/" on anvil.gsu.edu) or one
    # capitalised name ("/Fredstem" on blogkite.com) names a user's space, as Manila, Radio
    # UserLand and blog hosts wrote them; sections' slugs are lower case.
    camel = len(segments) == 1 and segments[0][:1].isupper()
    if account or own_name or len(segments) != 1 or (camel and not segments[0].isupper()):
        return False
    return _compact(name) == _compact(unquote(segments[0]))


def _names_section_page(name: str, site_url: str | None) -> bool:
    """Whether a name is the last path segment of the feed's page ("F.C. Barcelona" for
    mundodeportivo.com/futbol/fc-barcelona): the page of a section of the site."""
    segments = [s for s in urlsplit(site_url or "").path.split("/") if s]
    account = any(s[:1] in ("@", "~") for s in segments)
    return bool(segments) and not account and _compact(name) == _compact(unquote(segments[-1]))


def titles_a_section_page(parts: list[str], site_named: bool, site_url: str | None) -> bool:
    """Whether a one-part title is its page's last path segment while the channel names the
    site elsewhere (the logo's description names mundodeportivo.com): the section's title."""
    return len(parts) == 1 and site_named and _names_section_page(parts[0], site_url)


# Blog engines whose feeds carry the blog's own name as their title, a category's or tag's
# feed adding its name after a separator ("Blog » Category"): one-part titles name the blog
# even at a folder of a shared host ("Binary Code" at postal-code.com/binarycode, WordPress;
# "PragDave" at pragdave.blogs.pragprog.com/pragdave/, TypePad). Site builders that title a
# collection's feed by the collection alone (Squarespace's "Journal") are not among them.
# Blog engines (a feed of one blog, titled by its name): "PyBlosxom" at mako.cc/copyrighteous.
_BLOG_ENGINES = re2.compile(
    r"(?i)wordpress|movable\s*type|typepad|blogger|livejournal|blosxom|dotclear|serendipity"
    r"|mephisto|\btypo\b|dasblog|textpattern|b2evolution|nucleus\s*cms|blogsmith|octopress|hexo"
)


def titles_blogs(channel: ChannelNames | None) -> bool:
    """Whether the channel's generator is a blog engine that titles feeds by the blog's name,
    or the channel is a podcast's, titled by its show's name."""
    # A show at its folder of a network's site: "Big Cat Rescue" at animalist.com/bigcatrescue/.
    if channel and channel.podcast:
        return True
    return bool(channel and channel.generator and _BLOG_ENGINES.search(channel.generator))


def opening_name(text: str, names_site: Callable[[str], bool]) -> str | None:
    """The words opening a sentence that name the site: "Mundo Deportivo es tu diario
    deportivo On Line. …" → "Mundo Deportivo" (mundodeportivo.com)."""
    words = text.split()
    for count in range(1, min(len(words), 4) + 1):
        opening = " ".join(words[:count])
        if names_site(opening.rstrip(",.:;")):
            return opening.rstrip(",.:;")
        if opening != opening.rstrip(",.:;"):
            return None
    return None


def page_name_usable(name: str, *, site_url: str | None) -> bool:
    """Whether a name read from a home page can credit the site (not empty, not a section
    word, not a sentence-long tagline)."""
    return 2 <= len(name) <= 80 and not is_section_name(name, site_url=site_url)


def is_title_section(
    part: str, section_url: str | None, channel: ChannelNames | None, title_parts: int
) -> bool:
    """Whether a title part is section vocabulary; a show's title of a number is its name."""
    # A podcast titles its feed by its name, a number too ("1972"); a site's "2024" is a year.
    show = bool(channel and channel.podcast) and title_parts == 1
    return not (show and part.isdigit()) and is_section_name(part, site_url=section_url)
