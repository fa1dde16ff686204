"""A link post's headline is often the linked page's title with that site's name after a
separator ("Satechi's … | iMore"): the name is the linked site's, credited as such."""

from __future__ import annotations

from bot.attribution.title_domain_names import names_site_of
from bot.attribution.title_parts import separated

# What is left must read as a headline, not as a name: "Hivelogic :: Steve, Get Well" (a
# link to stevegetwell.com) keeps its last part, which is the headline.
_MIN_HEADLINE_WORDS = 3


def linked_site_name(title: str, linked_url: str | None) -> tuple[str, str | None]:
    """(the headline without the linked site's name at its end, that name), or (title, None)
    when the last part of the title does not name the site `linked_url` is on."""
    parts = separated(title)
    if linked_url is None or len(parts) < 2:
        return title, None
    name = parts[-1].strip()
    headline = title[: title.rstrip().rfind(name)].rstrip(" -–—|:·•»/>")
    if len(headline.split()) < _MIN_HEADLINE_WORDS or not names_site_of(name, linked_url):
        return title, None
    return headline, name
