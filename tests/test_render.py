"""Rendering: escaped Telegram HTML within the limits, counted as Telegram counts."""

from __future__ import annotations

from bot.render.content import (
    TEXT_LIMIT,
    PostContent,
    render_post,
    telegram_length,
    visible_text,
    with_also_carried,
)
from tests.support.telegram_html import parse_html


def _visible(html: str) -> str:
    return parse_html(html).text


def test_title_is_bold_and_every_feed_string_is_escaped() -> None:
    html = render_post(
        PostContent(
            title='Tom & Jerry <script>alert("x")</script>',
            summary="5 < 6 & 7 > 3",
            link='https://example.com/a?b=1&c="2"',
            source_name="<Evil> & Co",
            source_url="https://example.com/",
        )
    )
    assert html.startswith("<b>Tom &amp; Jerry &lt;script&gt;")
    assert "5 &lt; 6 &amp; 7 &gt; 3" in html
    assert 'href="https://example.com/a?b=1&amp;c=&quot;2&quot;"' in html
    assert "&lt;Evil&gt; &amp; Co" in html
    visible = _visible(html)
    assert 'Tom & Jerry <script>alert("x")</script>' in visible


def test_a_huge_summary_is_cut_to_fit_4096_utf16_units_at_a_word() -> None:
    # Astral-plane emoji count twice in UTF-16, as Telegram counts.
    summary = ("word 😀 " * 2000).strip()
    html = render_post(PostContent("Title", summary, "https://e.com/x", "Source"))
    visible = _visible(html)
    assert telegram_length(visible) <= TEXT_LIMIT
    assert telegram_length(visible) > TEXT_LIMIT - 100
    assert "…" in visible


def test_a_short_post_is_left_whole() -> None:
    content = PostContent("Title", "One. Two.", "https://e.com/x", "Source")
    assert "One. Two." in _visible(render_post(content))


def test_without_a_link_the_source_is_still_named() -> None:
    html = render_post(PostContent("Title", "Text.", None, "Source"))
    assert _visible(html).endswith("Source")


def test_a_reprint_credits_the_original_publisher_and_the_carrier() -> None:
    html = render_post(
        PostContent(
            "Title",
            "Text.",
            "https://amn.example/a",
            "American Military News",
            "https://amn.example/",
            original_publisher="Radio Free Europe/Radio Liberty",
            original_url="https://www.rferl.org/a/1.html",
        )
    )
    assert (
        'Originally published by <a href="https://www.rferl.org/a/1.html">Radio Free '
        'Europe/Radio Liberty</a> · via <a href="https://amn.example/">American Military News</a>'
    ) in html
    assert _visible(html).endswith(
        "Read more · Originally published by Radio Free Europe/Radio Liberty"
        " · via American Military News"
    )


def test_visible_text_matches_what_telegram_shows() -> None:
    html = render_post(PostContent("A & <b>", "x < y", "https://e.com/?a=1&b=2", "S & T"))
    assert visible_text(html) == _visible(html)


def test_also_carried_lists_the_sites_that_fit() -> None:
    base = render_post(PostContent("Title", "Text.", "https://e.com/x", "Source"))
    html = with_also_carried(base, ["Site <B>", "Site C"])
    assert html.endswith("\n\nAlso carried by: Site &lt;B&gt;, Site C")
    assert _visible(html).endswith("Also carried by: Site <B>, Site C")
    # Within a caption's 1024 units, the names that do not fit are left out.
    long_base = render_post(PostContent("Title", "x " * 470, None, "Source"), limit=1024)
    trimmed = with_also_carried(long_base, ["A" * 20, "B" * 20, "C" * 20], limit=1024)
    assert telegram_length(_visible(trimmed)) <= 1024
    assert "Also carried by: " + "A" * 20 in trimmed and "C" * 20 not in trimmed
    assert with_also_carried(long_base, ["D" * 2000], limit=1024) == long_base
    plain = with_also_carried("Title\n\nText <b>", ["X & Y"], plain=True)
    assert plain == "Title\n\nText <b>\n\nAlso carried by: X & Y"
