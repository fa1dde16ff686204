"""URL canonicalisation: one article reached through different links gets one key."""

from __future__ import annotations

import functools
import html
import re
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import courlan
from courlan.clean import TRACKERS_RE
from w3lib.url import canonicalize_url

from bot.parsing.url_hosts import host_of

# Tracking parameters courlan's list (utm_*, fbclid, mc_*, xtor, ...) misses, seen on news
# sites' feed links: DW's maca, heise's wt_mc, CSM's icid, Adobe's at_*/s_cid/cmp/cmpid/ocid, cmp_id
# (a campaign code whatever its value: ÖAMTC's cmp=spfd, Hulu's cmp=2677),
# Reuters' feedType/feedName, WaPo's wprss, NYT's smid, HubSpot's _hs*, Marketo's mkt_tok,
# Interchange shops' mv_pc/mv_source (a non-numeric mv_pc is the partner who sent the reader),
# Ziff Davis's key code kc (eWeek, PCMag: "?kc=rss", "kc=PCRSS03079TX1K0000584",
# "&kc=eweekarticle112608" on a link inside a story).
_MORE_TRACKERS = re.compile(
    r"kc|maca|wt_?[a-z]*|icid|at_[a-z_]+|ocid|cmp(?:_?id)?|s_cid|xtor|mc_[a-z]+|feedtype|feedname|"
    r"wprss|smid|ns_[a-z_]+|sr_share|_hs[a-z]+|mkt_tok|ito|ref_?src|rss_?(?:id|ref)?|"
    r"share(?:_?(?:source|id|medium))?|soc_(?:src|trk)|__twitter_impression|dicbo|mv_pc|mv_source",
    re.IGNORECASE,
)

# A parameter that tells the site the reader came from its feed (Slashdot's from=rss, NYT's
# emc=rss, partner=rss, ref=rss, WSJ's mod=rss_whats_news_us, ScienceDirect's dgcid=rss_sd_all,
# MyAnimeList's _location=rss):
# tracking when the value names the feed. Keys that pick a format (feed=rss2, type=rss,
# format=rss) are no such thing and stay.
# MTV Networks' sites (VH1, MTV) name the key after the feed too: rsspartner=rssMozilla.
_FEED_SOURCE_KEY = re.compile(
    r"(?:rss_?)?(?:from|emc|partner|ref|source|src|traffic_source|via|dgcid|mod|cmp|campaign|aid|"
    r"origin|x|_?location)",
    re.IGNORECASE,
)
# The value names the feed, alone or run into a reader's name in camel case ("rssMozilla").
_FEED_SOURCE_VALUE = re.compile(r"(?i:rss|atom|feeds?)(?:\d*|[_-][\w-]*|[A-Z][A-Za-z0-9_-]*)")

# An HTML entity with its semicolon ("&amp;", "&#38;"), the only kind a link may still carry.
_ENTITY = re.compile(r"&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")

# Characters a bare query keeps as written (RFC 3986 query characters and escapes).
_QUERY_SAFE = "/?:@!$&'()*+,;=-._~%"

# A URL both libraries give back as it is: lower-case scheme and host (no port, user, "xn--"
# label or "--"), a path of unreserved characters with no empty, "." or ".." segment, no
# query, no fragment. courlan and w3lib cost ~0.03 ms a link, most feed links are already
# like this, and tests/test_urls.py holds the shortcut to the libraries' answer on every
# link of the corpus. A host of digits and dots is left to them: w3lib 2.6 (2026-12) writes
# an IPv4 address's octal or hex parts in decimal ("0177.0.0.1" → "127.0.0.1"), 2.5 did not.
_ALREADY_CANONICAL = re.compile(
    r"https?://(?![^/]*--)(?![0-9.]+(?:/|$))[a-z0-9-]+(?:\.[a-z0-9-]+)+"
    r"(?:(?:/(?!\.\.?(?:/|$))[A-Za-z0-9._~-]+)+/?|/)"
)


# A flag that says the reader came from the feed, in a key named for the feed: "nucrss=1"
# (NuCleus), HighWire journals' "rss=1", DR's "rss=true". The page is the same without it;
# a key choosing the feed's format has a format for its value ("feed=rss2"), no flag.
_FEED_FLAG_KEY = re.compile(r"[a-z_]*rss[a-z_]*|feeds?|atom", re.IGNORECASE)
_FLAG_VALUES = frozenset({"1", "true", "yes", "y", "on"})


