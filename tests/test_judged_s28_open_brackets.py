"""A site's name never ends in half a bracket: a title cut at its colon inside brackets keeps
the name before them."""

from __future__ import annotations

from bot.attribution.site_names import derive_site_name

SITE = "http://www.linux-magazine.com/"
FEED = "http://www.linux-magazine.com/rss/feed/lmi_news"


def test_a_bracket_the_name_opens_and_never_closes_is_cut() -> None:
    # Tietienne/rss_feeds' linux-magazine.xml (sample 31): "Linux Magazine News (path: news)"
    # was credited "Linux Magazine News (path".
    assert derive_site_name("Linux Magazine News (path: news)", SITE, FEED).name == (
        "Linux Magazine News"
    )


def test_closed_brackets_stay_part_of_the_name() -> None:
    assert derive_site_name("Example (Beta)", "https://example.org/", FEED).name == (
        "Example (Beta)"
    )
