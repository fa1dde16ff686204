"""Aggregated feeds (one feed carrying many sites' items, such as Antenna or a planet) and the
site that carried each of their items: that site, not the aggregator, is the post's credit.

Kept apart from reprint attribution: the carrier is the site whose page the item links to;
who first published the article (a reprint's original) is still decided by `reprints`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.attribution.domains import outlet_for_domain, registered_domain
from bot.attribution.hits import Hit
from bot.attribution.sites import Site

# A feed is aggregated when its items link to at least this many registered domains other
# than its own, and those items are at least this share of the items with a link: a site
# linking now and then to a partner (faz.net's plus.faz.net is the same domain anyway) or a
# feed served from a feed host (feedburner) whose items are all on the site is not.
_MIN_FOREIGN_DOMAINS = 3
_MIN_FOREIGN_SHARE = 0.5
_BY_LINK = "the item link's domain"


def is_aggregated(links: Iterable[str | None], site_url: str | None, feed_url: str) -> bool:
    """Whether a feed's item `links` are on many sites unlike its own (`site_url`, its <link>,
    and `feed_url`, where it is served)."""
    own = {registered_domain(site_url), registered_domain(feed_url)} - {None}
    domains = [registered_domain(link) for link in links if link]
    linked = [d for d in domains if d]
    foreign = [d for d in linked if d not in own]
    if not linked or len(foreign) < _MIN_FOREIGN_SHARE * len(linked):
        return False
    return len(Counter(foreign)) >= _MIN_FOREIGN_DOMAINS


@dataclass(frozen=True)
class Carrier:
    """The site an aggregated item came from: its name, its home page, and which evidence
    named it (for inspect and the bench)."""

    name: str
    url: str | None
    rule: str

    @property
    def by_address(self) -> bool:
        """Named only by the item link's domain: a name read from its page would be better."""
        return self.rule == _BY_LINK


def _home(url: str | None) -> str | None:
    parts = urlsplit(url or "")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return f"{parts.scheme}://{parts.netloc}/"


def item_carrier(
    link: str | None,
    *,
    source_name: str | None,
    source_url: str | None,
    notices: Sequence[Hit],
) -> Carrier | None:
    """The site that carried an aggregated item: its <source>, else a CMS footer naming the
    site it links to, else the outlets table's name for the link's domain, else its host."""
    if source_name:
        return Carrier(source_name, _home(source_url) or _home(link), "the item's <source>")
    home = _home(link)
    if home is None:
        return None
    site = Site(None, link)
    for hit in notices:
        if hit.family == "cms" and hit.publisher and site.owns(hit.publisher, hit.url):
            return Carrier(hit.publisher, home, "its CMS footer")
    if source_url and (named := outlet_for_domain(source_url)):
        return Carrier(named, _home(source_url), "the domain of the item's <source>")
    named = outlet_for_domain(link)
    return Carrier(named, home, _BY_LINK) if named else None
