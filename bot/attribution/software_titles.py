"""A feed title the site's software gives every site it runs ("Clearspace Server Syndication
Feed" on a Jive Clearspace community): it names the software, never the site."""

from __future__ import annotations

from collections.abc import Callable

import re2

from bot.attribution.name_spellings import clean_name, compact, fold
from bot.attribution.title_domain_names import names_domain
from bot.parsing.models import ChannelNames

# The software's name opening its generator: "Clearspace 2.5.5 beta (http://…)", or the
# label of its address: "http://wordpress.org/?v=2.6.3".
_SOFTWARE = re2.compile(r"^\s*(?:https?://(?:www\.)?)?([A-Za-z][A-Za-z-]{2,})")
# What a software's own feed title says besides its name: the feed's kind and scope.
_FORMATS = frozenset("feed feeds rss atom xml".split())
_FEED_WORDS = frozenset(
    """server site system community syndication blogs blog posts
    entries all content recent latest updates""".split()
)


def software_name(channel: ChannelNames | None) -> str:
    """The name of the software the channel says generated it, else ""."""
    found = _SOFTWARE.match((channel.generator if channel else None) or "")
    return str(found.group(1)) if found else ""


def is_software_title(
    title: str, channel: ChannelNames | None, names_site: Callable[[str], bool]
) -> bool:
    """Whether a title is the generator's name and feed words only, the generator not the
    site's own name (a site's own engine may title it: "Drupal Planet" on drupal.org)."""
    words = title.split()
    software = software_name(channel)
    if len(words) < 2 or not software or compact(words[0]) != compact(software):
        return False
    scope = [fold(w) for w in words[1:] if fold(w) not in _FORMATS]
    # "Sample Feed" by "Sample Toolkit" is a name and a format: the scope shows the software.
    return not names_site(software) and bool(scope) and set(scope) <= _FEED_WORDS


def unless_software_title(
    title: str | None, channel: ChannelNames | None, domain: tuple[str, str] | None
) -> str | None:
    """The title, or None when it is only the software's own feed title."""
    named = is_software_title(clean_name(title), channel, lambda n: names_domain(n, domain))
    return None if named else title
