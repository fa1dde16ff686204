"""The links a post carries in its summary are cleaner than entry keys need: no affiliate or
share-tracking parameters, no link on function words or on each word of a phrase, no tag or
topic listing. Strings are quoted short from the corpus and pools: the 2008 crawl (kalv's
benchmark, no licence: inline), fastfeedparser's benchmark data and RSParser's La Nación (MIT)."""

from __future__ import annotations

from bot.text.link_hygiene import inline_href, is_listing_page
from bot.text.summary_links import summary_anchors

ARTICLE = "https://www.alwaystwisted.com/articles/my-media-query-mixin.html"


def test_affiliate_and_share_parameters_go_from_an_inline_link() -> None:
    # Adaptive Path's "Understanding Comics" (s14 feed--347289080 #0), Amazon Associates' kit.
    amazon = (
        "http://www.amazon.com/gp/redirect.html?camp=1789&creative=9325&link_code=ur2"
        "&location=http%3A%2F%2Fwww.amazon.com%2Fgp%2Fproduct%2F006097625X&tag=adaptivepat07-20"
    )
    assert inline_href(amazon) == (
        "http://www.amazon.com/gp/redirect.html"
        "?location=http%3A%2F%2Fwww.amazon.com%2Fgp%2Fproduct%2F006097625X"
    )
    # TIME's "mastering" (fastfeedparser 5da3b20f957be51d #25): YouTube's share token.
    assert inline_href("https://youtu.be/QyierGDlMOY?si=_61ySiU54m7BHPu_") == (
        "https://youtu.be/QyierGDlMOY"
    )
    assert inline_href(
        "https://www.amazon.com/Make-Noise/dp/1523504552/ref=sr_1_2?qid=1579&sr=8-2"
    ) == ("https://www.amazon.com/Make-Noise/dp/1523504552")
    # What picks the page stays: a blog's own tag query, a video's id, a bare key.
    assert inline_href("http://example.com/?tag=python") == "http://example.com/?tag=python"
    assert inline_href("http://www.youtube.com/watch?v=1fIEUx7z61I") == (
        "http://www.youtube.com/watch?v=1fIEUx7z61I"
    )
    assert (
        inline_href("http://www.bbc.co.uk/x.shtml?intro2") == "http://www.bbc.co.uk/x.shtml?intro2"
    )


def test_a_tag_or_topic_listing_is_no_source_but_a_release_tag_is_a_page() -> None:
    # La Nación linked "clima" to its topic page (RSParser's lanacion.xml).
    assert is_listing_page("https://www.lanacion.com.ar/tema/pronostico-del-tiempo-tid67530")
    assert is_listing_page("http://techcrunch.com/tag/asimo/")
    assert not is_listing_page("https://github.com/libgeos/geos/releases/tag/3.13.0")
    assert not is_listing_page("http://www.flickr.com/photos/tags/umbrella/clusters/")
    html = (
        '<p>El pronóstico del <a href="https://www.lanacion.com.ar/tema/pronostico-del-tiempo-'
        'tid67530">clima</a> en Ushuaia para este sábado.</p>'
    )
    summary = "El pronóstico del clima en Ushuaia para este sábado."
    assert summary_anchors(summary, html, "https://www.lanacion.com.ar/lifestyle/clima-x") == ()
    # A sentence that points at the listing relies on it (One Floor Up, s12 feed--426227634 #8).
    html = (
        '<p>Please feel free to explore my archives or some of my <a href="http://www.onefloorup'
        '.com/labels/Personal%20Favorites.html">personal favorites</a>.</p>'
    )
    summary = "Please feel free to explore my archives or some of my personal favorites."
    assert [a.text for a in summary_anchors(summary, html, ARTICLE)] == ["personal favorites"]


def test_links_on_function_words_or_each_word_of_a_phrase_are_left_as_text() -> None:
    # Always Twisted (fastfeedparser 5a96f363a5cd333d #117): three posts linked word by word.
    base = "https://www.alwaystwisted.com/post.php?s="
    html = (
        f'<p>I\'ve written <a href="{base}2013-01-12">quite</a> a <a href="{base}2012-04-28">'
        f'lot</a> <a href="{base}2012-08-06">about</a> media queries; Playing with '
        '<a href="http://lesscss.org/">LESS</a> then Sass.</p>'
    )
    summary = "I've written quite a lot about media queries; Playing with LESS then Sass."
    anchors = summary_anchors(summary, html, ARTICLE)
    assert [a.text for a in anchors] == ["LESS"]
    # One-word links run together are noise even where the words are not function words.
    html = (
        '<p>Tools: <a href="https://a.example/x">red</a> <a href="https://b.example/y">green</a>'
        ' and a <a href="https://c.example/z">yellow dryer</a> here.</p>'
    )
    summary = "Tools: red green and a yellow dryer here."
    assert [a.text for a in summary_anchors(summary, html, ARTICLE)] == ["yellow dryer"]
