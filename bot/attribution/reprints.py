"""Decide whether a feed entry reprints another outlet's article, and whose."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from bot.attribution.cited_sources import CITED
from bot.attribution.hits import Hit
from bot.attribution.sites import Site
from bot.parsing.urls import without_trackers
from bot.text.blocks import Block


@dataclass(frozen=True)
class Attribution:
    """Reprint verdict for one entry."""

    is_reprint: bool
    original_publisher: str | None
    original_url: str | None
    reprinter: str | None
    notice: str | None  # the matched notice text, for logs / inspect


_RANK = {
    "explicit": 0,
    "syndication": 1,
    "wire": 2,
    "byline": 2,
    "aggregator": 3,
    "source": 3,
    # A publication named in the author element: after any notice in the text, which may link it.
    "author": 4,
    "cms": 5,
    "template": 6,
    "teaser": 7,
    "request": 8,
}


def _judge(hit: Hit, site: Site) -> Hit:
    if hit.family == "request":
        own = True  # a site's request that others credit it when they repost its text
    elif hit.family == "cms" and not site.known:
        own = True  # cannot tell whose footer it is; these footers are mostly the site's own
    elif hit.family == "author" and site.by_initials(hit.publisher):
        own = True  # the site's own desk signs by its initials ("TEC News")
    else:
        own = site.owns(hit.publisher, hit.url)
        if hit.publisher and " / " in hit.publisher:
            own = all(site.owns(p, None) for p in hit.publisher.split(" / "))
    return replace(hit, is_self=own)


def attribute(
    blocks: Sequence[Block],
    notices: Iterable[Hit],
    *,
    site_name: str | None,
    site_url: str | None,
) -> Attribution:
    """Reprint verdict for an entry's blocks and the notices found in them (find_notices), given
    the feed's own title and link."""
    site = Site(site_name, site_url)
    hits = [_judge(h, site) for h in notices]
    # A source the writer's own text cites (cited_sources) is no reprint's origin.
    real = [h for h in hits if not h.is_self and h.rule != CITED]
    if not real:
        return Attribution(False, None, None, None, None)

    def order(h: Hit) -> tuple[int, int, int]:
        return _RANK[h.family], h.block, h.start

    best = min(real, key=order)
    named = [h for h in real if h.publisher]
    source = min(named, key=order) if named else best
    url = source.url if source.url and not site.owns(None, source.url) else None
    url = url and without_trackers(url)  # a feed-only flag ("…/?rss") is the feed's, not the link's
    notice = None
    if best.cut:
        notice = blocks[best.block].text[best.cut[0] : best.cut[1]].strip() or None
    return Attribution(True, source.publisher, url, site.label, notice)
