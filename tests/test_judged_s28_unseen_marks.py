"""What no reader should see in a credit or a headline: half a bracket (a title cut at its colon
inside brackets keeps the name before them), a lost object's placeholder character."""

from __future__ import annotations

from bot.attribution.site_names import derive_site_name
from bot.parsing.repair import plain_headline
from bot.text.stray_chars import without_invisibles

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


def test_an_object_placeholder_never_shows_in_a_headline_or_a_lead() -> None:
    # Clever Cloud's blog (Tietienne/rss_feeds' clever-cloud.xml, sample 31): a headline closed
    # on U+FFFC, the placeholder of an embedded object, which shows as a box.
    assert plain_headline("Clever Cloud is now on Scaleway \ufffc") == (
        "Clever Cloud is now on Scaleway"
    )
    assert without_invisibles("An image \ufffc here.") == "An image  here."
