"""Which URL an entry's post links to: the article itself, not a redirector or a script."""

from __future__ import annotations

import base64
import binascii
import functools
import ipaddress
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import SplitResult, parse_qsl, urljoin, urlsplit, urlunsplit

from tld import get_tld

from bot.parsing.click_paths import carried_address, click_path_target
from bot.parsing.click_queries import click_query_target
from bot.parsing.guid_permalinks import permalink_guid
from bot.parsing.media_prefixes import without_measurement_prefixes
from bot.parsing.mirrored_paths import mirrored_target
from bot.parsing.proxy_hosts import unproxied
from bot.parsing.redirectors import encoded_path_target, unescaped_query
from bot.parsing.url_hosts import host_of
from bot.parsing.url_schemes import with_feed_scheme, with_scheme_once
from bot.parsing.urls import registered_domain, without_trackers

# Elements in which a feed service keeps the publisher's own link when it rewrites <link> to go
# through itself (feedparser names them prefix_localname): FeedBurner, Pheedo, and the
# generic ones some CMSs write.
_ORIGINAL_LINK_KEYS = (
    "feedburner_origlink",
    "pheedo_origlink",
    "origlink",
    "orig_link",
    "fs_srclink",  # Feedsky's
)
# Any other service's element of that name, in its own namespace (Slinkset's
# "slinkset:origLink", read as "slinkset_origlink"): the family, not a list of services.
_ORIGINAL_LINK_SUFFIXES = ("_origlink", "_orig_link")
_ORIGINAL_LINK_RELS = ("original", "canonical")
# Hosts and paths that only redirect to the article (FeedBurner's "~r" paths live on
# publishers' own feed hosts too: feeds.reuters.com/~r/...).
_REDIRECT_HOSTS = (
    "feedproxy.google.com",
    "feeds.feedburner.com",
    "feedsportal.com",
    "pheedo.com",
    "item.feedsky.com",
    "feediz.com",
)
_REDIRECT_HOST_PREFIXES = (
    "click.",
    "clicks.",
    # Ad servers' and affiliate networks' click counters ("clk.atdmt.com/AVE/go/…",
    # "clk.tradedoubler.com/click?…"): a sponsor's link, never the page a text cites.
    "clk.",
    "adclick.",
    "track.",
    "tracking.",
    "redirect.",
    "feediz.",
)
_REDIRECT_PATH_MARKS = ("/~r/", "/click.phdo", "/~/")
# Feed services whose every article link is a click counter: FeedPress's
# "feedpress.me/link/<feed>/<item>/<slug>" (its own feeds live on the same host, never linked).
_REDIRECT_HOST_PATHS = (("feedpress.me", "/link/"), ("feedpress.it", "/link/"))
# Paths of a site's own redirect endpoint ("google.com/url?url=…", "retriever-info.com/go/?u=…"):
# with a target address in the query, the link is a redirect wherever it is hosted.
# A script named so ("socialpsychology.org/client/redirect.php?…&url=…") is one too, in any
# folder: the last segment without its script extension.
_REDIRECT_ENDPOINTS = frozenset({"url", "go", "redirect", "redir", "out", "click", "link", "r"})
_REDIRECT_NAMES = frozenset({"url", "redirect", "redir"})
_SCRIPT_EXTENSION = re.compile(r"\.(?:php\d?|aspx?|jsp|cgi|pl)$", re.IGNORECASE)
# Query parameters in which click trackers carry the address they send the reader to.
_TARGET_PARAMETERS = ("url", "u", "target", "dest", "destination", "redirect", "to", "link")


# Hosts a subscriber can never open: a site generator's local preview server (Jekyll's
# "localhost:4000" left in a feed built on the author's machine) and names of no public site
# (mDNS, home networks). Literal private and loopback addresses are checked by ipaddress.
_LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})
_LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".lan", ".home.arpa")
# Site templates' own demo sites: a feed whose `siteUrl` setting was never changed links every
# post there (the Tailwind Next.js starter's is on Vercel), where the article is not.
_TEMPLATE_DEMO_HOSTS = frozenset(
    {
        "tailwind-nextjs-starter-blog.vercel.app",
        "gatsby-starter-blog-demo.netlify.app",
        "gatsbystarterblogsource.gatsbyjs.io",
        "hugo-theme-stack-starter.pages.dev",
        "astro-paper.pages.dev",
    }
)


@functools.lru_cache(maxsize=4096)
def is_unreachable_host(host: str) -> bool:
    """True for a host no subscriber can reach: loopback, private or reserved addresses and
    names, and a site template's demo site."""
    host = host.lower().rstrip(".")
    if host in _LOCAL_NAMES or host.endswith(_LOCAL_SUFFIXES) or host in _TEMPLATE_DEMO_HOSTS:
        return True
    try:
        ip = ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return False
    return not ip.is_global or ip.is_multicast


