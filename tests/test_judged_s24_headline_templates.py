"""What a feed's template puts around every headline leaves it: a date closing each title, a
microblog account's name opening each status of its own page's feed; a closing "!" the source
wrapped to a line of its own joins its words; an address's serial slug is no headline. Titles
quoted from 2008 feeds of held-out samples 24 and 26 (kalv/ruby-feed-parser-benchmark, no
licence: short strings inline)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from bot.parsing.feeds import parse_feed
from bot.parsing.models import FeedEntry


def _rss(site: str, items: Sequence[tuple[str, str]], text: str | None = None) -> bytes:
    body = "".join(
        f"<item><title>{escape(title)}</title><link>{escape(link)}</link>"
        f"<description>{escape(text if text is not None else title)}</description></item>"
        for title, link in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed</title>'
        f"<link>{site}</link>{body}</channel></rss>"
    ).encode()


def _entries(
    site: str, items: Sequence[tuple[str, str]], text: str | None = "Text of the post."
) -> tuple[FeedEntry, ...]:
    return parse_feed(_rss(site, items, text), url=f"{site}feed").entries


# NIXON*NOW (nixlog.com): every title closes on its day, a template's label the post carries.
DATED = [
    ("The Big Noob (13 May 2007)", "http://www.nixlog.com/archives/2007/05/13_the_big_noob.php"),
    ("Ratatouille 9-min Preview (720p) (08 May 2007)", "http://www.nixlog.com/archives/1.php"),
    ("Settlers of Catan - Xbox Live Arcade (03 May 2007)", "http://www.nixlog.com/archives/2.php"),
    ("Polar Clock Screensaver (19 Mar 2007)", "http://www.nixlog.com/archives/3.php"),
    ("Téjas 2007 (20 Feb 2007)", "http://www.nixlog.com/archives/4.php"),
]


def test_a_date_closing_every_headline_leaves_them() -> None:
    assert [e.title for e in _entries("http://www.nixlog.com/", DATED)] == [
        "The Big Noob",
        "Ratatouille 9-min Preview (720p)",
        "Settlers of Catan - Xbox Live Arcade",
        "Polar Clock Screensaver",
        "Téjas 2007",
    ]


def test_a_date_closing_one_headline_of_many_stays() -> None:
    # One dated title among undated ones is the writer's: the feed shows no template.
    items = [DATED[0], *((f"Virb news {n}", f"http://www.nixlog.com/{n}.php") for n in range(4))]
    assert _entries("http://www.nixlog.com/", items)[0].title == "The Big Noob (13 May 2007)"


# 饭否 (fanfou.com), one account's statuses: "<account>：<status>", the text the same.
FANFOU = [
    ("ericzhe：昨夜美股大涨", "http://fanfou.com/statuses/QB8AZMSCpmc"),
    ("ericzhe：Kate Rusby is good. Clear and magnetic，a bit like 陈绮贞", "http://fanfou.com/s/2"),
    ("ericzhe：facebook慢得令人发狂", "http://fanfou.com/statuses/3"),
    ("ericzhe：听音乐会去了，东方艺术中心", "http://fanfou.com/statuses/4"),
]


def test_an_account_opening_every_status_of_its_own_page_leaves_headline_and_text() -> None:
    entries = _entries("http://fanfou.com/ericzhe", FANFOU, text=None)
    assert [e.title for e in entries[:2]] == [
        "昨夜美股大涨",
        "Kate Rusby is good. Clear and magnetic，a bit like 陈绮贞",
    ]
    assert not any("ericzhe" in e.content_html for e in entries)


def test_a_label_opening_every_title_of_another_address_stays() -> None:
    # "ericzhe" is not the account the feed's page belongs to: no proof it is the poster's name.
    entries = _entries("http://fanfou.com/public", FANFOU)
    assert entries[0].title == "ericzhe：昨夜美股大涨"


def test_a_closing_mark_wrapped_to_its_own_line_joins_the_headline() -> None:
    items = [("New Pistonsoft MP3 Tags Editor released\n!", "http://www.pistonsoft.com/a.html")]
    assert _entries("http://www.pistonsoft.com/", items)[0].title == (
        "New Pistonsoft MP3 Tags Editor released!"
    )


def test_an_items_serial_slug_as_title_gives_way_to_its_first_sentence() -> None:
    link = "http://feeds.feedburner.com/~r/nicholasjoncom/~3/468559020/nicholasjon_1023632724"
    text = "Amy and I are truly touched by the outpouring of generosity. Thank you all."
    items = [("nicholasjon 1023632724", link)]
    entry = _entries("http://www.nicholasjon.com/", items, text)[0]
    assert entry.title == "Amy and I are truly touched by the outpouring of generosity."
    # A serial number in a headline of its own words stays: it is not the address's slug.
    items = [("nicholasjon 1023632724", "http://www.nicholasjon.com/permalink/2008/11/25/amy")]
    assert _entries("http://www.nicholasjon.com/", items, text)[0].title == items[0][0]


def test_a_release_or_a_dated_title_naming_its_slug_stays() -> None:
    # A CPAN release's version and a day's date are the title's, not a serial number.
    items = [
        ("Devel-Declare-0.003004", "http://search.cpan.org/~flora/Devel-Declare-0.003004/"),
        ("Working 073108", "http://www.example.com/2008/07/working-073108.html"),
    ]
    entries = _entries("http://www.example.com/", items, "Adding keywords to perl, in perl.")
    assert [e.title for e in entries] == ["Devel-Declare-0.003004", "Working 073108"]
