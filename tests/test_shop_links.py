"""A shop's feed (held-out sample 11, SteepandCheap.com, a one-deal-at-a-time shop): the
partner code on its links is tracking, and its channel link is that day's deal, no home for
a credit. Quoted inline from the 2008 crawl in kalv/ruby-feed-parser-benchmark (no licence)."""

from __future__ import annotations

from bot.parsing.feeds import parse_feed
from bot.parsing.item_homes import site_not_an_item
from bot.parsing.urls import canonical_url

_DEAL = "http://www.steepandcheap.com/steepcheap/index.html"


def _feed(channel_link: str, skus: list[str]) -> bytes:
    items = "".join(
        f"<item><title>Deal {sku}</title><link>{_DEAL}?cmp_id=ODAL_RSS5001&amp;mv_pc=r205"
        f"&amp;cmp_sku={sku}</link><description>One killer gear deal.</description></item>"
        for sku in skus
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>SteepandCheap.com</title>'
        f"<link><![CDATA[{channel_link}]]></link><description>One killer gear deal, one item at"
        f" a time until it's gone.</description>{items}</channel></rss>"
    ).encode()


def test_an_interchange_shops_partner_code_is_tracking() -> None:
    tracked = f"{_DEAL}?cmp_id=ODAL_RSS5001&mv_pc=r205&cmp_sku=TKO0035"
    assert canonical_url(tracked) == f"{_DEAL}?cmp_sku=TKO0035"


def test_a_channel_link_to_one_of_its_items_gives_way_to_the_front_page() -> None:
    channel = f"{_DEAL}?cmp_id=ODAL_RSS5001&amp;mv_pc=r205&amp;cmp_sku=SOG0009"
    parsed = parse_feed(_feed(channel, ["SOG0009", "ICE0372", "TKO0035"]), url="https://x.test/")
    assert parsed.site_url == "http://www.steepandcheap.com/"
    assert parsed.entries[2].canonical_url == f"{_DEAL}?cmp_sku=TKO0035"


def test_a_channel_link_that_is_no_items_page_stays() -> None:
    # A journal's page beside its articles' pages on the same resolver (Wiley's RSS 1.0).
    journal = "http://onlinelibrary.wiley.com/resolve/doi?DOI=10.1111%2F%28ISSN%291654-1103"
    articles = [
        f"http://onlinelibrary.wiley.com/resolve/doi?DOI=10.1111%2Fjvs.{n}" for n in (12120, 12118)
    ]
    assert site_not_an_item(journal, articles) == journal
    # A blog of a multi-blog host: the key is the same on every item.
    blog = "http://example.org/index.php?blog=3"
    posts = ["http://example.org/index.php?blog=3&p=1", "http://example.org/index.php?blog=3&p=2"]
    assert site_not_an_item(blog, posts) == blog