# A value that names the channel the reader came by, whatever its key: Bild's "o=RSS", CNET's
# "part=rss", SFGate's "feed=rss.wine", Macworld's "lsrc=rss_main", the Post's "nav=rss_nation",
# the Times' "partner=rssnyt", Engadget's "ncid=rss_truncated", Guardian's "gusrc=rss". A bare
# channel word (a version at most) under a key choosing a format is the format ("feed=rss2",
# "type=atom", "view=rss", "skin=rss"); under a key naming content it is that content (a search
# "s=RSS", "q=rss.xml", a tag page "tag=feed", a wiki's "page=RSS").
_CHANNEL_WORD = re.compile(r"(?i:rss|atom|feeds?|xml|syndication)")
_CHANNEL_VERSION = re.compile(r"(?i:rss|atom|feeds?|xml)\d+(?:\.\d+)?")  # a format: "RSS2.0"
_CHANNEL_SECTION = re.compile(
    r"(?i:rss|atom|feeds?|xml|syndication)[._-][A-Za-z][\w.-]*|rss[a-z]{2,}(?:[._-][\w.-]+)?"
    r"|rss[A-Z][A-Za-z]+",
    re.IGNORECASE,
)
_FORMAT_KEY = re.compile(
    r"feeds?|feed_?url|type|format|fmt|view|skin|output|alt|do|cmd|service|_?render|mode|flavou?r|"
    r"kind|style|template|tpl|theme|op|method|version",
    re.IGNORECASE,
)
_CONTENT_KEY = re.compile(
    r"s|q|query|search|keywords?|terms?|tags?|cat|categor(?:y|ies)|labels?|topics?|name|title|"
    r"subject|uri|url|host|file|path|page|action|id|p|alt|content_?type",
    re.IGNORECASE,
)


def _names_channel(key: str, value: str) -> bool:
    if not value or _CONTENT_KEY.fullmatch(key) or _CHANNEL_VERSION.fullmatch(value):
        return False
    if _CHANNEL_WORD.fullmatch(value):
        return not _FORMAT_KEY.fullmatch(key)
    return bool(_CHANNEL_SECTION.fullmatch(value))


# IBM developerWorks' campaign code ("?ca=drs-", "ca=dgr-lnxw07RubySys"): "ca" with a code of
# letters and a dash for its value; no other "ca" on corpus + pool links (100 of 100 are these).
_CAMPAIGN_CODE = re.compile(r"[a-z]{3}-[A-Za-z0-9]*")


def _is_tracker(key: str, value: str) -> bool:
    if _MORE_TRACKERS.fullmatch(key) or (key == "ca" and _CAMPAIGN_CODE.fullmatch(value)):
        return True
    if value.lower() in _FLAG_VALUES and _FEED_FLAG_KEY.fullmatch(key):
        return True
    if _FEED_SOURCE_KEY.fullmatch(key) and _FEED_SOURCE_VALUE.fullmatch(value):
        return True
    if _NAMED_FEED_VALUE.fullmatch(value):
        return True
    return _names_channel(key, value)


# A value naming one of the site's feeds by words after "rss-" ("cloc=rss-news-star", JoongAng's
# click location, held-out sample 32): a click's source under any key. A format's value has no
# such words ("rss", "rss2", "rss-2.0").
_NAMED_FEED_VALUE = re.compile(r"(?i:rss|atom|feeds?)[_-](?=[\w-]*[A-Za-z])[\w-]+")


# The New York Times' in-site click tracking ("?action=click&module=audio-series-bar&region=
# header&pgtype=Article", Serial's feed): where "action=click" says so, the keys that place the
# click on the page go with it; "module" or "region" alone may be a page's own.
_CLICK_PLACEMENT = frozenset({"action", "module", "region", "pgtype", "contentcollection"})


# Podcast hosts' ad-insertion tracking on episode files (Simplecast for Stitcher, NYT, Crooked:
# "default.mp3?aid=rss_feed&awCollectionId=…&awEpisodeId=…&feed=dHoohVNH"): AdsWizz's aw*
# keys (case-sensitive: "award" is no such key); with them, "feed" names the listener's feed.
_AD_INSERTION_KEY = re.compile(r"aw[A-Z]\w*")


# Beside a key naming the channel, on a static page (".html", which no "tag" selects), "tag" and
# "subj" place the feed's link too: CBS Interactive's "?part=rss&subj=news&tag=2547-1_3-0-20"
# (CNET, ZDNet's "tag=feed&subj=zdnn").
_CHANNEL_PLACEMENT = frozenset({"tag", "subj"})


