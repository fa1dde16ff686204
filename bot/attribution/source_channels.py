"""RSS 2.0's <source url="…">Name</source>: "the RSS channel that the item came from". An
aggregator (Moreover, a planet, a digest) names there each item's channel, often by the
aggregator's own page of it ("moreover.com/page?s=WebWire"): the item is that channel's."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from urllib.parse import urlsplit

from bot.parsing.models import FeedEntry

# Channels a feed's items must name, each by one address of its own, for the feed to carry
# other channels' items: one or two are a blog quoting a friend's feed (Scripting News).
_MIN_CHANNELS = 3
_MAX_ITEMS = 200


def _compact(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum())


def source_channel(entry: FeedEntry) -> tuple[str, str] | None:
    """(name, url) of the channel an item's <source> names, with the address the spec requires;
    None for none, or for the item's own feed ("…/t/ardour-9-0-released/112897.rss")."""
    name, url, link = entry.source_name, entry.source_url, entry.canonical_url or entry.link
    if not name or not url or urlsplit(url).scheme not in ("http", "https"):
        return None
    if link and url.startswith(link.rstrip("/")):
        return None
    return name.strip(), url


def names_other_channel(entry: FeedEntry, feed_name: str) -> bool:
    """Whether the item's <source> names a channel other than the feed (`feed_name`) itself."""
    channel = source_channel(entry)
    return channel is not None and _compact(channel[0]) not in ("", _compact(feed_name))


def cites_channels(entries: Sequence[FeedEntry], feed_title: str | None) -> bool:
    """Whether the items name several channels, each by an address of its own and none the
    feed itself: one address under many names (RMC's episodes, space.com's sections) is not."""
    urls: defaultdict[str, set[str]] = defaultdict(set)
    names: defaultdict[str, set[str]] = defaultdict(set)
    own = _compact(feed_title or "")
    for entry in entries[:_MAX_ITEMS]:
        if (channel := source_channel(entry)) is None:
            continue
        name, url = channel
        if _compact(name) in ("", own):
            return False
        urls[name].add(url)
        names[url].add(name)
    # Aggregators tag their pages of a channel ("…&wiz=2277468"): a name's address may vary.
    return len(urls) >= _MIN_CHANNELS and all(len(found) == 1 for found in names.values())
