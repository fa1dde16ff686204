"""Items of one page told apart by a query parameter that canonical forms drop as tracking
(FT's podcast player "launch.html?…&maven_referralObject=924170482": courlan reads "_ref" in
the key): the parameter is kept in the item's article link and key, where the feed itself
shows it tells its items apart, as item_anchors keeps anchors."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit

from bot.parsing.links import web_url
from bot.parsing.urls import canonical_url


def _pairs(link: str) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(link).query, keep_blank_values=True))


def telling_parameters(links: Iterable[object], base: str = "") -> Mapping[str, tuple[str, ...]]:
    """By canonical link two or more of a feed's items share while their own links differ:
    the query keys, dropped from it, whose values differ between those items."""
    # Only links sharing a page before "?" can share a canonical form: most feeds' links are
    # pages of their own, and canonical_url costs ~0.03 ms a link.
    pages: defaultdict[str, set[str]] = defaultdict(set)
    for raw in links:
        if isinstance(raw, str) and "?" in raw:
            pages[raw.partition("?")[0]].add(raw)
    groups: defaultdict[str, set[str]] = defaultdict(set)
    for shared in (found for found in pages.values() if len(found) >= 2):
        for link in filter(None, (web_url(raw, base) for raw in shared)):
            if (canonical := canonical_url(link)) is not None:
                groups[canonical].add(link)
    telling: dict[str, tuple[str, ...]] = {}
    for canonical, group in groups.items():
        if len(group) < 2:
            continue
        kept = _pairs(canonical)
        queries = [_pairs(link) for link in group]
        keys = {k for query in queries for k in query} - kept.keys()
        differing = [k for k in sorted(keys) if len({q.get(k) for q in queries}) > 1]
        if differing:
            telling[canonical] = tuple(differing)
    return telling


def with_telling(
    link: str, canonical: str | None, telling: Mapping[str, tuple[str, ...]]
) -> str | None:
    """`canonical` with `link`'s values of the keys that tell its items apart."""
    keys = telling.get(canonical or "") if telling else None
    if not keys or canonical is None:
        return canonical
    query = _pairs(link)
    added = urlencode([(k, query[k]) for k in keys if k in query])
    if not added:
        return canonical
    parts = urlsplit(canonical)
    return parts._replace(query=f"{parts.query}&{added}" if parts.query else added).geturl()