def servable_link(link: str | None, base: str) -> str | None:
    """`link`, or for one on an unreachable host its path rebased onto `base` (the feed's own
    public address); None when there is none: a dead link is worse than none."""
    # Security rule too: a post never sends readers to a private or loopback address, except
    # the feed's own host, which the operator allowed by subscribing it (checked on fetching).
    host = host_of(urlsplit(link or "")) or ""
    if link is None or not is_unreachable_host(host):
        return link
    home = urlsplit(base)
    if home.scheme not in ("http", "https") or not (home_host := host_of(home)):
        return None
    if home_host == host:
        return link
    if is_unreachable_host(home_host):
        return None
    return urlunsplit(urlsplit(link)._replace(scheme=home.scheme, netloc=home.netloc))


def web_url(value: Any, base: str = "") -> str | None:
    """`value` as an absolute http(s) URL (a relative one resolved against `base`), or None:
    `javascript:`, `data:`, `mailto:` and tag URIs are never links."""
    if not isinstance(value, str) or not (text := value.strip()):
        return None
    text = with_scheme_once(text)
    try:
        # urljoin is the costly part, and most links are absolute already.
        if text.startswith("//"):
            text = with_feed_scheme(text, base)
        elif not text.startswith(("http://", "https://")):
            text = schemeless_address(text, base) or (urljoin(base, text) if base else text)
        parts = urlsplit(text)
    except ValueError:  # "http://[not-an-address/": no usable link
        return None
    if parts.scheme.lower() not in ("http", "https") or not (host := host_of(parts)):
        return None
    return unescaped_query(_host_not_repeated(text, parts, host))


def _host_not_repeated(url: str, parts: SplitResult, host: str) -> str:
    """The URL without its own host (`parts.hostname`) repeated as a folder
    ("https://coghlan.me/coghlan.me/post/" → "https://coghlan.me/post/")."""
    # A site's host is never a folder of its pages. feedparser resolves a host-first link
    # without scheme against the feed's address as a path; some generators put the site's
    # address before full addresses (explog.in).
    own = host.removeprefix("www.")
    at = max(parts.path.find(f"/{own}/"), parts.path.find(f"/www.{own}/"))
    if at < 0:
        return url
    return urlunsplit(parts._replace(path=parts.path[parts.path.index("/", at + 1) :]))


def schemeless_address(text: str, base: str = "") -> str | None:
    """An address written host first without its scheme ("coghlan.me/post/") with the scheme
    put back; None for a path relative to the page ("posts/1") or an address with a scheme."""
    # A Jekyll site whose `url` setting lacks "https://" writes every link this way.
    first, slash, _ = text.partition("/")
    if not slash or "." not in first or ":" in first or first.startswith((".", "#", "?")):
        return None
    parts = urlsplit(base)
    if parts.scheme in ("http", "https") and parts.hostname:
        # On a web page's base a host-first link is the page's own host written again; any
        # other first segment ("2024.01/…") is a path relative to the page.
        own = parts.hostname.removeprefix("www.")
        return f"{parts.scheme}://{text}" if first.lower().removeprefix("www.") == own else None
    # No web base (a feed read from a file): a first segment that is a domain under a public
    # suffix is a host; "entries/entry.html" or "blog/post/1" ("blog" alone is a suffix, no
    # domain) are relative paths.
    found = get_tld(f"https://{first}", as_object=True, fail_silently=True)
    if found is None or isinstance(found, str) or not found.domain:
        return None
    return f"https://{text}"


def logo_home(image_link: Any, site: str) -> str | None:
    """The logo's <link> when it is a page of `site`'s registrable domain and no feed file:
    the home page ("http://www.geekpark.net") a channel linking a feed file does not give."""
    home = web_url(image_link)
    if home is None or re.search(r"\.(?:xml|rss|atom|rdf)$", urlsplit(home).path, re.I):
        return None
    own = registered_domain(site)
    return home if own is not None and own == registered_domain(home) else None


def is_redirector(url: str) -> bool:
    """True for a feed service's or click tracker's redirecting link (it hides the article)."""
    parts = urlsplit(url)
    host = (host_of(parts) or "").lower()
    if any(host == h or host.endswith("." + h) for h in _REDIRECT_HOSTS):
        return True
    if any(host.endswith(h) and parts.path.startswith(p) for h, p in _REDIRECT_HOST_PATHS):
        return True
    return host.startswith(_REDIRECT_HOST_PREFIXES) or any(
        mark in parts.path for mark in _REDIRECT_PATH_MARKS
    )


# A slug worth matching: words joined by "-" or "_", or one long word; no file ("media.mp3").
_SLUG = re.compile(r"[\w%]+(?:[-_][\w%]+)+|[\w%]{12,}")


