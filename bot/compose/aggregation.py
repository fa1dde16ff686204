"""Whether a feed is aggregated (many sites' items in one feed), decided from its document."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.attribution.carriers import is_aggregated, is_own_item
from bot.compose.reading import footer_names
from bot.parsing.models import ParsedFeed

# How many of a feed's items decide whether it is aggregated.
_AGGREGATION_SAMPLE = 200


@dataclass(frozen=True)
class AggregatedFeed:
    """A feed whose items are many other sites' (see attribution.carriers), with the names
    its items' CMS footers give their sites, by venue, for the items of theirs without one."""

    footer_names: Mapping[str, str] = field(default_factory=dict)


def aggregated_feed(parsed: ParsedFeed, feed_url: str) -> AggregatedFeed | None:
    """The feed as an aggregated one, or None when its items are its own site's."""
    # The newest items tell as well as all of them, at a fraction of the cost on a long feed.
    # An item's <source> says whose it is even when its link is the aggregator's redirect
    # (Google News links news.google.com, naming The New York Times as the source).
    # A link blog's posts link elsewhere but their guids are the blog's own: not aggregated.
    entries = parsed.entries[:_AGGREGATION_SAMPLE]
    links = [
        parsed.site_url
        if is_own_item(e.key, parsed.site_url, feed_url)
        else e.source_url or e.canonical_url or e.link
        for e in entries
    ]
    if not is_aggregated(links, parsed.site_url, feed_url):
        return None
    return AggregatedFeed(footer_names(zip(links, (e.content_html for e in entries), strict=True)))
