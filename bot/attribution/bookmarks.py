"""Bookmarks: an item of the feed's own (its guid is the feed's) whose title is the linked page's
own title, which names that page's site ("Welcome | Factolex - the fact lexicon" linking
en.factolex.com). The post credits that site, as an aggregated feed's item credits its carrier.
Shares: a user's stream on a platform (FriendFeed's) whose own items link other sites' pages,
each naming its sharer with a link to the stream's page: the post credits the linked site."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.attribution.carriers import is_own_item, venue
from bot.attribution.domains import outlet_for_domain
from bot.attribution.item_providers import linked_names, stream_owner
from bot.attribution.name_spellings import clean_name
from bot.attribution.title_domain_names import domain_parts, names_domain, split_title
from bot.attribution.title_domain_names import trimmed_name as _trimmed
from bot.attribution.user_sites import place
from bot.parsing.models import FeedEntry

_HOST_PATH = re.compile(r"^((?:[\w-]+\.)+[a-z]{2,})/\S*$")
# A link blog names a linked site in a title now and then (Daring Fireball: 3 of 48 items,
# "The Verge: ‘Apple’s AR …’"); a bookmark feed copies its pages' titles, so many of its items
# do (blogmarks.net: 8 of 25, del.icio.us: 6 of 15).
_MIN_COPIED = 3
_MIN_COPIED_SHARE = 0.2
# A share stream's items are mostly shares (a comment or a photo of the user's own now and then).
_MIN_SHARED_SHARE = 0.5
# Nearly every title naming its linked site is a news engine's convention ("… - CNN" on Google
# News, parsing.source_suffixes), whose posts credit the outlet as the original already.
_ENGINE_SHARE = 0.8


def copied_title_site(title: str | None, link: str | None, site_url: str | None) -> str | None:
    """The linked site's name when a title is its page's ("Ciarán Walsh's Blog » TextMate
    Plug-in" linking ciaranwal.sh): a separated part names the link's domain, not the feed's."""
    if not link or not title or place(link) == place(site_url):
        return None
    parts = split_title(clean_name(title))
    domain = domain_parts(link)
    named = [bare for _, bare in parts if names_domain(bare, domain)] if len(parts) > 1 else []
    if not named:
        return None
    # "WordPress › Blog", "padawan.info/fr": the site's name, not its page's trail or path.
    head = named[0].split(" › ")[0]
    name = _trimmed(head if names_domain(head, domain) else named[0], domain)
    return host.group(1) if (host := _HOST_PATH.match(name)) else name


def bookmarked_sites(
    entries: Sequence[FeedEntry], site_url: str | None, feed_url: str
) -> dict[str, str]:
    """The linked sites' names, by venue, that a bookmark feed's items copy with their pages'
    titles; none for a feed with fewer such items (a link blog's own posts)."""
    found: dict[str, str] = {}
    copied = 0
    for entry in entries:
        link = entry.canonical_url or entry.link
        if not is_own_item(entry.key, site_url, feed_url):
            continue
        if link and (name := copied_title_site(entry.title, link, site_url)):
            found.setdefault(venue(link), name)
            copied += 1
    share = copied / len(entries) if entries else 0.0
    enough = len(found) >= _MIN_COPIED and _MIN_COPIED_SHARE <= share < _ENGINE_SHARE
    return found if enough else {}


def shared_sites(
    entries: Sequence[FeedEntry], site_url: str | None, feed_url: str
) -> dict[str, str]:
    """The linked sites, by venue, of a share stream's items: the feed's own items on other
    sites, each linking the stream's page with its owner's name (`item_providers.stream_owner`)."""
    owner = stream_owner(entries, site_url)
    if owner is None or site_url is None:
        return {}
    found: dict[str, str] = {}
    shared = 0
    for entry in entries:
        link = entry.canonical_url or entry.link
        if not link or place(link) == place(site_url) or owner not in linked_names(entry, site_url):
            continue
        if is_own_item(entry.key, site_url, feed_url) and (name := outlet_for_domain(link)):
            found.setdefault(venue(link), name)
            shared += 1
    share = shared / len(entries) if entries else 0.0
    return found if len(found) >= _MIN_COPIED and share >= _MIN_SHARED_SHARE else {}