def carried_target(raw: Mapping[str, Any], redirect: str) -> str | None:
    """The publisher's own address of the page a redirect ends in, where the entry carries it
    in an element of its own (detektor.fm's <clink>, WordPress's <comments> "…#respond")."""
    # FeedPress and FeedBurner keep the article's slug as the redirect's last segment; a page
    # of the entry's that ends in the same slug is the article (its comment feed ends "/feed").
    slug = urlsplit(redirect).path.rstrip("/").rpartition("/")[2]
    if not _SLUG.fullmatch(slug):
        return None
    found: list[str] = []
    for value in raw.values():
        if not isinstance(value, str) or not value.startswith(("http://", "https://")):
            continue
        parts = urlsplit(value.strip())
        if parts.path.rstrip("/").endswith("/" + slug) and not is_redirector(value):
            found.append(urlunsplit(parts._replace(fragment="")))
    return min(found, key=len) if found else None


def is_redirect_endpoint(url: str) -> bool:
    """Whether `url`'s path is a redirect script ("/url", "/go/", "…/redirect.php")."""
    raw_path = urlsplit(url).path.lower()
    folder, _, name = raw_path.rstrip("/").rpartition("/")
    script = _SCRIPT_EXTENSION.sub("", name)
    # "url" or "redir" names a redirect in any folder (Google News's "/news/url?…&url=…"); a
    # folder so named ("/blog/redirect/?url=…") is the site's own page (session 11).
    bare = not folder or (script in _REDIRECT_NAMES and not raw_path.endswith("/"))
    return script in _REDIRECT_ENDPOINTS and (bare or script != name)


def _embedded_target(url: str) -> str | None:
    """The article address a click tracker carries in its query (`?url=https://...`)."""
    for name, value in parse_qsl(urlsplit(url).query):
        if name.lower() in _TARGET_PARAMETERS and (target := web_url(value)):
            return target
    return None


# Google News links each item through news.google.com/[__i/rss/rd/]articles/<id>, where the
# id is a base64url protobuf that (in the format of its RSS feeds up to 2024) holds the
# article's address as field 4, a length-prefixed string: 0x08 0x13 0x22 <length> <url>.
# Ids of the newer format hold no address and stay as they are.
_NEWS_AGGREGATOR_ARTICLE = re.compile(r"/(?:__i/rss/rd/)?(?:rss/)?articles/(CBMi[\w-]+)")


def aggregator_target(url: str) -> str | None:
    """The article address a Google News item link carries in its id, if it carries one."""
    parts = urlsplit(url)
    if (host_of(parts) or "").lower() != "news.google.com":
        return None
    found = _NEWS_AGGREGATOR_ARTICLE.match(parts.path)
    if found is None:
        return None
    token = found.group(1)
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (ValueError, binascii.Error):
        return None
    if raw[:3] != b"\x08\x13\x22":
        return None
    length, shift, at = 0, 0, 3
    while at < len(raw) and at < 6:  # the string's length, a varint (7 bits a byte)
        length |= (raw[at] & 0x7F) << shift
        shift, at = shift + 7, at + 1
        if not raw[at - 1] & 0x80:
            break
    target = raw[at : at + length]
    if len(target) != length:
        return None
    return web_url(target.decode("utf-8", "replace"))


def original_link(raw: Mapping[str, Any], base: str) -> str | None:
    """The publisher's own link a feed service kept beside its redirect (origLink), else None."""
    for key in (*_ORIGINAL_LINK_KEYS, *(k for k in raw if k.endswith(_ORIGINAL_LINK_SUFFIXES))):
        # A feed burned twice keeps the first service's redirect as its "original" (FeedBurner
        # of a TypePad feed: "feeds.feedburner.com/~r/typepad/…"): no original then.
        if (url := web_url(raw.get(key), base)) and not is_redirector(url):
            return url
    for link in raw.get("links") or []:
        if link.get("rel") in _ORIGINAL_LINK_RELS and (url := web_url(link.get("href"), base)):
            return url
    return None


# Words, not an address: a <link> holding an element (`<a href="…/index.php">headline</a>`,
# whose text feedparser reads) or a sentence; made a path, they lead nowhere.
_WORDS_NOT_ADDRESS = re.compile(r"\s*[^\s/:]+(?:\s+[^\s/]+)+\s*")
# A protocol-relative address: "//", then a host with a dot in it.
_PROTOCOL_RELATIVE = re.compile(r"//[\w-]+(?:\.[\w-]+)+(?:[:/?#]|$)")


