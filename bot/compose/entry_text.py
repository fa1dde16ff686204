"""An entry's text and the site its post credits, read from its feed text or, when that
says more, its article page (an aggregated feed's items credit the site that carried them)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import partial
from urllib.parse import urlsplit

from bot.attribution.bookmarks import copied_title_site, shared_page
from bot.attribution.carriers import is_own_item, venue, venue_link, via_name
from bot.attribution.domains import registered_domain
from bot.attribution.reprints import Attribution
from bot.attribution.site_names import clean_name, page_name_usable
from bot.attribution.source_channels import names_other_channel
from bot.attribution.source_outlets import is_outlet_site, outlet_host
from bot.attribution.stream_authors import author_page
from bot.attribution.user_sites import place
from bot.compose.aggregation import AggregatedFeed
from bot.compose.reading import read_carried_text, read_text
from bot.fetching.pages import ArticlePage
from bot.parsing.feed_links import front_page
from bot.parsing.models import FeedEntry
from bot.parsing.tag_evidence import names, said
from bot.text.digests import is_link_digest
from bot.text.extraction import extract_article
from bot.text.lead_sources import content_gives_way, description_leads


@dataclass(frozen=True)
class Credit:
    """The site a post credits: the feed's, or in an aggregated feed the item's own."""

    name: str
    url: str | None
    aggregated: bool = False
    # Named only by its address (an aggregated item's host): the page's own name is better.
    by_address: bool = False
    # The aggregator that carried the item, when it has a name of its own ("Hacker News").
    via: str | None = None
    # The names an aggregated feed's items' footers give their sites (AggregatedFeed).
    footer_names: Mapping[str, str] = field(default_factory=dict)
    # A portal's feed: an item on an outlet's own subdomain is the outlet's (source_outlets).
    portal: bool = False
    # A bookmark feed's: an item copying its page's title credits that page's site.
    bookmarks: bool = False
    # A share stream's: every item on another site credits that site (attribution.bookmarks).
    shares: bool = False
    # A platform's stream of its users' items: each credits its author (stream_authors).
    authors: bool = False
    # An aggregator's items naming the channels they came from (<source>, source_channels).
    channels: bool = False


def feed_credit(
    source: str, source_url: str | None, aggregated: AggregatedFeed | bool | None
) -> Credit:
    """The feed's credit, with what an aggregated feed's items' footers name their sites."""
    learned = aggregated.footer_names if isinstance(aggregated, AggregatedFeed) else {}
    portal = isinstance(aggregated, AggregatedFeed) and aggregated.portal
    url = front_page(source_url)
    bookmarks = isinstance(aggregated, AggregatedFeed) and aggregated.bookmarks
    shares = isinstance(aggregated, AggregatedFeed) and aggregated.shares
    authors = isinstance(aggregated, AggregatedFeed) and aggregated.authors
    channels = isinstance(aggregated, AggregatedFeed) and aggregated.channels
    return Credit(
        source,
        url,
        bool(aggregated),
        footer_names=learned,
        portal=portal,
        bookmarks=bookmarks,
        shares=shares,
        authors=authors,
        channels=channels,
    )


@dataclass(frozen=True)
class ReadEntry:
    """An entry's text and credit, from its feed text or, when that says more, its page."""

    text: str
    attribution: Attribution
    teaser: bool
    image_url: str | None
    categories: tuple[str, ...]
    page_language: str | None
    credit: Credit


