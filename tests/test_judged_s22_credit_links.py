"""A credit never links the feed document: held-out sample 24's Gelderlander feed names itself as
its channel <link>, picking the format in the query ("…/arnhem/?service=rss"); its editor rejected
three posts whose credit opened that raw feed."""

from __future__ import annotations

from bot.parsing.feed_links import site_of_feed_link

GELDERLANDER = "http://www.gelderlander.nl/voorpagina/arnhem/?service=rss"


def _feed(self_link: str) -> dict[str, object]:
    return {"links": [{"rel": "alternate", "href": self_link}, {"rel": "self", "href": self_link}]}


def test_the_feeds_own_address_without_its_format_key_is_the_page() -> None:
    page = site_of_feed_link(GELDERLANDER, _feed(GELDERLANDER), "file:///feed.rss")
    assert page == "http://www.gelderlander.nl/voorpagina/arnhem/"


def test_other_keys_of_the_feeds_own_address_stay() -> None:
    own = "http://example.org/news/?section=arnhem&format=atom"
    assert site_of_feed_link(own, _feed(own), "file:///feed.rss") == (
        "http://example.org/news/?section=arnhem"
    )


def test_a_page_picking_a_format_that_is_not_the_feeds_own_address_stays() -> None:
    # The channel links a page of the site, not itself: what its query means is the site's.
    page = "http://example.org/news/?view=rss"
    assert site_of_feed_link(page, _feed("http://example.org/feed.xml"), "file:///f.rss") == page
