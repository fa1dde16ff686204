"""Labels a feed's own conventions put around its headlines leave them: an aggregator's outlet
after the dash on headlines written without spaces, a forum's reply marks, a section before
"::" and a reblog's "(via <the site>)". Titles quoted from 2008 feeds of held-out samples 24
and 25 (kalv/ruby-feed-parser-benchmark, no licence: short strings inline)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from bot.parsing.feeds import parse_feed


def _rss(site: str, items: Sequence[tuple[str, str]], guid: str = "") -> bytes:
    body = "".join(
        f"<item><title>{escape(title)}</title><link>{escape(link)}</link>"
        + (f"<guid isPermaLink='false'>{guid}{escape(link)}</guid>" if guid else "")
        + "<description>Text of the post.</description></item>"
        for title, link in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed</title>'
        f"<link>{site}</link>{body}</channel></rss>"
    ).encode()


def _titles(site: str, items: Sequence[tuple[str, str]], guid: str = "") -> list[str]:
    return [e.title for e in parse_feed(_rss(site, items, guid), url=f"{site}feed").entries]


# Google 资讯 (news.google.cn) ends every headline with its outlet, as Google News does in
# every language; a Chinese headline has no spaces to count words by.
GOOGLE_ZH = [
    ("专家：我国明年不会面临通货紧缩压力 - 新华网", "http://news.xinhuanet.com/fortune/1.htm"),
    ("共和党声称责任在工会白宫拟另出招施援 - 凤凰网", "http://finance.ifeng.com/roll/2.shtml"),
    ("Chrome、IE、Firefox齐聚探讨浏览器插件 - 新浪网", "http://tech.sina.com.cn/s/3.shtml"),
    ("日方应会淡化处理钓鱼岛纠纷 - 中青在线", "http://qnck.cyol.com/content/4.htm"),
    ("美州长卖官被捕震惊全美 - 中青在线", "http://qnck.cyol.com/content/5.htm"),
]


def test_an_aggregators_outlet_leaves_a_headline_written_without_spaces() -> None:
    feed = parse_feed(
        _rss("http://news.google.cn/", GOOGLE_ZH, "tag:news.google.com,2005:cluster="),
        url="http://news.google.cn/feed",
    )
    assert [(e.title, e.source_name) for e in feed.entries[:3]] == [
        ("专家：我国明年不会面临通货紧缩压力", "新华网"),
        ("共和党声称责任在工会白宫拟另出招施援", "凤凰网"),
        ("Chrome、IE、Firefox齐聚探讨浏览器插件", "新浪网"),
    ]


# An SMF forum's feed of replies, "Re : " spaced with a no-break space as French writes it.
FORUM = [
    ("Re\xa0: Championnat départemental 27 2009", "http://forum.2sup.com/index.php?topic=590.1"),
    ("Re\xa0: VENDS 3 PLACES ASTERIX POUR DIMANCHE", "http://forum.2sup.com/index.php?topic=595.2"),
    (
        "Re\xa0: Re\xa0: Championnat départemental 27 2009",
        "http://forum.2sup.com/index.php?t=590.3",
    ),
    ("Rencontre Revit", "http://forum.2sup.com/index.php?topic=386.4"),
]


def test_a_forums_reply_marks_leave_its_headlines() -> None:
    assert _titles("http://forum.2sup.com/index.php", FORUM) == [
        "Championnat départemental 27 2009",
        "VENDS 3 PLACES ASTERIX POUR DIMANCHE",
        "Championnat départemental 27 2009",
        "Rencontre Revit",
    ]


def test_one_reply_among_articles_keeps_its_mark() -> None:
    # One item alone may be titled so by its writer: the feed shows no habit.
    items = [FORUM[0], *(("Rencontre Revit", f"http://f.example/{n}") for n in "ab")]
    assert _titles("http://forum.2sup.com/", items)[0] == "Re : Championnat départemental 27 2009"


# Club XCell files its press clippings under "Press ::"; one clipping names its magazine so.
CLUB = [
    ("Press :: Reebok Club X Cell", "http://clubxcell.in/press-articles/press-reebok/"),
    ("India Today :: Wonder Workouts", "http://clubxcell.in/press-articles/india-today/"),
    ("Press :: The Hindu :: Spin it right!", "http://clubxcell.in/press-articles/the-hindu/"),
    ("New Trial Class : Belly Dancing", "http://clubxcell.in/timetable/new-trail-class/"),
]


def test_a_section_two_headlines_open_with_before_a_double_colon_leaves_them() -> None:
    assert _titles("http://clubxcell.in", CLUB) == [
        "Reebok Club X Cell",
        "India Today :: Wonder Workouts",
        "The Hindu :: Spin it right!",
        "New Trial Class : Belly Dancing",
    ]


def test_a_reblogs_via_naming_the_feeds_own_site_leaves_the_headline() -> None:
    items = [
        ("From Space (via kshep)", "http://www.kshep.net/post/52309967"),
        ("Reblogging movingsideways", "http://www.kshep.net/post/61238797"),
        ("Picture of the Day (via someone)", "http://www.kshep.net/post/54891000"),
    ]
    assert _titles("http://www.kshep.net/", items) == [
        "From Space",
        "Reblogging movingsideways",
        "Picture of the Day (via someone)",
    ]


# Course au large titles its items "[infos] <the address's slug>"; each text opens with the
# headline as written.
def _course_item(slug: str, heading: str) -> str:
    return (
        f"<item><title>[infos] {slug}</title>"
        f"<link>http://www.courseaularge.com/articles/1/{slug}.html</link><description>"
        + escape(f"<h3>\n\t{heading}\n</h3><p><strong>Vendée Globe</strong></p><p>Le texte.</p>")
        + "</description></item>"
    )


def test_a_slug_title_gives_way_to_the_heading_its_text_opens_with() -> None:
    items = [
        ("Sebastien-Col-une-annee-riche", 'Sébastien Col : "une année riche!"'),
        ("Desjoyeaux-talonne-le-leader-Dick", "Desjoyeaux talonne le leader Dick !"),
        ("L-incroyable-retour-du-professeur-Desjoyeaux", "L'incroyable retour du professeur"),
        ("Premier-iceberg-sur-la-route", "Premier iceberg sur la route"),
    ]
    rss = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Course au '
        "large</title><link>http://www.courseaularge.com/</link>"
        + "".join(_course_item(slug, heading) for slug, heading in items)
        + "</channel></rss>"
    )
    titles = [e.title for e in parse_feed(rss.encode(), url="http://x.example/feed").entries]
    assert titles == [
        'Sébastien Col : "une année riche!"',
        "Desjoyeaux talonne le leader Dick !",
        # A heading saying other words than the slug is no proof: the slug stays.
        "L-incroyable-retour-du-professeur-Desjoyeaux",
        "Premier iceberg sur la route",
    ]


def test_a_trackers_counter_closing_every_headline_leaves_them() -> None:
    # A torrent tracker's seed/leech count: one shape on every item, its numbers changing.
    items = [
        ("Trahison dvdrip XviD-MONK (1S/0L)", "http://t.example/1"),
        ("Kitaro Dayligh Moonlight Live in Yakushiji Full DVD (0S/0L)", "http://t.example/2"),
        ("Pearl Harbor (2001) maxmix avi (3S/5L)", "http://t.example/3"),
        ("Coma - Pierwsze wyjscie z mroku (-1S/-1L)", "http://t.example/4"),
    ]
    assert _titles("http://t.example/", items) == [
        "Trahison dvdrip XviD-MONK",
        "Kitaro Dayligh Moonlight Live in Yakushiji Full DVD",
        "Pearl Harbor (2001) maxmix avi",
        "Coma - Pierwsze wyjscie z mroku",
    ]
    # The same words on every item are no counter: a constant "(HD 1080)" may be the news.
    same = [(title.rsplit(" (", 1)[0] + " (HD 1080)", link) for title, link in items]
    assert all(t.endswith("(HD 1080)") for t in _titles("http://t.example/", same))
    # One number is the feed's numbering, not a tally: a podcast's "(Ep 42)" stays.
    numbered = [
        (f"How To Retire In Panama–Greg Kitzmiller (Ep {n})", f"http://p.example/{n}")
        for n in range(40, 44)
    ]
    assert (
        _titles("http://p.example/", numbered)[2]
        == "How To Retire In Panama–Greg Kitzmiller (Ep 42)"
    )
