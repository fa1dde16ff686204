"""Credits as sites write their names, from sample 28's credit rejects: a domain fallback gives
way to the site's name as its own title spells it ("iPhone Life" for iphonelife.com), and a
reprint notice's name runs through its initials' dots ("the U.S. Small Business
Administration", not "U.S"), and a search stream's "handle (Name)" author credits the author
("Matthew DeBord" for twitter.com/mattdebord). Titles and sentences quoted from the judged feeds."""

from __future__ import annotations

from bot.attribution.notices import find_notices
from bot.attribution.site_names import derive_site_name
from bot.attribution.spelled_names import spelled_name
from bot.attribution.stream_authors import author_page, is_authors_stream
from bot.parsing.models import FeedEntry
from bot.text.blocks import to_blocks


def test_a_title_cut_mid_phrase_still_spells_the_sites_name() -> None:
    # ruricolist cl-feedparser's iphonelife: the title is its feed's label, not a name.
    title = "iPhone Life Blog entries by all bloggers about iPhone and iPod Touch"
    named = derive_site_name(title, "http://www.iphonelife.com/blog/all/all", "f")
    assert named.name == "iPhone Life"


def test_a_brands_inner_capital_opens_a_name_a_lower_case_word_does_not() -> None:
    domain = ("iphonelife.com", "iphonelife")
    assert spelled_name("News from iPhone Life today", domain) == "iPhone Life"
    assert spelled_name("news from iphone life today", domain) is None


def test_a_reprint_notice_names_the_agency_through_its_initials() -> None:
    # feedjira-benchmarks' white_house.xml, entry 16.
    html = (
        "<p><em>Ed. note: This is cross-posted from the U.S. Small Business Administration. "
        'See the original post <a href="http://www.sba.gov/community/blogs/x">here</a>.</em></p>'
        "<p>Most Americans know about Black Friday.</p>"
    )
    hits = find_notices(to_blocks(html), html)
    assert [hit.publisher for hit in hits] == ["U.S. Small Business Administration"]


_TWEETERS = [
    ("mattdebord", "Matthew DeBord"),
    ("CherylBle", "Cheryl Bledsoe"),
    ("RunGomez", "LE Gomez"),
]


def test_a_search_streams_handle_and_name_credit_the_author_in_their_space() -> None:
    # Senjai SCPRv4's twitter.atom ("@KPCCForum - Twitter Search"): each tweet is its author's.
    entries = [
        FeedEntry(
            key=f"id:{n}",
            title="It's time for @DeBordReport LIVE!",
            link=f"http://twitter.com/{handle}/statuses/18186545414132530{n}",
            canonical_url=None,
            published_at=None,
            content_html="RT @mattdebord: It's time for @DeBordReport LIVE!",
            author=f"{handle} ({name})",
        )
        for n, (handle, name) in enumerate(_TWEETERS)
    ]
    site = "http://search.twitter.com/search?q=%40KPCCForum"
    assert is_authors_stream(entries, site)
    assert author_page(entries[0], site) == ("Matthew DeBord", "http://twitter.com/mattdebord")


def test_feed_words_and_what_the_feed_is_of_follow_the_name() -> None:
    # rssowl performance/39.xml.
    named = derive_site_name("JabTV RSS Feed of Laughter", "http://www.jabtv.com/", "f")
    assert named.name == "JabTV"
