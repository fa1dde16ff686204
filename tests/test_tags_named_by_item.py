"""A tag is shown only where the item names it (held-out sample 15's hashtag rejects)."""

from __future__ import annotations

from bot.parsing.feeds import parse_feed

# Strings quoted from sample 15 (pools/s17-all): a recession post filed under a site's SEO
# categories, and a post under a blog's catch-all; four editors rejected both for the tags.
_FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Money blog</title>
<link>http://money.example/</link>
<item><title>The recession is official</title><link>http://money.example/2008/12/recession/</link>
<description>The National Bureau of Economic Research said the recession began in
December 2007, amid the financial crisis.</description>
<category>Credit Cards</category><category>Debt Consolidation</category>
<category>Financial Crisis</category></item>
<item><title>Race day</title><link>http://money.example/sport/running/race-day/</link>
<description>My first 5k this morning: running in the rain.</description>
<category>random whine</category><category>Running</category></item>
</channel></rss>"""


def _tags() -> list[tuple[str, ...]]:
    entries = parse_feed(_FEED.encode(), url="http://money.example/feed").entries
    return [e.categories for e in entries]


def test_a_tag_the_item_never_names_goes() -> None:
    first, second = _tags()
    assert "Credit Cards" not in first and "Debt Consolidation" not in first
    assert "random whine" not in second


def test_a_tag_named_by_the_text_stays() -> None:
    first, second = _tags()
    assert "Financial Crisis" in first  # "financial crisis" in its text
    assert "Running" in second  # "running" in its text


def test_a_tag_not_shown_is_still_read_as_the_feeds_filing() -> None:
    # Credits read how a site files its items ("ignite_realtime" spells the domain's name):
    # the gate decides what a post shows, not what the feed said.
    entries = parse_feed(_FEED.encode(), url="http://money.example/feed").entries
    assert entries[0].unnamed_categories == ("Credit Cards", "Debt Consolidation")
    assert entries[1].unnamed_categories == ("random whine",)
