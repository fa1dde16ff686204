"""Whether a feed is aggregated (many sites' items in one feed), decided from its document."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from bot.attribution.bookmarks import bookmarked_sites, shared_sites
from bot.attribution.carriers import is_aggregated, is_own_item, venue, venue_link
from bot.attribution.domains import registered_domain
from bot.attribution.site_names import is_section_name
from bot.attribution.source_channels import cites_channels
from bot.attribution.source_outlets import is_portal
from bot.attribution.stream_authors import is_authors_stream
from bot.compose.reading import footer_names
from bot.parsing.models import ParsedFeed

# How many of a feed's items decide whether it is aggregated.
_AGGREGATION_SAMPLE = 200


@dataclass(frozen=True)
class AggregatedFeed:
    """A feed whose items are many other sites' (see attribution.carriers), with the names its
    items give their sites by venue (CMS footers, a planet's titles), for items that lack one."""

    footer_names: Mapping[str, str] = field(default_factory=dict)
    # A portal's partner outlets on its subdomains (attribution.source_outlets).
    portal: bool = False
    # Aggregated only as a bookmark feed: its own items copying their pages' titles name them.
    bookmarks: bool = False
    # Aggregated as a user's stream of shares: each of its own items credits the page's site.
    shares: bool = False
    # Aggregated as a platform's stream of its users' items: each credits its author.
    authors: bool = False
    # Its items name the several channels they came from (<source>, attribution.source_channels).
    channels: bool = False


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
        else e.source_url or venue_link(e.canonical_url or e.link, e.key)
        for e in entries
    ]
    portal = is_portal(entries, parsed.site_url)
    channels = cites_channels(entries, parsed.title)
    titled = title_names(list(zip(links, (e.title for e in entries), strict=True)))
    carried = (
        portal
        or channels
        or is_aggregated(links, parsed.site_url, feed_url)
        or _declares_sources(parsed, feed_url)
        or _planet_of_blogs(titled, links, parsed.site_url, feed_url)
    )
    # A bookmark feed's items are its own, each a page of another site it names in its title.
    bookmarked = {} if carried else bookmarked_sites(entries, parsed.site_url, feed_url)
    shared = {} if carried or bookmarked else shared_sites(entries, parsed.site_url, feed_url)
    bookmarked = bookmarked or shared
    # A platform's stream of its users' items (a Flickr tag's): each of its own items is its
    # author's, in the author's space on the platform.
    authored = not (carried or bookmarked) and is_authors_stream(entries, parsed.site_url)
    if authored:
        return AggregatedFeed(authors=True)
    if not (carried or bookmarked):
        return None
    # A podcast's episodes are its show's own wherever they are kept (AppLoad's moved from
    # nowatch.net to frenchspin.com and .fr): not carried unless an item names its <source>.
    if parsed.channel.podcast and not any(e.source_name for e in entries):
        return None
    footers = footer_names(zip(links, (e.content_html for e in entries), strict=True))
    names = {**bookmarked, **titled, **footers}
    return AggregatedFeed(
        names, portal=portal, bookmarks=bool(bookmarked), shares=bool(shared), channels=channels
    )


def _planet_of_blogs(
    titled: Mapping[str, str], links: Sequence[str | None], site_url: str | None, feed_url: str
) -> bool:
    """Whether a planet's titles name two or more blogs, each on its own site and none the
    feed's: a small planet (two blogs) is aggregated as a large one is."""
    own = {venue(url) for url in (site_url, feed_url) if url}
    venues = {venue(link) for link in links if link}
    return len(titled) >= _MIN_TITLED_BLOGS and not venues & own and set(titled) == venues


def _declares_sources(parsed: ParsedFeed, feed_url: str) -> bool:
    """Whether an item names the channel it came from (<source>) on another site than the
    feed's, its link there too: GoUpstate.com's item from "NASA Image of the Day" (nasa.gov)."""
    own = {registered_domain(parsed.site_url), registered_domain(feed_url)} - {None}
    return any(
        e.source_name
        and (source := registered_domain(e.source_url)) is not None
        and source not in own
        and source == registered_domain(e.canonical_url or e.link)
        for e in parsed.entries[:_AGGREGATION_SAMPLE]
    )


# A planet's convention: every item's title opens with its blog's or writer's name ("Pat Eyler:
# Pragmatic Thinking …", '"FP Lunch": The shortest …'). Where nearly all of a feed's titles do,
# each venue's one such name (not a section word: "Video: …") is its items' credit.
_TITLE_OWNER = re.compile(r"^(?P<name>[^:]{2,40}?):\s+\S")
# A planet's per-feed name of a writer and a blog ("Willy SR [SlackBlogs]"): the blog's.
_WRITER_BLOG = re.compile(r"^[^\[\]]{2,40}?\s\[(?P<blog>[^\[\]]{2,40})\]$")
_MIN_TITLED_BLOGS = 2
_TITLE_OWNER_SHARE = 0.8
_MIN_TITLED_ITEMS = 4
_MAX_OWNER_WORDS = 5
# A name the titles give items on this many sites is a kind of post, not one blog's.
_LABEL_VENUES = 2


def title_names(items: Sequence[tuple[str | None, str]]) -> dict[str, str]:
    """The name a planet's titles give each venue ((link, title) pairs), by venue; none when
    the feed's titles do not follow the convention or a venue's titles name it two ways."""
    owners = [(link, m) for link, title in items if (m := _TITLE_OWNER.match(title))]
    if len(items) < _MIN_TITLED_ITEMS or len(owners) < _TITLE_OWNER_SHARE * len(items):
        return {}
    named: dict[str, set[str]] = {}
    labelled: list[tuple[str, str]] = []
    for link, owner in owners:
        name = owner["name"].strip(" \"“”'")
        name = blog["blog"] if (blog := _WRITER_BLOG.match(name)) else name
        if link and name and len(name.split()) <= _MAX_OWNER_WORDS and not is_section_name(name):
            named.setdefault(venue(link), set()).add(name)
            labelled.append((name, venue(link)))
    if _labels_post_kinds(labelled):
        return {}
    return {site: names.pop() for site, names in named.items() if len(names) == 1}


def _labels_post_kinds(labelled: Sequence[tuple[str, str]]) -> bool:
    """Whether the titles' opening names are kinds of post, not blogs: most labelled items carry
    a name the feed gives items on several sites, where a planet names each blog on its own."""
    # "Launch: …" over searchmash.com, frappr.com and google.com (The Google Weblog).
    venues: dict[str, set[str]] = {}
    for name, site in labelled:
        venues.setdefault(name, set()).add(site)
    shared = sum(len(venues[name]) >= _LABEL_VENUES for name, _ in labelled)
    return bool(labelled) and shared * 2 >= len(labelled)
