"""Addresses a summary's inline link may not go to, or goes to repaired: a listing by query
("?tag=port"), a host that is no host name, a tool's page, a host repeated, an associate's tag."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import parse_qsl, urlsplit, urlunsplit

# A blog's listing asked by query on its front script: WordPress's "?tag=port", "?cat=12",
# "?s=word", "?category_name=…", "?tag_id=", Drupal's and others' "?tags=", "?label=".
_LISTING_KEYS = frozenset(
    {"tag", "tags", "tag_id", "cat", "category", "category_name", "s", "label", "labels"}
)
# Keys that only page or sort such a listing.
_LISTING_EXTRA = frozenset({"paged", "page", "feed", "orderby", "order", "lang"})
_FRONT_SCRIPT = re.compile(r"/?(?:index\.php|index\.html?|blog/?|blog/index\.php)?", re.IGNORECASE)
_ASSOCIATE_TAG = re.compile(r"[\w.]+-2\d")


def is_listing_query(url: str) -> bool:
    """Whether `url` is a site's tag, category or search listing asked by query on its front
    page or script ("jjjjj.es/?tag=port", "/index.php?cat=12&paged=2")."""
    parts = urlsplit(url)
    if not parts.query or not _FRONT_SCRIPT.fullmatch(parts.path):
        return False
    keys = {k.lower() for k, _ in parse_qsl(parts.query, keep_blank_values=True)}
    # An associate's "tag=name-20" on a shop's front page is L15b's affiliate kit, not a listing.
    tag = dict(parse_qsl(parts.query)).get("tag", "")
    return (
        bool(keys & _LISTING_KEYS)
        and keys <= _LISTING_KEYS | _LISTING_EXTRA
        and not _ASSOCIATE_TAG.fullmatch(tag)
    )


# An Amazon-style product path with the associate's tag as its last folder:
# "/exec/obidos/ASIN/0321573552/mordycom-20", "/dp/B000FQ9QVI/name-21".
_PATH_ASSOCIATE = re.compile(r"(/(?:ASIN|dp|gp/product|o/ASIN)/[A-Z0-9]{10})/[\w.]+-2\d/?$")


def path_without_associate(url: str) -> str:
    """`url` without an associate tag written as the last folder of a product path."""
    parts = urlsplit(url)
    if "-2" not in parts.path:
        return url
    path = _PATH_ASSOCIATE.sub(r"\1", parts.path)
    return url if path == parts.path else urlunsplit(parts._replace(path=path))


def without_host_folder(url: str) -> str:
    """`url` without its own host repeated as its first folder, or with a scheme written twice
    read once ("http://http://www.aqi.co.jp/", whose host reads as "http")."""
    # A host-first href without a scheme, resolved against the page, repeats the host:
    # "saadkamal.com/www.saadkamal.com/tech-news/".
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    if host in ("http", "https"):
        first, _, rest = parts.path.lstrip("/").partition("/")
        return f"{host}://{first}/{rest}" if is_real_host(first) else url
    # A "www." address without its scheme, resolved against the page it was written on (the
    # editor's: "www.blogger.com/www.market-bridge.com"), makes that page's host its own.
    first, _, rest = parts.path[1:].partition("/")
    www = first.lower().startswith("www.") and first.count(".") >= 2
    if www and first.lower() != "www." + host and is_real_host(first):
        return f"http://{first}/{rest}" + (f"?{parts.query}" if parts.query else "")
    if not host or not parts.path.startswith(("/" + host + "/", "/www." + host + "/")):
        return url
    return urlunsplit(parts._replace(path=parts.path[parts.path.index("/", 1) :]))


def is_real_host(host: str) -> bool:
    """A host name with a dot and no empty label, or an IP address ("http", "www" are none)."""
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        pass
    labels = host.rstrip(".").split(".")
    tld = labels[-1]
    return len(labels) > 1 and all(labels) and (tld.isalpha() or tld.startswith("xn--"))


# A tool's page, not one a reader can use: a blog's admin or log-in script, a share dialog, an
# edit screen asked for by id ("/pages/edit/?id=…"; a Google document's ".../edit" is the
# document), a wiki's "action=edit" (a page not written yet), a log-in wall with its way back.
_TOOL_SEGMENTS = frozenset("sharer sharer.php share.php".split())
_TOOL_PATH = re.compile(r"/(?:wp-admin/?|wp-login\.php|administrator/?)$", re.IGNORECASE)
_TOOL_ASKED = re.compile(r"/edit/$|/(?:login|signin|sign_in|log_in)/?$", re.IGNORECASE)
_TOOL_QUERY = re.compile(r"(?:^|&)action=(?:edit|submit)(?:&|$)", re.IGNORECASE)


def is_tool_page(url: str) -> bool:
    """Whether `url` is an admin, share-dialog, edit-by-id, log-in or wiki-edit address."""
    parts = urlsplit(url)
    if any(s in _TOOL_SEGMENTS for s in parts.path.lower().split("/")):
        return True
    if _TOOL_PATH.search(parts.path) or (parts.query and _TOOL_ASKED.search(parts.path)):
        return True
    return bool(_TOOL_QUERY.search(parts.query))


def without_page_folder(url: str, page: str) -> str:
    """`url` as the "www." address it was when written relative to `page`, the post's own
    ("…/visual-dial-est-disponible/www.straight2market.com/" → "http://www.straight2market.com/")."""
    if "/www." not in url:
        return url
    try:
        parts, own = urlsplit(url), urlsplit(page)
    except ValueError:  # a page address no parser reads: nothing to resolve against
        return url
    # The page's path as a folder, or its folder ("…/post" and "…/post/" are one page).
    folder = own.path.rstrip("/") + "/"
    if not parts.path.startswith(folder):
        folder = own.path.rpartition("/")[0] + "/"
    if parts.netloc != own.netloc or len(folder) < 2 or not parts.path.startswith(folder):
        return url
    first, _, rest = parts.path[len(folder) :].partition("/")
    if not first.lower().startswith("www.") or first.count(".") < 2 or not is_real_host(first):
        return url
    return f"http://{first}/{rest}" + (f"?{parts.query}" if parts.query else "")
