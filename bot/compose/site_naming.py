"""Which name a feed's posts credit its site by: an editor's, else the one its home page
states (read when the feed is added and every NEWSBOT_SITE_NAME_DAYS after), else one derived
from the feed's title. The rules are pure; `name_the_site` does the one fetch they ask for."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from urllib.parse import urlsplit

import aiohttp

from bot.attribution.agreed_names import agreed_site_name
from bot.attribution.corroborated_names import stated_opening
from bot.attribution.feed_spellings import with_items_spelling
from bot.attribution.home_pages import home_page_url, name_from_page
from bot.attribution.item_providers import stream_owner
from bot.attribution.name_spellings import clean_name, compact, is_host_or_address
from bot.attribution.site_names import NameSource, SiteName, derive_site_name
from bot.attribution.title_domain_names import domain_parts, names_domain, split_title
from bot.compose.reading import own_footer_name
from bot.compose.teasers import OffLoop
from bot.config import Settings
from bot.fetching.http import FetchError
from bot.fetching.pages import fetch_page, page_wanted
from bot.fetching.sources import is_local_source
from bot.parsing.models import ParsedFeed
from bot.workers import run_bounded
from storage.records import ArticleMode, Feed

log = logging.getLogger(__name__)

# A home page is parsed for a name within this many seconds of worker CPU.
_PARSE_SECONDS = 5.0


@dataclass(frozen=True)
class NamedSite:
    """The name decided at one check, and when the home page was read for it (None: not)."""

    name: SiteName
    read_at: float | None = None


def home_page_due(feed: Feed, *, now: float, every_days: float) -> bool:
    """Whether this check reads the home page: never over an editor's name or with reading
    off (0 days), else when it was never read or was read `every_days` ago."""
    if every_days <= 0 or feed.site_name_source == NameSource.EDITOR:
        return False
    read_at = feed.site_name_read_at
    return read_at is None or now - read_at >= every_days * 86400


def choose_site_name(
    feed: Feed, parsed: ParsedFeed, *, page_name: str | None, page_read: bool
) -> SiteName:
    """An editor's name stays; a name the home page states wins; a page name read earlier
    stays until a later reading finds none; else the name derived from the feed's title."""
    stored = (
        SiteName(feed.site_name, feed.site_name_source)
        if feed.site_name and feed.site_name_source
        else None
    )
    if stored is not None and stored.source == NameSource.EDITOR:
        return stored
    if page_name:
        return SiteName(page_name, NameSource.PAGE)
    if stored is not None and stored.source == NameSource.PAGE and not page_read:
        return stored
    return derived_site_name(parsed, feed.url)


def derived_site_name(parsed: ParsedFeed, feed_url: str) -> SiteName:
    """The name derived from the feed's title and channel, or its items' spelling of it."""
    address = naming_address(feed_url, (e.link for e in parsed.entries))
    derived = derive_site_name(parsed.title, parsed.site_url, address, parsed.channel)
    spelled = with_items_spelling(derived, parsed, address)
    domain = domain_parts(parsed.site_url) or domain_parts(address)
    # "FriendFeed - ovando" whose every share names "Ana Ovando", linking the channel's page:
    # a user's stream on a platform is the user's, not the platform's.
    owner = stream_owner(parsed.entries, parsed.site_url)
    if owner and names_domain(spelled.name, domain) and not names_domain(owner, domain):
        return SiteName(owner, NameSource.TITLE, f"{spelled.rule}: the stream's owner")
    agreed = agreed_site_name(spelled, parsed.title, parsed.channel, parsed.entries, domain)
    if agreed.source == NameSource.TITLE and (
        stated := stated_opening(agreed.name, parsed.channel, domain)
    ):
        agreed = SiteName(stated, NameSource.TITLE, f"{agreed.rule}: the name its channel states")
    items = ((e.link, e.content_html or e.description_html) for e in parsed.entries)
    return signed_whole(agreed, parsed.title, own_footer_name(items))


def signed_whole(named: SiteName, title: str | None, signed: str | None) -> SiteName:
    """The name the site's own footers sign with, where the title writes it whole and the
    derived name is a cut of it: a cut the site never writes is no name of its."""
    # "Share" of "News Archives - Share Sports", every item signed "Share Sports".
    if signed is None or named.source not in (NameSource.TITLE, NameSource.DOMAIN):
        return named
    cut, whole = compact(named.name), compact(signed)
    if not cut or cut == whole or cut not in whole or is_host_or_address(signed):
        return named
    parts = split_title(clean_name(title)) if title else []
    if whole not in {compact(p) for part in parts for p in part}:
        return named
    return SiteName(signed, NameSource.TITLE, f"{named.rule}: the whole name its footers sign")


def naming_address(feed_url: str, links: Iterable[str | None]) -> str:
    """The address a feed's site is named from when its title names none: its own, or for a
    feed read from a file (a path names no site) the home of the host most items link to."""
    if not is_local_source(feed_url):
        return feed_url
    homes = Counter(
        f"{parts.scheme}://{parts.hostname}"
        for link in links
        if link
        and (parts := urlsplit(link)).scheme in ("http", "https")
        # A host of one label ("http://link?…") is no site anyone would know.
        and "." in (parts.hostname or "")
    )
    return homes.most_common(1)[0][0] if homes else feed_url


def stored_feed_name(feed: Feed) -> SiteName:
    """The automatic name from what is stored of the feed (its title and <link>), for an
    editor's reset; the home page is read again at the feed's next check with new content."""
    return derive_site_name(feed.title, feed.site_url, feed.url)


async def read_home_page_name(
    off_loop: OffLoop, session: aiohttp.ClientSession, settings: Settings, url: str
) -> str | None:
    """The name the page at `url` states, fetched under the feed rules (SSRF checks on every
    hop, size and time caps) and parsed off the loop; raises FetchError."""
    page = await fetch_page(
        session,
        url,
        max_bytes=settings.max_feed_bytes,
        allow_private=settings.allow_private_addresses,
    )
    name: str | None = await off_loop(
        partial(run_bounded, _PARSE_SECONDS, name_from_page, page.body, page.url)
    )
    return name


async def name_the_site(
    off_loop: OffLoop,
    session: aiohttp.ClientSession,
    settings: Settings,
    feed: Feed,
    parsed: ParsedFeed,
    *,
    now: float,
) -> NamedSite:
    """The site's name for this check: at most one home-page fetch, and only when due."""
    if not home_page_due(feed, now=now, every_days=settings.site_name_days):
        return NamedSite(choose_site_name(feed, parsed, page_name=None, page_read=False))
    url = home_page_url(parsed.site_url, feed.url)
    # Special-use names (.example, .test, .invalid) never resolve: not worth a fetch.
    if url is None or not page_wanted(ArticleMode.ALWAYS, teaser=False, link=url):
        return NamedSite(choose_site_name(feed, parsed, page_name=None, page_read=True), now)
    try:
        page_name = await read_home_page_name(off_loop, session, settings, url)
    except FetchError as exc:
        # Tried again at the next reading; until then a name read before, else the title's.
        log.info("feed #%d: home page %s not read for the site's name: %s", feed.id, url, exc)
        return NamedSite(choose_site_name(feed, parsed, page_name=None, page_read=False), now)
    except Exception:  # a page that breaks its parser must not break the feed's check
        log.exception("feed #%d: reading the site's name from %s failed", feed.id, url)
        return NamedSite(choose_site_name(feed, parsed, page_name=None, page_read=False), now)
    return NamedSite(choose_site_name(feed, parsed, page_name=page_name, page_read=True), now)