def _feed_text(
    entry: FeedEntry, credit: Credit, boilerplate: frozenset[str]
) -> tuple[str, Attribution, Credit]:
    """The entry's own text, attribution and credit (its carrier's, in an aggregated feed)."""
    # An item naming another channel it came from (<source>) by the aggregator's own page of
    # it is that channel's, whatever its guid's or link's host (Moreover's click tracker).
    channel = (
        credit.channels
        and names_other_channel(entry, credit.name)
        and _host(entry.source_url) == _host(credit.url)
    )
    own = is_own_item(entry.key, credit.url) or _portal_own(entry, credit)
    if not credit.aggregated or (own and not channel):
        read = partial(
            read_text,
            title=entry.title,
            site_name=credit.name,
            site_url=credit.url,
            author=entry.author,
            boilerplate=boilerplate,
        )
        text, attribution = read(entry.content_html)
        wanting = not text or content_gives_way(text)
        if wanting and entry.description_html and not is_link_digest(entry.content_html):
            # A content of furniture alone ("Visit … for all the links. This update has been
            # archived."), or a caption, cut teaser or greeting: the description leads instead.
            described_text, described = read(entry.description_html)
            if not text or description_leads(text, described_text):
                text = described_text
                attribution = attribution if attribution.is_reprint else described
        return text, attribution, _bookmark_credit(entry, credit)
    text, attribution, carrier = read_carried_text(
        entry.content_html,
        title=entry.title,
        # A feed service's redirect hides the site: its guid's host is named instead.
        link=venue_link(entry.canonical_url or entry.link, entry.key),
        source_name=entry.source_name,
        source_url=entry.source_url,
        author=entry.author,
        boilerplate=boilerplate,
        footer_names=credit.footer_names,
    )
    # The aggregator's own item ("Ask HN: …" on news.ycombinator.com) is credited to it, also
    # one known only by an address on its other domain (news.google.fr's on google.com).
    # A portal's partner outlet on its own subdomain (sol.sapo.pt on SAPO) is its own site.
    outlet = carrier is not None and credit.portal
    if carrier is not None and channel:
        # Its channel has no address of its own in the feed: its name only.
        return text, attribution, Credit(carrier.name, None, via=via_name(credit.name))
    if carrier is None or (place(carrier.url) == place(credit.url) and not outlet):
        return text, attribution, credit
    if carrier.by_address and _site_label(carrier.url) == _site_label(credit.url):
        return text, attribution, credit
    # A host's own list of its users' journals ("Ovid's Friends' Journals") is no curator.
    same_host = registered_domain(carrier.url) == registered_domain(credit.url)
    via = None if same_host else via_name(credit.name)
    carried = Credit(carrier.name, carrier.url, by_address=carrier.by_address, via=via)
    return text, attribution, carried


def _bookmark_credit(entry: FeedEntry, credit: Credit) -> Credit:
    """A bookmark's credit: the site its copied page title names (attribution.bookmarks), via
    the feed; else the feed's. Its text is read as the feed's own item's is."""
    if credit.authors and (authored := author_page(entry, credit.url)) is not None:
        return Credit(authored[0], authored[1], via=via_name(credit.name))
    link = shared_page(entry, credit.url) if credit.shares else entry.canonical_url or entry.link
    if not credit.bookmarks or not link or venue(link) not in credit.footer_names:
        return credit
    if not credit.shares and copied_title_site(entry.title, link, credit.url) is None:
        return credit
    parts = urlsplit(link)
    home = f"{parts.scheme}://{parts.netloc}/"
    return Credit(credit.footer_names[venue(link)], home, via=via_name(credit.name))


def _portal_own(entry: FeedEntry, credit: Credit) -> bool:
    """Whether a portal's item is on its own subdomain that no outlet's name spells (Lusa's
    copy at noticias.sapo.pt): the portal's, as a feed's own item is."""
    link = entry.canonical_url or entry.link
    if not credit.portal or outlet_host(link, credit.url) is None:
        return False
    return not is_outlet_site(entry.source_name or "", link, credit.url)


def _host(url: str | None) -> str:
    return (urlsplit(url or "").hostname or "").removeprefix("www.")


def _site_label(url: str | None) -> str | None:
    """The registered domain's name without its suffix ("google" for news.google.fr)."""
    domain = registered_domain(url)
    return domain.partition(".")[0] if domain else None


def read_entry(
    entry: FeedEntry,
    page: ArticlePage | None,
    credit: Credit,
    teaser_chars: int,
    boilerplate: frozenset[str],
) -> ReadEntry:
    """The entry's cleaned text and attribution; its article page's when that says more."""
    text, attribution, credit = _feed_text(entry, credit, boilerplate)
    read = ReadEntry(
        text, attribution, len(text) < teaser_chars, entry.image_url, entry.categories, None, credit
    )
    extracted = extract_article(page) if page is not None else None
    if extracted is None:
        return read
    # An aggregated item's page names the site that carried it better than its host does.
    if (
        credit.by_address
        and extracted.site_name
        and page_name_usable(page_name := clean_name(extracted.site_name), site_url=credit.url)
    ):
        credit = replace(credit, name=page_name, by_address=False)
        read = replace(read, credit=credit)
    page_text, page_attribution = read_text(
        extracted.as_html(),
        title=entry.title,
        site_name=credit.name,
        site_url=credit.url,
        boilerplate=boilerplate,
    )
    # A page is used only when it says more than the feed did.
    if len(page_text) <= len(text):
        return replace(read, page_language=extracted.language)
    return ReadEntry(
        page_text,
        attribution if attribution.is_reprint else page_attribution,
        False,
        entry.image_url or extracted.image_url,
        entry.categories or _named_tags(extracted.tags, entry.title, page_text),
        extracted.language,
        credit,
    )


def _named_tags(tags: tuple[str, ...], title: str, text: str) -> tuple[str, ...]:
    """The page's tags its post names: the same gate as a feed's categories pass."""
    if not tags:
        return tags
    item = said(title, text)
    return tuple(t for t in tags if names(item, t))
