"""A credit opens the site, never its feed service: a channel <link> to a feed host's root
("rss.joins.com") or to a feed script with a query ("ablerss/RssNews.aspx?CategoryCode=0042")
is no home page (held-out sample 32, development data after its blind measure)."""

from __future__ import annotations

from bot.parsing.feed_links import credit_home
from bot.parsing.feeds import parse_feed
from bot.parsing.urls import canonical_url

_RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
<title>{title}</title><link>{site}</link><description>news</description>
<item><title>One</title><link>{item}/1</link><description>First story.</description></item>
<item><title>Two</title><link>{item}/2</link><description>Second story.</description></item>
</channel></rss>"""


def test_a_feed_hosts_root_gives_way_to_the_host_its_items_are_on() -> None:
    # knews-rss' joongang.xml and nocut.xml: credited links were "http://rss.joins.com/" and
    # "http://rss.nocutnews.co.kr/".
    items = ["https://news.joins.com/article/24216837", "https://news.joins.com/article/24232739"]
    assert credit_home("http://rss.joins.com/", items) == "https://news.joins.com/"
    items = ["https://www.nocutnews.co.kr/news/5794646"]
    assert credit_home("http://rss.nocutnews.co.kr/", items) == "https://www.nocutnews.co.kr/"


def test_a_feed_host_whose_items_are_elsewhere_stays() -> None:
    # Items on another site (an aggregator's) say nothing of the feed host's own site.
    assert credit_home("http://rss.example.com/", ["https://other.org/a"] * 3) == (
        "http://rss.example.com/"
    )
    assert credit_home("https://www.example.com/", ["https://news.example.com/a"] * 3) == (
        "https://www.example.com/"
    )


def test_a_feed_script_with_a_query_is_no_home_page() -> None:
    # knews-rss' ablenews.xml: the channel links its own feed script.
    site = "http://www.ablenews.co.kr/ablerss/RssNews.aspx?CategoryCode=0042"
    feed = _RSS.format(title="에이블뉴스", site=site, item="http://www.ablenews.co.kr/News")
    parsed = parse_feed(feed.encode(), url=site)
    assert parsed.site_url == "http://www.ablenews.co.kr/"


def test_a_value_naming_one_of_the_sites_feeds_is_tracking_under_any_key() -> None:
    # knews-rss' joongang.xml: "…/article/24232832?cloc=rss-news-star" (the click's location).
    assert canonical_url("https://news.joins.com/article/24232832?cloc=rss-news-star") == (
        "https://news.joins.com/article/24232832"
    )
    # A format's value stays: it picks the document, it names no feed.
    assert canonical_url("https://example.com/a?format=rss-2.0") == (
        "https://example.com/a?format=rss-2.0"
    )
