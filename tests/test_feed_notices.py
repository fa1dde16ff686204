"""A feed's anti-syndication notice opening every entry is no lead (held-out sample 11: a
blog's "THIS FEED IS NOT INTENDED FOR SYNDICATION! - Please visit http://…" glued to its
text). Quoted inline from the 2008 crawl in kalv/ruby-feed-parser-benchmark (no licence)."""

from __future__ import annotations

from bot.compose.reading import read_text
from bot.text.feed_notices import without_feed_notice

_NOTICE = "THIS FEED IS NOT INTENDED FOR SYNDICATION! - Please visit http://cheatersuncovered.net"


def test_the_notice_and_its_pointer_at_the_site_go_even_glued_to_the_text() -> None:
    html = _NOTICE + "I came home from work later than usual last night. Anyways I decided."
    text, _ = read_text(html, title="is this cheating?", site_name=None, site_url=None)
    assert text.startswith("I came home from work later than usual last night.")
    # The feed's learned boilerplate may take the notice; its pointer goes all the same.
    rest = "- Please visit http://cheatersuncovered.netSneaky way to catch a cheater."
    assert without_feed_notice(rest) == "Sneaky way to catch a cheater."
    assert without_feed_notice("This feed is for personal use only. The lead.") == "The lead."


def test_a_pointer_that_goes_on_as_a_sentence_is_the_writers() -> None:
    for kept in (
        "Please visit http://www.arcana.com/view_title.php?id=265 for more information.",
        "Visit www.example.com to get it.",
        "Visit Paris in spring: it is lovely.",
        "Please visit http://cheatersuncovered.net",
    ):
        assert without_feed_notice(kept) == kept
