"""Posts of a site's comment feed (held-out sample 14, Valleywag Comments, feed-873907249 of the
2008 crawl, which states no licence: short strings quoted inline)."""

from __future__ import annotations

from bot.parsing.feeds import parse_feed

_FEED = """<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Valleywag Comments</title><link>http://valleywag.com</link>
<item><title>Facebook friend request fuels Fox feud</title>
<link>http://valleywag.com/5107886/facebook-friend-request-fuels-fox-feud#c9432418</link>
<description>&lt;p&gt;You know, often I look at our media in horror.&lt;/p&gt;</description>
<dc:creator>Robert Synnott</dc:creator><guid isPermaLink="false">34:5107886:c9432418</guid></item>
<item><title>Jesus freaks now afraid of nanotech, too</title>
<link>http://valleywag.com/5105882/jesus-freaks-now-afraid-of-nanotech-too#c9432347</link>
<description>&lt;p&gt;No they're not. They look similar.&lt;/p&gt;</description>
<dc:creator>Robert Synnott</dc:creator><guid isPermaLink="false">34:5105882:c9432347</guid></item>
</channel></rss>"""


def test_a_comment_keeps_its_own_anchor_when_it_is_alone_on_its_page() -> None:
    parsed = parse_feed(_FEED.encode(), url="http://valleywag.com/rss/comments")
    assert [e.canonical_url for e in parsed.entries] == [
        "http://valleywag.com/5107886/facebook-friend-request-fuels-fox-feud#c9432418",
        "http://valleywag.com/5105882/jesus-freaks-now-afraid-of-nanotech-too#c9432347",
    ]


def test_a_section_anchor_of_an_article_is_still_dropped() -> None:
    feed = _FEED.replace("#c9432418", "#more-5107886").replace("#c9432347", "#comments")
    parsed = parse_feed(feed.encode(), url="http://valleywag.com/rss/comments")
    assert all("#" not in (e.canonical_url or "") for e in parsed.entries)


def test_a_comment_titled_with_its_articles_headline_names_its_author() -> None:
    parsed = parse_feed(_FEED.encode(), url="http://valleywag.com/rss/comments")
    assert parsed.entries[0].title == (
        "Comment by Robert Synnott on Facebook friend request fuels Fox feud"
    )


def test_a_reply_label_goes_and_a_title_naming_the_commenter_stays() -> None:
    # Disqus titles a comment "Re: <headline>"; WordPress "Comment on <headline> by <author>".
    feed = _FEED.replace("Facebook friend", "Re: Facebook friend").replace(
        "Jesus freaks now afraid of nanotech, too", "Comment on Jesus freaks by Robert Synnott"
    )
    titles = [e.title for e in parse_feed(feed.encode(), url="http://v.example/c").entries]
    assert titles == [
        "Comment by Robert Synnott on Facebook friend request fuels Fox feud",
        "Comment on Jesus freaks by Robert Synnott",
    ]


def test_an_article_item_keeps_its_headline() -> None:
    feed = _FEED.replace("#c9432418", "").replace("#c9432347", "")
    titles = [e.title for e in parse_feed(feed.encode(), url="http://v.example/c").entries]
    assert titles[0] == "Facebook friend request fuels Fox feud"
