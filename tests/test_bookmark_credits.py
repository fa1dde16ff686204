"""A bookmark feed's item copies the bookmarked page's title, which names that page's site: the
post credits that site (via the bookmarker), not the bookmarking service. Titles quoted inline
from the 2008 crawl's blogmarks.net feed (kalv/ruby-feed-parser-benchmark feed-733495576.rss10,
no licence); texts are stand-ins."""

from __future__ import annotations

from bot.attribution.bookmarks import copied_title_site
from bot.render.content import render_post
from tests.support.first_check import aggregated_contents

_MARKS = "http://blogmarks.net/user/znarf/marks"
_BOOKMARKS = (
    (
        "Loin des yeux, loin du coeur (fatigue 2.0) - padawan.info/fr",
        "http://padawan.info/fr/web/loin_des_yeux_loin_du_coeur_fatigue_20.html",
    ),
    (
        "Welcome | Factolex - the fact lexicon | short and concise explanations",
        "http://en.factolex.com/",
    ),
    (
        "Ciarán Walsh’s Blog » TextMate Plug-in: ProjectPlus",
        "http://ciaranwal.sh/2008/08/05/textmate-plug-in-projectplus",
    ),
    ("Ajaxian » MooTools and Sizzle", "http://ajaxian.com/archives/mootools-and-sizzle"),
    ("Yahoo To Close Brickhouse By End Of Year", "http://www.techcrunch.com/2008/12/09/yahoo"),
    ("S3 Firefox Organizer", "http://www.rjonna.com/ext/s3fox.php?isnew=true"),
    ("Mac OS X S3 Browser", "http://people.no-distance.net/ol/software/s3/"),
)


def _feed(items: tuple[tuple[str, str], ...], channel: str, guid_base: str) -> bytes:
    entries = "".join(
        f"<item><title>{title.replace('&', '&amp;')}</title><link>{link}</link>"
        f"<guid isPermaLink='false'>{guid_base}/{n}</guid>"
        f"<description>A note on the page bookmarked here, number {n}, for the test."
        "</description></item>"
        for n, (title, link) in enumerate(items)
    )
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel>"
        f"{channel}{entries}</channel></rss>"
    ).encode()


def _credits(body: bytes, url: str) -> list[str]:
    posts = [render_post(c) for c in aggregated_contents(body, url, headers={})]
    return [post.split("Read more</a> · ", 1)[1].split("\n", 1)[0] for post in posts]


def test_a_bookmarked_pages_title_credits_its_site_via_the_bookmarker() -> None:
    channel = f"<title>Public marks from user znarf</title><link>{_MARKS}</link>"
    guids = "http://blogmarks.net/api/user/znarf/mark"
    padawan, factolex, walsh, ajaxian, techcrunch, *_ = _credits(
        _feed(_BOOKMARKS, channel, guids), "http://blogmarks.net/api/user/znarf/marks"
    )
    assert padawan == '<a href="http://padawan.info/">padawan.info</a> via znarf on blogmarks.net'
    assert factolex.startswith('<a href="http://en.factolex.com/">Factolex</a> via znarf')
    assert walsh.startswith('<a href="http://ciaranwal.sh/">Ciarán Walsh')
    assert ajaxian.startswith('<a href="http://ajaxian.com/">Ajaxian</a>')
    # A title naming no site is the bookmarker's note: the bookmark feed's own credit.
    assert techcrunch == f'<a href="{_MARKS}">znarf on blogmarks.net</a>'


def test_a_link_blog_naming_a_linked_site_now_and_then_keeps_its_own_credit() -> None:
    # Daring Fireball's linked list: 3 of 48 titles name their linked sites ("The Verge:
    # ‘Apple’s AR Is Closer to Reality Than Google’s’"); its posts are its own.
    remarks = tuple((f"A remark on a page, part {n}", _BOOKMARKS[4][1]) for n in range(13))
    channel = "<title>Pixel Notes</title><link>https://pixelnotes.example.com/</link>"
    credits = _credits(
        _feed((*_BOOKMARKS[:3], *remarks), channel, "https://pixelnotes.example.com/p"),
        "https://pixelnotes.example.com/feed",
    )
    assert set(credits) == {'<a href="https://pixelnotes.example.com/">Pixel Notes</a>'}


def test_a_title_part_naming_the_feeds_own_site_is_no_copied_page() -> None:
    title, link = "Ajaxian » MooTools and Sizzle", "http://ajaxian.com/archives/mootools"
    assert copied_title_site(title, link, _MARKS) == "Ajaxian"
    assert copied_title_site(title, link, "http://ajaxian.com/") is None


def test_a_bookmarks_note_stays_its_text_under_the_sites_credit() -> None:
    channel = f"<title>Public marks from user znarf</title><link>{_MARKS}</link>"
    body = _feed(_BOOKMARKS, channel, "http://blogmarks.net/api/user/znarf/mark")
    posts = [render_post(c) for c in aggregated_contents(body, _MARKS, headers={})]
    assert "A note on the page bookmarked here, number 3, for the test." in posts[3]
    assert '<a href="http://ajaxian.com/">Ajaxian</a> via znarf on blogmarks.net' in posts[3]


def test_a_news_engines_own_items_naming_their_outlets_are_no_bookmarks() -> None:
    # Google News (feed-extractor's atom-feed-standard-realworld.xml): guids on news.google.com,
    # nearly every title "… - CNN": a news engine's convention, not a bookmark feed's.
    outlets = (
        ("CNN", "www.cnn.com"),
        ("Deadline", "deadline.com"),
        ("Reuters", "www.reuters.com"),
        ("Bloomberg", "www.bloomberg.com"),
    )
    entries = "".join(
        f"<item><title>A story told at length, number {n} - {name}</title>"
        f"<link>https://{host}/2022/07/27/story-{n}</link>"
        f"<guid isPermaLink='false'>tag:news.google.com,2005:cluster={n}</guid>"
        f"<description>The story number {n} as the engine lists it, long enough.</description>"
        "</item>"
        for n, (name, host) in enumerate(outlets)
    )
    body = (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel>"
        "<title>Top stories - Google News</title><link>https://news.google.com/</link>"
        f"{entries}</channel></rss>"
    ).encode()
    credits = _credits(body, "https://news.google.com/rss")
    assert all("via <a" not in c and "Google News" in c for c in credits), credits
