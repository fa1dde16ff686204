"""A feed's address as evidence of what its title names: one of a site's many feeds."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from bot.attribution.name_spellings import compact

# A site that offers many feeds keeps them in a folder ("…/rss-feeds/drug-recalls/rss.xml" at
# fda.gov): a feed there whose title is its own folder's name is one of the site's sections.
_FEEDS_FOLDER = re.compile(r"^(?:rss|feeds?|rss-feeds|atom)$", re.I)
_FEED_FILE = re.compile(r"\.(?:xml|rss|atom|rdf)$", re.I)


def in_feeds_folder(
    title: str | None, site_url: str | None, feed_url: str, own_link: str | None = None
) -> bool:
    """Whether `title` names the folder of a feed kept among the site's feeds (by where it was
    read or its own <link>: "Drug Recalls" at fda.gov/…/rss-feeds/drug-recalls/rss.xml)."""
    # Read from elsewhere (a proxy, a copy on disk), the feed's <link> still says where it is.
    return any(_in_folder(title, site_url, url) for url in {feed_url, own_link or feed_url})


def _in_folder(title: str | None, site_url: str | None, feed_url: str) -> bool:
    """The check for one address of the feed, the site's address its root or that folder."""
    site, feed = urlsplit(site_url or ""), urlsplit(feed_url)
    segments = [unquote(s) for s in feed.path.split("/") if s]
    if segments and _FEED_FILE.search(segments[-1]):
        segments.pop()
    # The site's address is its root, or the feed's own folder where the feed gives none.
    at_root_or_folder = site.path.strip("/") in ("", "/".join(segments))
    if not site.hostname or site.hostname != feed.hostname or not at_root_or_folder:
        return False
    folders = [i for i, s in enumerate(segments[:-1]) if _FEEDS_FOLDER.match(s)]
    return (
        bool(folders)
        and bool(compact(title or ""))
        and compact(title or "") == compact(segments[-1])
    )
