"""Bookmarks: an item of the feed's own (its guid is the feed's) whose title is the linked page's
own title, which names that page's site ("Welcome | Factolex - the fact lexicon" linking
en.factolex.com). The post credits that site, as an aggregated feed's item credits its carrier.
Shares: a user's stream on a platform (FriendFeed's) whose own items link other sites' pages,
each naming its sharer with a link to the stream's page, or a platform's stream of things found
elsewhere whose items say only "via <address>" (FFFFOUND's): the post credits the shared site."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from bot.attribution.carriers import is_own_item, venue
from bot.attribution.domains import outlet_for_domain, registered_domain
from bot.attribution.item_providers import linked_names, stream_owner
from bot.attribution.name_spellings import clean_name
from bot.attribution.title_domain_names import domain_parts, names_domain, split_title
from bot.attribution.title_domain_names import trimmed_name as _trimmed
from bot.attribution.user_sites import place
from bot.parsing.feed_proxies import is_feed_host
from bot.parsing.links import is_redirector
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


# A share's only words, "via <address>" (FFFFOUND's image posts): where the item was found.
_VIA_LINE = re.compile(r"via\s+\S+", re.I)
_VIA_ANCHOR = re.compile(r"\bvia\s*<a\s[^>]*?href\s*=\s*[\"']([^\"']+)[\"']", re.I)
_TAG = re.compile(r"<[^>]+>")


def shared_page(entry: FeedEntry, site_url: str | None) -> str | None:
    """The other site's page an item shares: its link when that is on another site, or the
    address its only words "via <address>" give (FFFFOUND's image posts); else None."""
    link = entry.canonical_url or entry.link
    if link and place(link) != place(site_url):
        return link
    text = " ".join(html.unescape(_TAG.sub(" ", entry.content_html or "")).split())
    found = _VIA_ANCHOR.search(entry.content_html or "") if _VIA_LINE.fullmatch(text) else None
    url = html.unescape(found.group(1)) if found else ""
    return (
        url if url.startswith(("http://", "https://")) and place(url) != place(site_url) else None
    )


def _shared_site(page: str) -> str | None:
    """The shared page's site: the outlet or account it is, else its host less "www." (a
    blog's own host on a blog farm, "larryferlazzo.edublogs.org", is no one else's)."""
    # A feed service's redirect ("feedproxy.google.com/~r/…") hides the page's site.
    if is_redirector(page) or is_feed_host(page):
        return None
    named = outlet_for_domain(page)
    host = (urlsplit(page).hostname or "").removeprefix("www.")
    return host if named and host and named == registered_domain(page) else named


def shared_sites(
    entries: Sequence[FeedEntry], site_url: str | None, feed_url: str
) -> dict[str, str]:
    """The shared pages' sites, by venue, of a share stream: the feed's own items each sharing
    another site's page (`shared_page`), a linked one naming the stream's owner."""
    if site_url is None:
        return {}
    owner = stream_owner(entries, site_url)
    found: dict[str, str] = {}
    shared = 0
    for entry in entries:
        page = shared_page(entry, site_url)
        if page is None or not is_own_item(entry.key, site_url, feed_url):
            continue
        # A page linked as the item's own is a share when the item names its sharer (FriendFeed).
        if page == (entry.canonical_url or entry.link) and owner not in linked_names(
            entry, site_url
        ):
            continue
        if name := _shared_site(page):
            found.setdefault(venue(page), name)
            shared += 1
    share = shared / len(entries) if entries else 0.0
    return found if len(found) >= _MIN_COPIED and share >= _MIN_SHARED_SHARE else {}
