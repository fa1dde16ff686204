"""Headlines that are titles, by the convention of the software that wrote the feed: a static
site generator's quotes and source file names, a wiki's page id and edit summary, the item's
date and a podcast's kind on every title, a planet's writers line and blog label, a show's
name before each episode. Titles quoted from feeds of held-out samples 27-29 (03chrissy/chrissy,
Yours22/Yours22.github.io, horde/Feed's phppatterns.com lexicon feed, djcp/feed-abstract
katanapg.atom, alexangas/podcast-feed-reader, korowiow80/PodSearch_Content Pods-Dings.xml,
nlpcapstone/nlpcapstone.github.io, 4IP/planet.slackware-id.org, drupalprojects/feeds
drupalplanet.rss2, rssowl/RSSOwl performance/166.xml): short strings inline."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from bot.compose.headlines import without_source_label
from bot.parsing.feeds import parse_feed
from tests.support.first_check import first_check


def _titles(
    items: Sequence[tuple[str, str, str]],
    *,
    site: str = "https://example.org/",
    channel: str = "Feed",
    dated: Sequence[str] = (),
) -> list[str]:
    # (title as the feed escapes it, link, description); `dated`: each item's pubDate.
    body = "".join(
        f"<item><title>{title}</title><link>{escape(link)}</link>"
        + (f"<pubDate>{dated[i]}</pubDate>" if dated else "")
        + f"<description>{escape(text)}</description></item>"
        for i, (title, link, text) in enumerate(items)
    )
    rss = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{escape(channel)}</title><link>{site}</link>{body}</channel></rss>"
    )
    return [e.title for e in parse_feed(rss.encode(), url=f"{site}feed").entries]


def test_ascii_quotes_round_every_title_of_a_hugo_feed_go() -> None:
    site = "https://03chrissy.github.io/chrissy/"
    items = [
        (" &#34;一颗葫芦的文化苦旅&#34;", f"{site}posts/a/", "一碗面，一只筏子，一个葫芦。"),
        (" &#34;乾坤葫芦，方寸中看大千世界&#34;", f"{site}posts/b/", "吉祥葫芦牛肉面。"),
        (" &#34;陈兵：一个葫芦一段人生&#34;", f"{site}posts/c/", "陈兵是一位手艺人。"),
    ]
    assert _titles(items, site=site) == [
        "一颗葫芦的文化苦旅",
        "乾坤葫芦，方寸中看大千世界",
        "陈兵：一个葫芦一段人生",
    ]


def test_one_quoted_headline_among_others_keeps_its_quotes() -> None:
    items = [
        ("&#34;We are not amused&#34;", "https://example.org/1", "The queen said so."),
        ("A second post", "https://example.org/2", "Text."),
        ("A third post", "https://example.org/3", "Text."),
    ]
    assert _titles(items)[0] == '"We are not amused"'


def test_a_source_files_extension_leaves_a_generators_titles() -> None:
    site = "https://yours22.github.io/"
    items = [
        ("操作系统-进程管理.md", f"{site}2024/os/", "进程是程序的一次执行。"),
        ("WebSocket基础.md", f"{site}2024/ws/", "WebSocket 是一种协议。"),
        ("Jetson Orin", f"{site}2024/orin/", "安装测试。"),
    ]
    assert _titles(items, site=site) == ["操作系统-进程管理", "WebSocket基础", "Jetson Orin"]


def test_a_file_named_once_stays() -> None:
    items = [
        ("Why I rewrote README.md", "https://example.org/1", "Text."),
        ("Another post", "https://example.org/2", "Text."),
    ]
    assert _titles(items)[0] == "Why I rewrote README.md"


PHPPATTERNS = "http://www.phppatterns.com/"
WIKI = [
    (
        "develop:simpletest_mock_functions - SimpleTest add-on to allow mocking of functions, "
        "using runkit",
        f"{PHPPATTERNS}doku.php/develop/simpletest_mock_functions",
        "When dealing with external projects, being able to write unit tests is a problem.",
    ),
    (
        "reviews:guide_to_php_design_patterns - Review of php|architect's Guide to PHP Design "
        "Patterns",
        f"{PHPPATTERNS}doku.php/reviews/guide_to_php_design_patterns",
        "PHP5 has been available for more than a year.",
    ),
    (
        "start - created",
        f"{PHPPATTERNS}doku.php/start",
        " (19th Oct 2005)  This site is becoming a wiki. The plan here is I get out of the way.",
    ),
]


def test_a_wiki_changes_page_id_leaves_its_headline() -> None:
    titles = _titles(WIKI, site=PHPPATTERNS)
    assert titles[:2] == [
        "SimpleTest add-on to allow mocking of functions, using runkit",
        "Review of php|architect's Guide to PHP Design Patterns",
    ]
    # The wiki's own "created" is no headline: the page's first sentence is.
    assert titles[2] == "This site is becoming a wiki."


def test_the_items_date_a_template_writes_before_each_title_goes() -> None:
    katana = "http://katanapg.com/"
    items = [
        ("08/15 2AM - Bahamas Last Day 8-14-11", f"{katana}groups/1", "Photos."),
        ("08/08 3PM - M3 Areas", f"{katana}groups/2", "Photos."),
        ("08/03 4PM - M3 FS", f"{katana}groups/3", "Photos."),
    ]
    dated = [
        "Mon, 15 Aug 2011 02:42:03 +0000",
        "Mon, 08 Aug 2011 15:10:00 +0000",
        "Wed, 03 Aug 2011 16:20:00 +0000",
    ]
    assert _titles(items, site=katana, dated=dated) == [
        "Bahamas Last Day 8-14-11",
        "M3 Areas",
        "M3 FS",
    ]


def test_a_date_that_is_not_the_items_stays() -> None:
    items = [
        ("12.05.1945 - Das Ende", "https://example.org/1", "Text."),
        ("01.09.1939 - Der Anfang", "https://example.org/2", "Text."),
    ]
    dated = ["Mon, 15 Aug 2011 02:42:03 +0000", "Mon, 08 Aug 2011 15:10:00 +0000"]
    assert _titles(items, dated=dated) == ["12.05.1945 - Das Ende", "01.09.1939 - Der Anfang"]


def test_a_date_in_words_the_sentence_leads_to_stays() -> None:
    items = [
        ("Conseil municipal du 20 novembre 2008", "https://example.org/1", "Text."),
        ("Conférence de presse du 6 décembre 2008", "https://example.org/2", "Text."),
        ("Stammtisch am 12.12.2008", "https://example.org/3", "Text."),
    ]
    dated = [
        "Thu, 20 Nov 2008 10:00:00 +0000",
        "Sat, 06 Dec 2008 10:00:00 +0000",
        "Wed, 10 Dec 2008 10:00:00 +0000",
    ]
    assert _titles(items, dated=dated) == [title for title, _, _ in items]


def test_a_package_index_titled_by_its_address_is_no_wiki() -> None:
    items = [
        ("yubatake - 4.0.1", "https://swiftpackageindex.com/rb-de0/yubatake", "A release."),
        ("swiftdraw - 0.8.0", "https://swiftpackageindex.com/swhitty/swiftdraw", "A release."),
    ]
    assert _titles(items) == ["yubatake - 4.0.1", "swiftdraw - 0.8.0"]


def test_an_events_day_without_its_year_stays() -> None:
    items = [
        ("doterati Event 12/10", "https://example.org/1", "Text."),
        ("Webcast on Web Intelligence 11/19", "https://example.org/2", "Text."),
    ]
    dated = ["Mon, 08 Dec 2008 10:00:00 +0000", "Mon, 17 Nov 2008 10:00:00 +0000"]
    assert _titles(items, dated=dated) == [title for title, _, _ in items]


def test_a_few_notices_naming_their_day_keep_it() -> None:
    # invalid-character-rss-feed.xml (w3stling/rssreader): 3 of 10 titles name their day.
    items = [
        ("Kunnanviraston puhelin on suljettu maanantaina 9.9.2024", "https://e.org/1", "T."),
        ("Rakennusvalvonnan pöytäkirja/julkipanolista 11.9.2024", "https://e.org/2", "T."),
        ("Syksyn liikuntaryhmät alkavat maanantaina 9.9.2024", "https://e.org/3", "T."),
        *((f"Tiedote {n}", f"https://e.org/{n}", "T.") for n in range(4, 11)),
    ]
    dated = [f"Mon, {d:02d} Sep 2024 10:00:00 +0000" for d in range(5, 15)]
    assert _titles(items, dated=dated)[:2] == [title for title, _, _ in items[:2]]


def test_a_columns_name_keeps_the_date_that_tells_its_issues_apart() -> None:
    items = [
        ("This Week in Review - 2008-12-10", "https://example.org/1", "Text."),
        ("This Week in Review - 2008-12-03", "https://example.org/2", "Text."),
    ]
    dated = ["Wed, 10 Dec 2008 10:00:00 +0000", "Wed, 03 Dec 2008 10:00:00 +0000"]
    assert _titles(items, dated=dated) == [
        "This Week in Review - 2008-12-10",
        "This Week in Review - 2008-12-03",
    ]


def test_a_podcasts_kind_and_broadcast_date_leave_its_episodes_titles() -> None:
    items = [
        ("Macht Freude (Podcast)", "https://example.org/1", "Text."),
        ("Auf hoher See - 25.09.2015 (Podcast)", "https://example.org/2", "Text."),
        ("Ich hab doch gar nichts angestellt 28.08.2015 (Podcast)", "https://example.org/3", "T."),
        ("Wurzeln - wo wir herkommen 17.07.2015 (PODCAST)", "https://example.org/4", "Text."),
    ]
    dated = [
        "Thu, 31 Dec 2015 13:02:58 +0000",
        "Fri, 25 Sep 2015 10:00:00 +0000",
        "Fri, 28 Aug 2015 10:00:00 +0000",
        "Fri, 17 Jul 2015 10:00:00 +0000",
    ]
    assert _titles(items, dated=dated) == [
        "Macht Freude",
        "Auf hoher See",
        "Ich hab doch gar nichts angestellt",
        "Wurzeln - wo wir herkommen",
    ]


def test_a_shows_name_the_feed_is_titled_by_leaves_its_episodes() -> None:
    site = "http://www.soundnezz.de/nbo_podcast/"
    items = [
        (f"Pods-Dings - {name}", f"{site}{i}.mp3", "Folge.")
        for i, name in enumerate(["das letzte", "musikalisch", "der Fussballpott", "International"])
    ]
    assert _titles(items, site=site, channel="Pods-Dings") == [
        "das letzte",
        "musikalisch",
        "der Fussballpott",
        "International",
    ]


def test_a_planets_writers_line_leaves_the_headline() -> None:
    items = [
        (
            "Ananth Gottumukkala &lt;br/&gt; Team Turing Test: Advanced Model Attempt 2 (Part 1)",
            "https://deeplearningturingtest.wordpress.com/2018/05/1",
            "Text.",
        ),
        (
            "Boyan Li, Dennis Orzikh, Lanhao Wu &lt;br/&gt; Team Watch Your Language!: More Data "
            "Collection and Baseline",
            "https://cse481n-capstone.azurewebsites.net/2018/04/2",
            "Text.",
        ),
    ]
    assert _titles(items) == [
        "Team Turing Test: Advanced Model Attempt 2 (Part 1)",
        "Team Watch Your Language!: More Data Collection and Baseline",
    ]


def test_a_planets_label_naming_the_linked_blog_leaves_the_headline() -> None:
    assert (
        without_source_label(
            "Willy SR [SlackBlogs]: Cinnamon 6.0 Packages for Slackware-Current",
            "https://slackblogs.blogspot.com/2023/12/cinnamon-60-packages-for-slackware.html",
        )
        == "Cinnamon 6.0 Packages for Slackware-Current"
    )
    assert (
        without_source_label(
            "Tag1 Consulting: Tag1 Now Hiring Interns",
            "http://tag1consulting.com/blog/tag1-now-hiring-interns",
        )
        == "Tag1 Now Hiring Interns"
    )


def test_a_link_blogs_pointer_at_a_home_page_keeps_its_name() -> None:
    assert (
        without_source_label("S3Hub: S3 Client (for Mac OS X)", "http://s3hub.com/")
        == "S3Hub: S3 Client (for Mac OS X)"
    )


def test_a_label_naming_another_site_is_the_headlines() -> None:
    assert (
        without_source_label("Review [PS4]: Horizon Zero Dawn", "https://example.org/review/1")
        == "Review [PS4]: Horizon Zero Dawn"
    )
    assert (
        without_source_label("Politicizing Science: If the FDA", "http://medpundit.blogspot.com/")
        == "Politicizing Science: If the FDA"
    )


def test_a_sites_own_label_naming_its_subject_stays_outside_a_planet() -> None:
    # ICANN's announcements (kalv crawl feed-10114282) title one "ICANN: 10 Years Old Today":
    # on a site's own feed the label is the subject; only a planet's label names a carried blog.
    items = [
        ("ICANN: 10 Years Old Today", "announcement-30sep08-en.htm"),
        (
            "Cairo Fellowship Program Achieves Successful Conclusion",
            "announcement-2-01dec08-en.htm",
        ),
        ("Call for Nominations for the Ombudsman", "announcement-3-01dec08-en.htm"),
    ]
    body = "".join(
        f"<item><title>{escape(title)}</title>"
        f"<link>http://www.icann.org/en/announcements/{page}</link>"
        f"<description>{escape(title)} is announced today.</description></item>"
        for title, page in items
    )
    feed = (
        "<rss version='2.0'><channel><title>ICANN Announcements</title>"
        f"<link>http://www.icann.org/</link>{body}</channel></rss>"
    )
    parsed = parse_feed(feed.encode(), url="http://www.icann.org/en/announcements/rss.xml")
    [first, *_] = first_check(parsed, "ICANN Announcements")
    assert first.content is not None and first.content.title == "ICANN: 10 Years Old Today"
