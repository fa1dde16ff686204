"""Headlines, links and photos held-out sample 14 rejected: a publishing timestamp glued to a
headline, a feed host's counting mirror of its own site as the article and credit link, a
beacon's one-letter gif as the photo (2026-12-06).

The feeds are from kalv/ruby-feed-parser-benchmark's 2008 crawl (commit 5c2d2b54, no licence
stated): the headlines and addresses below are quoted short strings, not copied files."""

from __future__ import annotations

from bot.parsing.feeds import parse_feed
from bot.parsing.pictures import photo_address

_FEED = "http://example.org/feed"


def _parsed(
    items: str, link: str = "http://example.org/"
) -> tuple[list[str], list[str], str | None]:
    body = (
        f'<rss version="2.0"><channel><title>T</title><link>{link}</link>{items}</channel></rss>'
    ).encode()
    feed = parse_feed(body, url=_FEED)
    return [e.title for e in feed.entries], [e.link or "" for e in feed.entries], feed.site_url


def _item(title: str, link: str = "", text: str = "Some text.") -> str:
    link = link or f"http://example.org/{abs(hash(title))}"
    return (
        f"<item><title>{title}</title><link>{link}</link><description>{text}</description></item>"
    )


# A pool equipment maker's feed (feed--54527774.rss20) ends every title with its time stamp.
def test_a_publishing_timestamp_glued_to_the_headline_is_cut() -> None:
    titles, _, _ = _parsed(
        _item("Uvox process of water treatment  - 05/10/2008 16:04:14")
        + _item("Meeting notes | 2008-10-05 16:04")
    )
    assert titles == ["Uvox process of water treatment", "Meeting notes"]


# A date alone names a podcast's episode or bulletin (PC Perspective, Taverncast); a version
# is no date at all.
def test_a_date_without_a_time_and_a_version_stay() -> None:
    titles, _, _ = _parsed(
        _item("PC Perspective Podcast 200 - 05/03/12")
        + _item("Taverncast: Special Bulletin - 07/07/2006")
        + _item("AutoAPI - 7.3.10")
    )
    assert titles == [
        "PC Perspective Podcast 200 - 05/03/12",
        "Taverncast: Special Bulletin - 07/07/2006",
        "AutoAPI - 7.3.10",
    ]


# 01net's Feediz feed (feed--58658475.atom10): the item links through "feediz.01net.com/item-…",
# its guid and channel link through "rss.01net.com/www.01net.com/…?r=/rss/….xml".
def test_a_feed_hosts_mirror_of_its_own_site_gives_the_sites_page() -> None:
    mirror = "http://rss.01net.com/www.01net.com/telecharger/windows/"
    item = (
        "<item><title>5 - CCleaner</title>"
        "<link>http://feediz.01net.com/item-1135929-415824291.html</link>"
        f'<guid isPermaLink="false">{mirror}fiches/32599.html?r=/rss/top_windows.xml</guid>'
        "<description>Nettoyez vos disques durs.</description></item>"
    )
    _, links, site = _parsed(item, link=f"{mirror}?r=/rss/top_windows.xml")
    assert links == ["http://www.01net.com/telecharger/windows/fiches/32599.html"]
    assert site == "http://www.01net.com/telecharger/windows/"


# An archive's copy of another site's page is its own page, not a mirror.
def test_another_sites_address_in_a_path_stays() -> None:
    link = "http://web.archive.org/web/2008/http://example.com/page"
    _, links, _ = _parsed(_item("Archived", link=link))
    assert links == [link]


# Adam Nash's blog (feed--568466619.rss20): Snap Shots' "i.ixnp.com/images/v3.44/t.gif?ctxt=…"
# preview icon beside a link headed the post as its photo; a picture named by its subject
# ("crystal-ball.jpg") or a query-less one-letter name stays.
def test_a_beacons_one_letter_gif_is_no_photo() -> None:
    assert photo_address("http://i.ixnp.com/images/v3.44/t.gif?ctxt=wwwr1.1.5.3") is None
    assert photo_address("http://example.org/__utm.gif?utmwv=1") is None
    for kept in ("http://example.org/crystal-ball.jpg", "http://example.org/img/x.gif"):
        assert photo_address(kept) == kept
