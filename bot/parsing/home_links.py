"""Items whose <link> is not their own page: the site's home page or the channel's own link (a
podcast's site or show page on every episode, a link blog's front page on every pick), or a page
the feed's other items link too (a show's archive page, a listing of the items). The item's own
address is its "more »" link, else its guid when that is a page of the site, else its episode
file; else the shared page stays its link, but never a key of its story (it is no article,
and would make every item one story)."""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import replace
from urllib.parse import urlsplit

import re2

from bot.parsing.item_anchors import anchored
from bot.parsing.models import FeedEntry
from bot.parsing.url_hosts import host_of
from bot.parsing.urls import canonical_url

# A link whose text only says "go on reading" ("more»", "Read more", "Lire la suite →").
_MORE_LINK = re2.compile(
    r"(?is)<a\s[^>]*?href\s*=\s*[\"']([^\"']+)[\"'][^>]*>\s*((?:<[^>]+>|[^<])*?)\s*</a>"
)
_MORE_TEXT = re2.compile(
    r"(?i)^\W*(?:more|read\s+more|continue\s+reading|full\s+(?:story|article)|mehr|weiterlesen"
    r"|lire\s+la\s+suite|la\s+suite|leer\s+m[aá]s|leia\s+mais|continua)\W*$"
)
_TAG = re2.compile(r"<[^>]*>")
# A media file's address, not a page ("…/episode-12.mp3").
_FILE = re2.compile(r"(?i)\.(?:mp3|m4a|m4v|mp4|ogg|oga|opus|aac|wav|flac|mov|webm|pdf)$")


def _is_home(url: str | None, site_host: str | None) -> bool:
    """Whether `url` is the front page (no path, query or fragment) of the site whose host
    (without "www.") is `site_host` (None: the feed names no site)."""
    if not url or site_host is None:
        return False
    link = urlsplit(url)
    same_host = (host_of(link) or "").removeprefix("www.") == site_host
    return same_host and link.path in ("", "/") and not link.query and not link.fragment


def _page_key(url: str) -> tuple[str, str, str, str]:
    # The fragment counts: "now.html#2025-12-27…" is an item's own place on a journal's page.
    parts = urlsplit(url)
    host = (host_of(parts) or "").removeprefix("www.")
    return host, parts.path.rstrip("/"), parts.query, parts.fragment


def _is_site_page(url: str | None, site_url: str | None, site_host: str | None) -> bool:
    """Whether `url` is the site's home page or the channel's own link (a show's page,
    "cbc.ca/podcasting", written as every episode's <link>)."""
    if _is_home(url, site_host):
        return True
    return bool(url and site_url and _page_key(url) == _page_key(site_url))


def _more_link(content_html: str) -> tuple[str, str] | None:
    """The last "more »" link of an item's text, when it goes to another page on the web, and
    the text without it (its label is no part of the summary once it is the post's link)."""
    found = None
    for match in _MORE_LINK.finditer(content_html):
        href, text = html.unescape(match.group(1)), match.group(2)
        label = html.unescape(_TAG.sub("", text)).replace("\u00bb", " ").replace("→", " ")
        if _MORE_TEXT.match(label) and href.startswith(("http://", "https://")):
            found = href, content_html[: match.start()] + content_html[match.end() :]
    return found


def _measured_file(url: str) -> str:
    """A podcast file's own address, as a download counter's prefix carries it whole as its
    query ("podtrac.com/pts/redirect.mp3?http://…/show-62.mp3"); else the address as given."""
    query = urlsplit(url).query
    return query if query.startswith(("http://", "https://")) and " " not in query else url


