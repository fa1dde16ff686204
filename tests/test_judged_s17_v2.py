"""Pointers at what the post lacks and asks to follow the site, from held-out sample 15 (feeds of
kalv/ruby-feed-parser-benchmark, no licence: the entries' text is quoted inline)."""

from __future__ import annotations

from bot.text.blocks import to_blocks
from bot.text.cleaning import clean_article_text
from bot.text.media_pointers import without_media_pointers
from bot.text.pointer_links import pointer_link_cuts
from bot.text.references import without_page_references


def _cleaned(html: str) -> str:
    blocks = to_blocks(html)
    return clean_article_text(blocks, cuts=pointer_link_cuts(blocks))


def test_the_rest_after_the_jump_goes_in_any_language() -> None:
    # LagZero.NET (feed--242378464, entry 12): the list is on the page after the cut.
    text = "Esta ha sido la semana más lenta del año. La lista completa después del salto."
    assert without_page_references(text) == "Esta ha sido la semana más lenta del año."
    text = "Apple shipped three laptops today. More details after the jump!"
    assert without_page_references(text) == "Apple shipped three laptops today."


def test_a_jump_that_is_no_cut_stays() -> None:
    text = "He cleared 8.95 metres in the long jump. Il salto in alto è finito. Le saut a eu lieu."
    assert without_page_references(text) == text


def test_click_here_with_no_link_goes() -> None:
    # AsiaHelp 24 (feed-1036281827, entry 2): the feed's text has no link on "click here".
    text = (
        "We are also looking for native Vietnamese speakers to join our growing network. "
        "If interested, please click here to apply."
    )
    assert without_page_references(text) == (
        "We are also looking for native Vietnamese speakers to join our growing network."
    )


def test_an_ask_to_keep_checking_the_sites_blog_goes() -> None:
    # TechCrunch50 (feed-280893455, entries 3 and 5).
    html = (
        "<p>Marc Benioff, Don Dodge and Mark Cuban have signed on as TechCrunch50 experts. Keep "
        "checking in with the TechCrunch50 blog, as additional announcements about experts and "
        "panels will be up next.</p>"
    )
    assert _cleaned(html) == (
        "Marc Benioff, Don Dodge and Mark Cuban have signed on as TechCrunch50 experts."
    )


def test_asks_to_subscribe_to_the_sites_feed_or_newsletter_go() -> None:
    # Aviary (feed--672473002, entry 0) and Adaptistration (feed--948752929, entry 5).
    html = (
        "<p>Meowza Katz is the Artist in Residence at Aviary, Inc. To read more of his discourses "
        "on legos, please subscribe to the Aviary blog RSS feed or email newsletter. Aviary is a "
        "powerful suite of browser-based design tools.</p>"
    )
    assert "subscribe" not in _cleaned(html)
    html = (
        "<p>Delivered to your email every Friday, it provides a concise summary of each week’s "
        "articles. Use the form located at the top of the right hand navigation column to "
        "subscribe today!</p>"
    )
    assert "subscribe" not in _cleaned(html)


def test_subscribing_told_as_news_stays() -> None:
    html = "<p>Users can now subscribe to RSS feeds in Outlook. Stay tuned for the review.</p>"
    assert (
        _cleaned(html)
        == "Users can now subscribe to RSS feeds in Outlook. Stay tuned for the review."
    )


def test_having_watched_a_video_the_post_lacks_goes() -> None:
    # Liminal Existence (feed-519184471, entry 27), Unhealthy Behavior (feed--949873524, 8).
    text = (
        "After seeing this video, I'm totally bummed about missing The Knife. Ray's been "
        "talking about it for weeks."
    )
    assert without_media_pointers(text) == "Ray's been talking about it for weeks."
    text = (
        "My favorite comedian is Brian Regan and if you watched the above video you'll see it. "
        "But as Carol Burnett once said, comedy is tragedy plus time."
    )
    assert (
        without_media_pointers(text)
        == "But as Carol Burnett once said, comedy is tragedy plus time."
    )


def test_a_video_the_news_speaks_of_stays() -> None:
    text = "After seeing the video of the attack, police arrested him. Watch this space."
    assert without_media_pointers(text) == text