def _tracked_with(pairs: list[tuple[str, str]], path: str = "") -> frozenset[str]:
    """Keys that are tracking only beside others (a click's placement, an ad server's feed)."""
    if any(k.lower() == "action" and v.lower() == "click" for k, v in pairs):
        return _CLICK_PLACEMENT
    if path.endswith((".html", ".htm")) and any(_names_channel(k, v) for k, v in pairs):
        return _CHANNEL_PLACEMENT
    ad_keys = frozenset(k.lower() for k, _ in pairs if _AD_INSERTION_KEY.fullmatch(k))
    return ad_keys | {"feed"} if ad_keys else frozenset()


def _echoes(pairs: list[tuple[str, str]], gone: list[tuple[str, str]]) -> frozenset[str]:
    """Referrer keys (src, source, from, …) whose value repeats a tracker's code: the same tag
    under a second key (Ziff Davis's "&kc=eweekarticle112608&src=eweekarticle112608")."""
    codes = {v for _, v in gone if len(v) >= 6}
    if not codes:
        return frozenset()
    return frozenset(k.lower() for k, v in pairs if v in codes and _FEED_SOURCE_KEY.fullmatch(k))


def _without_more_trackers(url: str) -> str:
    parts = urlsplit(url)
    if not parts.query:
        return url
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    beside = _tracked_with(pairs, parts.path) | _echoes(
        pairs, [(k, v) for k, v in pairs if _is_tracker(k, v)]
    )
    kept = [(k, v) for k, v in pairs if not _is_tracker(k, v) and k.lower() not in beside]
    if len(kept) == len(pairs):
        return url
    return urlunsplit(parts._replace(query=urlencode(kept)))


def without_trackers(url: str) -> str:
    """`url` as written, less its tracking parameters (courlan's list and newsbot's)."""
    # For a link shown as it is (the credit's site link), where canonical_url's sorting and
    # re-escaping would change an address that needs no change.
    parts = urlsplit(url)
    if not parts.query:
        return url
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    gone = [(k, v) for k, v in pairs if _is_tracker(k, v) or TRACKERS_RE.search(k.lower())]
    beside = _tracked_with(pairs, parts.path) | _echoes(pairs, gone)
    kept = [(k, v) for k, v in pairs if (k, v) not in gone and k.lower() not in beside]
    if len(kept) == len(pairs):
        return url
    return urlunsplit(parts._replace(query=urlencode(kept)))


def canonical_url(url: str) -> str | None:
    """The article URL with tracking parameters, fragment and case noise removed."""
    # courlan strips the tracking parameters (utm_*, fbclid, gclid, ...) and lower-cases the
    # host, newsbot's list strips those courlan misses; w3lib sorts the query and normalises
    # percent-escapes. None for a non-http(s) URL.
    url = url.strip()
    if _ALREADY_CANONICAL.fullmatch(url):
        return url
    return canonical_by_libraries(url)


def canonical_by_libraries(url: str) -> str | None:
    """canonical_url without its shortcut for links already canonical (stripped `url`)."""
    try:
        # An entity escaped twice by the feed ("&amp;amp;report_id=") is undone here: courlan
        # would unescape a string again, also "&region=" (HTML's legacy "&reg") into "®ion=".
        parts = urlsplit(_ENTITY.sub(lambda m: html.unescape(m.group()), url))
    except ValueError:  # e.g. "http://[not-an-address/": not a usable link
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    # A query with no "=" is an address, not parameters (Dotclear's "index.php?2006/06/27/183-
    # slug", "default.asp?4471"): both libraries would drop or rewrite it ("…slug="), which
    # links the site's home. One naming the feed ("?rss") is a tracker.
    bare_query = parts.query if parts.query and "=" not in parts.query else ""
    if bare_query:
        parts = parts._replace(query="")
        bare_query = "" if _FEED_SOURCE_VALUE.fullmatch(bare_query) else bare_query
    try:
        cleaned = courlan.normalize_url(parts)  # a SplitResult: no second unescaping
    except (ValueError, TypeError):
        cleaned = urlunsplit(parts)
    valueless = _valueless_keys(parts.query)
    if valueless:
        cleaned = _with_keys(cleaned, valueless)
    canonical = str(canonicalize_url(_without_more_trackers(cleaned), keep_fragments=False))
    if "://" in parts.path:
        canonical = _with_carried_schemes(canonical)
    if valueless:
        canonical = _as_written(canonical, parts.query, {n for n, bare in valueless if bare})
    return f"{canonical}?{quote(bare_query, safe=_QUERY_SAFE)}" if bare_query else canonical


# An address carried whole in a path ("toucharcade.com/link/http://phobos.apple.com/…", a
# redirector's) needs its "//": courlan collapses every run of slashes in a path, which
# leaves "…/link/http:/phobos…", a dead link. Only the "//" after a carried scheme comes back.
_CARRIED_SCHEME = re.compile(r"(?<=/)(https?|ftp):/(?=[^/])", re.IGNORECASE)