def _own_page(
    entry: FeedEntry, site_host: str | None, shared: frozenset[tuple[str, str, str, str]]
) -> str | None:
    """The item's guid when it is a page of the site itself, not its home page, its episode
    file nor a page other items link."""
    # Podomatic's "cube.podomatic.com/entry/2010-05-03T03_39_51-07_00"; hoerspieltipps'
    # "archiv/knallbunt.html#08062011", its place on the page its link shares.
    key = entry.key
    guid = key.removeprefix("id:") if key.startswith("id:http") else ""
    parts = urlsplit(guid)
    if not guid or guid == entry.media_url or _is_home(guid, site_host) or _FILE.search(parts.path):
        return None
    if _page_key(guid) in shared:
        return None
    hosts = {site_host, (host_of(urlsplit(entry.link or "")) or "").removeprefix("www.")}
    return guid if (parts.hostname or "").removeprefix("www.") in hosts else None


def _shared_pages(
    entries: list[FeedEntry], site_host: str | None
) -> frozenset[tuple[str, str, str, str]]:
    """Pages no item's own: one items of different titles link, when half the linked items do;
    or three and a quarter of them, or three for a front page; two for the site's own."""
    linked = [(e.link, e.title) for e in entries if e.link]
    titles: dict[tuple[str, str, str, str], set[str]] = {}
    counts: Counter[tuple[str, str, str, str]] = Counter()
    for link, title in linked:
        titles.setdefault(_page_key(link), set()).add(title)
        counts[_page_key(link)] += 1
    shared = set()
    for page, count in counts.items():
        front = page[1] == "" and not page[2] and not page[3]
        least = 2 if front and page[0] == site_host else 3 if front else max(3, len(linked) / 4)
        if len(titles[page]) >= 2 and (count * 2 >= len(linked) or count >= least):
            shared.add(page)
    return frozenset(shared)


def without_home_links(entries: list[FeedEntry], site_url: str | None) -> list[FeedEntry]:
    """Entries linking the home page (most items do) or a page other items share, linked to
    their own page or file instead; else the page stays their link, but no story's key."""
    # Most items, for the home page: a feed's one link to its home may be an announcement.
    if not any(e.link for e in entries):
        return entries
    # The site's host worked out once, not for each entry.
    site_host = (urlsplit(site_url).hostname or "").removeprefix("www.") if site_url else None
    homes = [e for e in entries if _is_site_page(e.link, site_url, site_host)]
    at_home = len(homes) >= 2 and len(homes) * 2 >= len(entries)
    shared = _shared_pages(entries, site_host)
    moved = []
    for entry in entries:
        if at_home and _is_site_page(entry.link, site_url, site_host):
            moved.append(_own_address(entry, site_host, shared))
        elif entry.link and _page_key(entry.link) in shared:
            moved.append(_own_address(entry, site_host, shared))
        else:
            moved.append(entry)
    return moved


def _own_address(
    entry: FeedEntry, site_host: str | None, shared: frozenset[tuple[str, str, str, str]]
) -> FeedEntry:
    """The entry linked to its "more »" link, its guid's page or its episode file, else to the
    shared page with no canonical URL."""
    more = _more_link(entry.content_html)
    if more and _page_key(more[0]) not in shared:
        link, text = more
        return replace(entry, link=link, canonical_url=canonical_url(link), content_html=text)
    if page := _own_page(entry, site_host, shared):
        # Its anchor kept: "knallbunt.html#08062011" is its place on the page the items share.
        canonical = anchored(page, canonical_url(page), frozenset({page.partition("#")[0]}))
        return replace(entry, link=page, canonical_url=canonical)
    if entry.media_url:
        link = _measured_file(entry.media_url)
        return replace(entry, link=link, canonical_url=link)
    # Nothing of its own: the shared page stays the post's link, but is no key of its story (it
    # would make every item one story, and post only the first). Judged posts split on such a
    # link (a publications list and a portfolio's home rejected, 5 posts; a city's forecast
    # page, a changelog and a game's home published, 8): items that live on one page link it.
    # The link as posts show it (its canonical form: trackers such as "from=rss" dropped).
    return replace(entry, link=entry.canonical_url or entry.link, canonical_url=None)
