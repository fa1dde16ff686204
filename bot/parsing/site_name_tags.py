"""An item's tag that is the site's own name: its address's name written as a word
("mahalo" at blog.mahalo.com, "Max Laconca" at maxlaconca.com); the credit line names it."""

from __future__ import annotations

from dataclasses import replace

from bot.attribution.name_spellings import compact
from bot.attribution.title_domain_names import domain_parts
from bot.parsing.house_labels import without_house_labels
from bot.parsing.models import FeedEntry

# A shorter address name is an abbreviation that may be a word too ("abc", "bbc").
_MIN_NAME_CHARS = 4


def _site_name(site_url: str | None) -> str | None:
    # Not the feed's title: a section feed's title is its subject ("F.C. Barcelona",
    # "SitePoint » Ruby"), a tag of its every item.
    if (domain := domain_parts(site_url)) is None or "." not in domain[0]:
        return None
    return label if len(label := compact(domain[1])) >= _MIN_NAME_CHARS else None


def without_own_names(
    entries: list[FeedEntry], feed_title: str, site_url: str | None
) -> list[FeedEntry]:
    """The entries less their house labels (house_labels) and the tags naming the site."""
    # Editors reject the site's own name as a tag whether or not the post names it ("#mahalo"
    # on Mahalo's roundup, "#Minkorrekt" on its podcast, "#max_laconca" on his weblog).
    entries = without_house_labels(entries, feed_title, site_url)
    if (name := _site_name(site_url)) is None:
        return entries
    return [
        replace(e, categories=kept)
        if len(kept := tuple(c for c in e.categories if compact(c) != name)) < len(e.categories)
        else e
        for e in entries
    ]