def _own_link(raw: Mapping[str, Any], base: str) -> str | None:
    link = raw.get("link")
    if isinstance(link, str) and _WORDS_NOT_ADDRESS.fullmatch(link):
        return None
    if raw.get("guidislink") and isinstance(link, str):
        # A guid standing in for <link> is a web address only when absolute, protocol-relative
        # ("//www.mlook.mobi/book/info/1") or a path on the feed's site ("/news/1"); "123" is
        # an id, not a page next to the feed, and "//" alone no address.
        link = link.strip()
        if not link.lower().startswith(("http://", "https://", "/")) or (
            link.startswith("//") and not _PROTOCOL_RELATIVE.match(link)
        ):
            return None
    return web_url(link, base)


def entry_link(raw: Mapping[str, Any], base: str) -> str | None:
    """The article link of a feedparser entry: the original link a feed service kept, else
    its own link (unwrapped from a click tracker), else its permalink guid; None for none."""
    link = permalink_guid(raw, _chosen_link(raw, base))
    if link is None:
        return None
    # A podcast episode linked by its file: the file, not an analytics service's redirect.
    return without_measurement_prefixes(mirrored_target(unproxied(link, raw.get("id"), base)))


def _chosen_link(raw: Mapping[str, Any], base: str) -> str | None:
    if original := original_link(raw, base):
        return original
    link = _own_link(raw, base)
    if link is None:
        # feedparser already made a permalink guid the link (RSS's default, Atom's http id);
        # without a <link>, what is left is a guid its feed says is not one
        # (isPermaLink="false"). A <link> that is no web address (javascript:, data:) leaves
        # the guid as the one address the entry has.
        return web_url(raw.get("id")) if raw.get("link") and not raw.get("guidislink") else None
    if whole := _unwrapped(raw.get("link"), raw.get("id")):
        return web_url(whole, base) or link
    if is_redirect_endpoint(link) and (target := _embedded_target(link)):
        return aggregator_target(target) or target
    if target := aggregator_target(link):
        return target
    if target := encoded_path_target(link):  # Feedsportal's "…/l/0L0Ssite0Bfr…/story01.htm"
        return target
    if target := carried_address(link) or click_path_target(link):  # "host/rss/click/www.b/…"
        unreachable = is_unreachable_host(urlsplit(target).hostname or "")  # never a private one
        return link if unreachable else web_url(target) or link
    if target := click_query_target(raw, link):  # "host/feeder/?FeederAction=clicked&seed=…"
        return web_url(target) or link
    if is_redirector(link):
        # The target a tracker carries, else a guid on the publisher's own site, beats a
        # redirector that hides the article (and keeps tracking readers).
        if target := _embedded_target(link):
            return target
        # The page the redirect's slug names beats a guid ("detektor.fm/?p=2813881", a
        # shortlink). The guid is read only here: most entries' link is their own.
        if target := carried_target(raw, link):
            return target
        guid = web_url(raw.get("id"))
        if guid is not None and not is_redirector(guid):
            return guid
    return link


def _unwrapped(raw_link: Any, raw_id: Any) -> str | None:
    """The entry's address where its file, wrapped at 72 columns, broke <link> (and maybe the
    id) over two lines: the id, unbroken, says what it was."""
    # "…Internally.ht" / "ml" (dev.fyicenter.com); XML reads a break in an attribute as a space.
    if not isinstance(raw_link, str) or not isinstance(raw_id, str):
        return None
    # Two pieces or more: a space between two of its characters (one split instead of a
    # search and a split: 1.3 -> 0.15 us an entry of the bench's news feeds).
    pieces = raw_link.split()
    if len(pieces) < 2:
        return None
    whole = "".join(pieces)
    # A space in the path of link and id alike is the address's own ("…/getting-started
    # with-apimaan-…", 1saif.me): encoded. A line break is a wrap; a fragment's spaces go (s27).
    path = raw_link.strip().split("#")[0]
    if raw_link.strip() == raw_id.strip() and " " in path and "\n" not in path:
        return None
    return whole if whole == "".join(raw_id.split()) else None


def episode_file(entry: Mapping[str, Any], base: str) -> str | None:
    """The first audio or video enclosure's address (a podcast episode's file), without the
    prefixes of analytics services in front of it nor ad-insertion tracking after it."""
    # FeedBurner's own copy of the file's address beats its redirect ("feedproxy.google.com/
    # ~r/blueroom/~5/…/blueroom44.mp3" kept as "libsyn.com/media/…/blueroom44.mp3").
    if original := web_url(entry.get("feedburner_origenclosurelink"), base):
        return without_trackers(without_measurement_prefixes(original))
    enclosures = list(entry.get("enclosures") or [])
    enclosures += [link for link in entry.get("links") or [] if link.get("rel") == "enclosure"]
    for item in enclosures:
        # "videox-/m4v" (a typo'd type, Die Linke's podcast) is a video too.
        if re.search(r"audio|video", str(item.get("type") or "")):
            if url := web_url(item.get("href"), base):
                return without_trackers(without_measurement_prefixes(url))
    return None
