"""An item's tag that is the site's own name: its address's name written as a word
("mahalo" at blog.mahalo.com, "Max Laconca" at maxlaconca.com) or the feed's whole title of
two words or more ("Zero Punctuation"): the credit line names the site already."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.attribution.name_spellings import compact
from bot.attribution.title_domain_names import domain_parts
from bot.parsing.house_labels import without_house_labels
from bot.parsing.models import FeedEntry

_WORDS = re.compile(r"[^\W_]+")
# A shorter address name is an abbreviation that may be a word too ("abc", "bbc").
_MIN_NAME_CHARS = 4


def _site_names(feed_title: str, site_url: str | None) -> set[str]:
    names = set()
    if (domain := domain_parts(site_url)) is not None and "." in domain[0]:
        if len(label := compact(domain[1])) >= _MIN_NAME_CHARS:
            names.add(label)
    if len(_WORDS.findall(feed_title)) >= 2:
        names.add(compact(feed_title))
    return names


def without_own_names(
    entries: list[FeedEntry], feed_title: str, site_url: str | None
) -> list[FeedEntry]:
    """The entries less their house labels (house_labels) and the tags naming the site."""
    # Editors reject the site's own name as a tag whether or not the post names it ("#mahalo"
    # on Mahalo's roundup, "#Minkorrekt" on its podcast, "#max_laconca" on his weblog).
    entries = without_house_labels(entries, feed_title, site_url)
    names = _site_names(feed_title, site_url)
    if not names:
        return entries
    return [
        replace(e, categories=kept)
        if len(kept := tuple(c for c in e.categories if compact(c) not in names))
        < len(e.categories)
        else e
        for e in entries
    ]