def _with_carried_schemes(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=_CARRIED_SCHEME.sub(r"\1://", parts.path)))


# courlan drops every query key without a value, but a script may need one: wildkidz.com's
# "getLink.php?idx=926&go" redirects only with its "go" ("?idx=926" is a dead page). A key
# is left out only for tracking, never for having no value; written bare, it stays bare.
def _valueless_keys(query: str) -> list[tuple[str, bool]]:
    """The query's keys without a value that are no trackers, each with whether it is
    written bare ("&go") rather than empty ("&go=")."""
    if not query:
        return []
    found = []
    for part in query.split("&"):
        name, equals, value = part.partition("=")
        tracker = _is_tracker(name, "") or TRACKERS_RE.search(name.lower())
        if name and not value and not tracker:
            found.append((name, not equals))
    return found


def _with_keys(url: str, keys: list[tuple[str, bool]]) -> str:
    parts = urlsplit(url)
    added = "&".join(f"{name}=" for name, _ in keys)
    return urlunsplit(parts._replace(query=f"{parts.query}&{added}" if parts.query else added))


def _as_written(url: str, written: str, bare: set[str]) -> str:
    """`url` with its query in the order of `written` (the feed's query) and the keys in
    `bare` without "=", as the feed wrote them."""
    # A script that takes a bare flag may read its query as a string ("?idx=926&go"), so its
    # order stays too; such links are few, and keyed in the order their feed writes them.
    order = {name: at for at, name in reversed(list(enumerate(_key_names(written))))}
    parts = urlsplit(url)
    pairs = sorted(parts.query.split("&"), key=lambda p: order.get(p.partition("=")[0], len(order)))
    query = "&".join(p[:-1] if p.endswith("=") and p[:-1] in bare else p for p in pairs)
    return urlunsplit(parts._replace(query=query))


def _key_names(query: str) -> list[str]:
    return [part.partition("=")[0] for part in query.split("&")]


# An absolute URL urlsplit takes apart without any of its checks (no tab or newline to drop,
# no brackets, a plain scheme): netloc, path and query by one match. urlsplit is behind an
# lru_cache that a new link never hits. On the 8,752 canonical links of bench/ingest_stages.py
# --copies 4: 5.7-7.1 us a key through urlsplit, 1.8-2.1 us by the match (about 0.35 s of CPU
# over bench/ingest.py's 75,598 entries). tests/test_urls.py holds it to urlsplit's answer on
# every address of the corpus.
_PLAIN_URL = re.compile(
    r"[A-Za-z][A-Za-z0-9+.-]*://([^/?#\[\]\t\r\n]*)(/[^?#\t\r\n]*)?(?:\?([^#\t\r\n]*))?(?:#([^\t\r\n]*))?"
)


def url_key(canonical: str) -> str:
    """The story-matching key of a canonical URL: scheme and a leading `www.` do not count.
    An anchor counts: a canonical link keeps one only where it tells a page's items apart."""
    plain = _PLAIN_URL.fullmatch(canonical)
    if plain is None or not plain.group(1).isascii():
        return url_key_by_urlsplit(canonical)
    netloc, path, query, fragment = plain.groups()
    return _key(netloc, path or "", query or "", fragment or "")


def url_key_by_urlsplit(canonical: str) -> str:
    """url_key without its shortcut for plain URLs."""
    parts = urlsplit(canonical)
    return _key(parts.netloc, parts.path, parts.query, parts.fragment)


def _key(netloc: str, path: str, query: str, fragment: str) -> str:
    # Sites serve one article over http and https, with and without www; those are one story.
    host = netloc.lower()
    if host.startswith("www."):
        host = host[4:]
    if host.endswith(":80") or host.endswith(":443"):
        host = host.rsplit(":", 1)[0]
    return (
        host + (path or "/") + (f"?{query}" if query else "") + (f"#{fragment}" if fragment else "")
    )


def registered_domain(url: str | None) -> str | None:
    """Registered domain ("abc.net.au") of a URL or bare host; None when there is none."""
    if not url:
        return None
    text = url.strip()
    if "://" not in text:
        text = "http://" + text
    try:
        host = host_of(urlsplit(text))
    except ValueError:  # a malformed address in feed text ("http://[::1")
        return None
    if not host or "." not in host:
        return None
    return _host_domain(host)


@functools.lru_cache(maxsize=4096)
def _host_domain(host: str) -> str:
    # Cached: an aggregated feed's check asks for the same few hosts hundreds of times.
    domain = courlan.extract_domain("http://" + host)
    return str(domain) if domain else host.removeprefix("www.")  # unknown suffix: keep the host
