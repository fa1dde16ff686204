"""Article and inline links of held-out samples 18-19 (kalv/ruby-feed-parser-benchmark feeds,
quoted inline): a parameter naming the feed channel goes, an address carried in a path keeps
its "//"."""

from __future__ import annotations

import pytest

from bot.parsing.links import entry_link
from bot.parsing.urls import canonical_url


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        # Bild.de: "?o=RSS" says the reader came by the feed.
        (
            "http://www.bild.de/BILD/news/telegramm/news-ticker,rendertext=6821490.html?o=RSS",
            "http://www.bild.de/BILD/news/telegramm/news-ticker,rendertext=6821490.html",
        ),
        # CNET: "part=rss" with the feed's placement ("subj", "tag") on a static page.
        (
            "http://news.cnet.com/8301-1035_3-10121971-94.html?part=rss&subj=news&tag=2547-1_3-0-20",
            "http://news.cnet.com/8301-1035_3-10121971-94.html",
        ),
        # The Post's feed section: "nav=rss_nation".
        (
            "http://www.washingtonpost.com/wp-dyn/content/article/2008/05/25/AR2008052501779.html"
            "?nav=rss_nation",
            "http://www.washingtonpost.com/wp-dyn/content/article/2008/05/25/AR2008052501779.html",
        ),
    ],
)
def test_a_parameter_naming_the_feed_channel_is_tracking(link: str, expected: str) -> None:
    assert canonical_url(link) == expected


@pytest.mark.parametrize(
    "link",
    [
        "http://example.org/?feed=rss2",  # a key choosing the format
        "http://gdata.youtube.com/feeds/api/users/x/uploads?alt=atom",
        "https://www.waerfa.com/?s=RSS",  # a search for the word
        "http://blog.example.org/?tag=feed",  # a tag page
        "http://meerkat.oreillynet.com/?_fl=rss1.0",  # a versioned format
    ],
)
def test_a_channel_word_choosing_a_format_or_naming_content_stays(link: str) -> None:
    assert canonical_url(link) == link


def test_an_address_carried_in_a_path_keeps_its_double_slash() -> None:
    # Touch Arcade's "[App Store]" links: "…/link/http:/phobos…" is a dead link.
    link = (
        "http://toucharcade.com/link/http://phobos.apple.com/WebObjects/MZStore.woa/wa/"
        "viewSoftware?id=298697067&mt=8"
    )
    assert canonical_url(link) == link


def test_other_runs_of_slashes_in_a_path_still_collapse() -> None:
    assert (
        canonical_url("http://example.org//news//a.html?x=1")
        == "http://example.org/news/a.html?x=1"
    )


def test_a_click_counter_named_in_french_gives_the_address_it_carries() -> None:
    # xfruits' aggregated feed: "?clic=<count>&url=<the article>" on xfruits' own host.
    raw = {
        "link": "http://xfruits.com/jfruiz/web20/?clic=300184915&url=http%3A%2F%2F"
        "veille.aurigance.fr%2Findex.php%2F%3Fp%3D591"
    }
    assert entry_link(raw, "http://xfruits.com/jfruiz/web20/") == (
        "http://veille.aurigance.fr/index.php/?p=591"
    )


def test_a_player_whose_query_carries_the_feed_address_is_no_click_counter() -> None:
    # PRX's player: "uf=" is the podcast's feed, not the page the link stands for.
    link = (
        "https://play.prx.org/listen?ge=prx_126_e3dafc45-a202-42d0-a55b-216e733a2d7a"
        "&uf=https%3A%2F%2Ffeeds.feedburner.com%2Fwelcometonightvalepodcast"
    )
    assert entry_link({"link": link}, "https://play.prx.org/") == link
