"""Article links of held-out sample 12's link rejects (development data since): a feed burned
twice, a feed-reader flag in the query, a click counter's query where the entry marks its
permalink. The feeds' repository (kalv/ruby-feed-parser-benchmark) states no licence: short
strings inline."""

from __future__ import annotations

from bot.parsing.feeds import parse_feed
from bot.parsing.urls import canonical_url


def _links(items: str) -> list[str | None]:
    feed = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:feedburner="http://rssnamespace.org/'
        'feedburner/ext/1.0"><channel><title>T</title><link>http://example.org/</link>'
        f"{items}</channel></rss>"
    ).encode()
    parsed = parse_feed(feed, url="http://example.org/feed")
    return [entry.canonical_url for entry in parsed.entries]


# Servant of Chaos: FeedBurner over a TypePad feed already burned, so the "original" link is
# the first service's redirect; the guid is the page, ending in the redirect's slug.
_BURNED_TWICE = (
    "<item><title>Learning from Failure</title><link>http://feeds.feedburner.com/~r/ServantOf"
    'Chaos/~3/480227070/learning-from-failure.html</link><guid isPermaLink="false">http://www'
    ".servantofchaos.com/2008/12/learning-from-failure.html</guid><feedburner:origLink>http://"
    "feeds.feedburner.com/~r/typepad/IbVv/~3/480224038/learning-from-failure.html"
    "</feedburner:origLink></item>"
)


def test_an_original_link_that_is_itself_a_redirect_gives_way_to_the_page() -> None:
    assert _links(_BURNED_TWICE) == [
        "http://www.servantofchaos.com/2008/12/learning-from-failure.html"
    ]


def test_a_flag_saying_the_reader_came_from_the_feed_is_tracking() -> None:
    assert canonical_url("http://onethatknows.com/?nucrss=1&p=309") == (
        "http://onethatknows.com/?p=309"
    )
    # HighWire journals' and DR's flags: the same page without them.
    assert canonical_url("http://biorxiv.org/cgi/content/short/2023.12.16.571984v1?rss=1") == (
        "http://biorxiv.org/cgi/content/short/2023.12.16.571984v1"
    )
    assert canonical_url("http://www.dr.dk/Nyheder/Penge/2011/06/18/064654.htm?rss=true") == (
        "http://www.dr.dk/Nyheder/Penge/2011/06/18/064654.htm"
    )


def test_a_key_choosing_the_feed_format_is_no_flag() -> None:
    assert canonical_url("http://example.org/?feed=rss2&p=3") == "http://example.org/?feed=rss2&p=3"


# Shaun Inman's link column: every <link> counts the click on the site's "feeder" script and
# carries the linked page as "seed"; the item ends on a "●" link to its permalink.
_FEEDER = (
    "<item><title>wp-Hyphenate</title><link>http://shauninman.com/feeder/?FeederAction=clicked"
    "&amp;feed=Elsewhere&amp;seed=http%3A%2F%2Fkingdesk.com%2Fprojects%2Fwp-hyphenate%2F&amp;"
    "seed_title=wp-Hyphenate</link><description>&lt;p&gt;A plugin that embeds soft-hyphens. "
    '&lt;a href="http://www.shauninman.com/archive/2008/11/12/wp_hyphenate"&gt;&amp;#x25cf;'
    "&lt;/a&gt;&lt;/p&gt;</description></item>"
)


def test_a_click_counting_query_gives_the_permalink_the_entry_marks() -> None:
    assert _links(_FEEDER) == ["http://www.shauninman.com/archive/2008/11/12/wp_hyphenate"]


def test_without_a_permalink_a_click_counting_query_gives_the_address_it_carries() -> None:
    bare = _FEEDER.split("<description>")[0] + "</item>"
    assert _links(bare) == ["http://kingdesk.com/projects/wp-hyphenate/"]
