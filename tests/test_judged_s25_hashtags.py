"""Hashtags of judged posts (sample 27; test fixtures of feed-parser repositories, short strings
quoted inline): a name the keyword list split into words is one tag, a kind of post the
headline announces is no tag, a category written in two languages is one."""

from __future__ import annotations

from bot.parsing.category_paths import path_parts
from bot.parsing.entry_topics import without_headline_kind
from bot.parsing.feeds import parse_feed
from bot.parsing.name_pieces import names_joined, names_settled
from bot.parsing.post_kinds import is_post_kind

# 16 And Counting (Cumulus/Syndic test/001.feed): itunes:keywords "esp, luke, nba, lakers,
# trevor, suns, walton, lakernation, ariza, lakeshow" — shown "#trevor #ariza #lakers".
_LAKERS = """<?xml version="1.0"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>
<title>16 And Counting: A Lakers Podcast</title><link>http://16andcounting.libsyn.com</link>
<itunes:author>Samuel Zamora</itunes:author><itunes:explicit>no</itunes:explicit>
<item><title>Should the Lakers trade for Trevor Ariza</title>
<link>http://16andcounting.libsyn.com/should-the-lakers-trade-for-trevor-ariza</link>
<description>In this episode Coach Fredy and Sammy Z explore all possibilities in acquiring The
Sun's veteran forward Trevor Ariza.</description>
<itunes:keywords>esp,luke,nba,lakers,trevor,suns,walton,lakernation,ariza,lakeshow</itunes:keywords>
</item></channel></rss>"""


def test_a_name_split_into_keywords_is_one_tag() -> None:
    (entry,) = parse_feed(_LAKERS.encode(), url="http://16andcounting.libsyn.com/rss").entries
    assert "Trevor Ariza" in entry.categories
    assert "trevor" not in entry.categories and "ariza" not in entry.categories


def test_each_guest_named_in_the_notes_is_one_tag() -> None:
    # The Joe Rogan Experience (capyreader feed-test-image-channel-reverse.xml), "#1405 - Sober
    # October 3 Recap": shown "#tom #ari #bert".
    tags = ("tom", "ari", "bert", "kreischer", "shaffir", "segura", "joe")
    notes = "Joe is joined by\xa0Ari Shaffir, Bert Kreischer & Tom Segura\xa0to recap."
    joined = names_joined(tags, "#1405 - Sober October 3 Recap", notes, frozenset(tags))
    assert names_settled(joined, joined) == ("Tom Segura", "Ari Shaffir", "Bert Kreischer", "joe")


def test_a_name_whose_words_the_feed_files_everywhere_goes_with_them() -> None:
    # Raumzeit (manger rz.xml): "tim", "pritlove" on every episode are the host's, taken away
    # feed-wide; "Tim Pritlove" joined from the notes goes too. A longer name is not joined
    # from some of its words ("Big Cat Rescue" beside "cat", "rescue").
    tags = ("tim", "pritlove", "gaia")
    joined = names_joined(tags, "RZ057 Gaia", "<p>Tim Pritlove spricht</p>", frozenset(tags))
    assert names_settled(("gaia", "Tim Pritlove"), joined) == ("gaia",)
    cats = ("cat", "rescue")
    assert names_joined(cats, "", "Visit Big Cat Rescue today", frozenset(cats)) == cats


def test_words_a_title_case_headline_capitalises_stay_apart() -> None:
    # Every word of "Lakers Trade Rumors" is capitalised: no name is told by it.
    tags = ("lakers", "trade")
    assert names_joined(tags, "Lakers Trade Rumors Heat Up", "", frozenset(tags)) == tags


def test_a_blogs_tags_are_chosen_one_by_one() -> None:
    # A blog's tags "google", "chrome" beside "Google Chrome: discuss" (sample 18's 2008 crawl)
    # are two topics; only a podcast's search keywords are a list cut into words.
    tags = ("web", "google", "chrome")
    assert names_joined(tags, "", "<p>Google Chrome is out</p>", frozenset()) == tags


def test_a_kind_of_post_the_headline_announces_is_no_tag() -> None:
    # Journal d'un avocat (feed2imap eolas.xml): "Brèves du samedi" filed "Brève".
    assert without_headline_kind(("Brève",), "Brèves du samedi") == ()
    # A topic the headline opens with stays ("Lakers Week 5 NBA Action").
    assert without_headline_kind(("Lakers",), "Lakers Week 5 NBA Action") == ("Lakers",)


def test_the_house_news_is_a_kind_of_post() -> None:
    # Six Apart News & Events (horde/Feed SixApartNews): "Designing to Inspire" as "#Company_News".
    assert is_post_kind("Company News")
    assert not is_post_kind("Company Culture")


def test_a_category_in_two_languages_is_one_tag() -> None:
    # kayros (speedparser3 bozo/0662.dat): "интерьер  и архитектура | Interiors and architectu",
    # the English cut by the feed, shown "#интерьер_и_архитектура #Interiors_and_architectu".
    assert path_parts("интерьер и архитектура | Interiors and architectu") == [
        "интерьер и архитектура"
    ]
    assert path_parts("рецепты | скафандрик | recipes | body") == ["рецепты", "скафандрик"]
    # A path in one script, and a brand beside a section, keep their steps.
    assert path_parts("News | World") == ["News", "World"]
    assert path_parts("Apple iPhone | Смартфоны") == ["Apple iPhone", "Смартфоны"]
