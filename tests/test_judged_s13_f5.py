"""Links, markup and photos held-out sample 10's editor rejected (bench/judged/2026-12-06-
heldout-10*.jsonl, development data now), checked on the rejected feeds' real entries."""

from __future__ import annotations

from bot.compose.entry import source_name
from bot.parsing.click_paths import click_path_target
from bot.parsing.feeds import parse_feed
from bot.parsing.pictures import first_photo
from bot.render.content import render_post
from tests.support.first_check import first_check
from tests.test_judged_dev_pool import read

# Click counters in a site's own path: the article is the rest of the path.


def test_a_click_counter_path_links_the_article_and_the_site_its_front_page() -> None:
    # CNN's feeds linked every story through "cnn.com/rssclick/<the story's path>?section=…"
    # and the site through "cnn.com/rssclick/?section=…": the posts' links went through it.
    source, [(ford, ford_post), (bush, _)] = read("s13f5-cnn-rssclick.xml")
    assert ford.link == "http://www.cnn.com/money/2006/01/23/news/companies/ford_closings/index.htm"
    assert bush.link == "http://www.cnn.com/2006/POLITICS/01/23/bush.ap/index.html"
    assert source == "CNN.com"
    message = render_post(ford_post)
    assert "rssclick" not in message and "section=cnn_topstories" not in message
    assert '<a href="http://www.cnn.com/">CNN.com</a>' in message


def test_a_click_counter_carrying_a_whole_address_in_its_path_links_that_address() -> None:
    assert click_path_target("https://news.example.net/redirect/https://b.example.org/a?x=1") == (
        "https://b.example.org/a?x=1"
    )
    assert click_path_target("https://e.example/out/https%3A%2F%2Fb.example.org%2Fp") == (
        "https://b.example.org/p"
    )
    # A dynamic page keeps its query; sections named like a counter's word are pages.
    assert click_path_target("http://h.example/feedclick/news/read.php?id=7") == (
        "http://h.example/news/read.php?id=7"
    )
    assert click_path_target("https://music.example/track/blue-in-green") is None
    assert click_path_target("https://blog.example/go/away-a-poem") is None
    assert click_path_target("https://blog.example/2024/01/click-bait.html") is None
    # One segment after the counter is its own script: where it goes is unknown.
    assert click_path_target("http://c.moreover.com/click/here.pl?r123") is None


# Markup escaped once more than the feed's own XML before it.


def test_an_escaped_body_after_a_player_written_as_xml_is_markup_again() -> None:
    # Tokyo Drift's video blog (davorg/xml-feed's category-bug.xml, no licence stated: quoted)
    # writes the YouTube player as XML, then its HTML as CDATA, which feedparser escapes
    # (the description holds elements): readers saw "&lt;p&gt;ONEDARI BOYSが…&lt;br /&gt;".
    body = (
        '<rss version="2.0"><channel><title>トーキョードリフト</title>'
        "<link>http://tokyodrift.jp/</link><item><title>緊急開催決定！</title>"
        "<link>http://tokyodrift.jp/a.html</link><description>"
        '<object width="425" height="350"><param name="movie" '
        'value="http://www.youtube.com/v/LQkM_Zy8J38"></param><embed '
        'src="http://www.youtube.com/v/bgOjKPWaMOU" type="application/x-shockwave-flash">'
        "</embed></object><![CDATA[<p>ONEDARI BOYSがブロガーのためにホルモンナイトを"
        "ぐぅにONEDARIしました。<br />\nそして、店長から熱いコメントをいただきました。"
        "</p>]]></description></item></channel></rss>"
    ).encode()
    [entry] = parse_feed(body, url="http://tokyodrift.jp/index.xml").entries
    assert "&lt;" not in entry.content_html
    assert "<p>ONEDARI BOYSがブロガーのため" in entry.content_html


# Pictures that are a plugin's own art, not the post's photo.

_PLAYER_PLACEHOLDER = (
    # carminuccio.it (kalv/ruby-feed-parser-benchmark's 2008 crawl, no licence stated: quoted)
    '<feed xmlns="http://www.w3.org/2005/Atom"><title>Carminuccio.it</title><entry>'
    '<title>Basta poco.</title><link href="http://www.carminuccio.it/blog/2008/11/28/basta-poco/"/>'
    '<content type="html"><![CDATA[<p style="text-align: center;"><img src="http://www.'
    'carminuccio.it/blog/wp-content/plugins/flash-video-player/default_video_player.gif" /></p>'
    '<p style="text-align: center;"><img class="aligncenter size-full wp-image-350" '
    'src="http://www.carminuccio.it/blog/wp-content/uploads/2008/11/vascobastapoco1.jpg" '
    'width="580" height="388" /></p><p>Basta poco a fare impressione.</p>]]></content>'
    "</entry></feed>"
)


def test_a_video_plugins_placeholder_is_not_the_posts_photo() -> None:
    [entry] = parse_feed(_PLAYER_PLACEHOLDER.encode(), url="http://www.carminuccio.it/feed").entries
    assert first_photo(entry.content_html) == (
        "http://www.carminuccio.it/blog/wp-content/uploads/2008/11/vascobastapoco1.jpg"
    )


# Anchor marks: a permalink's "#" link is no word of the summary.


def _messages(body: bytes, url: str) -> list[str]:
    parsed = parse_feed(body, url=url, headers={})
    source = source_name(parsed.title, parsed.site_url, url, parsed.channel)
    return [render_post(post.content) for post in first_check(parsed, source) if post.content]


def test_a_permalink_mark_does_not_end_the_summary() -> None:
    # SimpleBits (horde/Feed's lexicon fixtures) ends each item with a "#" permalink, which
    # the post showed as '…around the world." #.'
    body = (
        b'<rss version="2.0"><channel><title>SimpleBits</title><link>http://simplebits.com/'
        b"</link><item><title>1% for the Planet's new blog</title>"
        b"<link>http://onepercentfortheplanet.org/blog/</link><description><![CDATA["
        b'The first post offers this great news: "Our members can now be found in 27 '
        b'different countries around the world." <a href="http://www.simplebits.com/notebook/'
        b'2008/06/17/bluemarble.html" title="permanent link to this entry">#</a>]]>'
        b"</description></item><item><title>This Ain't No Disco</title>"
        b"<link>http://www.aintnodisco.com/</link><description><![CDATA[Need workplace design "
        b'inspiration?  <abbr>TAND</abbr> showcases the "inner sanctum" of some creatively-'
        b'executed spaces.  <a href="http://www.simplebits.com/notebook/2008/06/20/tand.html" '
        b'title="permanent link to this entry">#</a>]]></description></item></channel></rss>'
    )
    planet, disco = _messages(body, "http://simplebits.com/xml/rss")
    assert 'around the world."\n' in planet and "#." not in planet
    # The item's other tag is still markup, not text: "<abbr>" is not shown escaped.
    assert "&lt;abbr" not in disco and "Need workplace design inspiration? TAND" in disco
    # A heading's "¶" anchor goes the same way.
    heading = body.replace(b">#</a>", b">&#182;</a>")
    assert all("\u00b6" not in message for message in _messages(heading, "http://s.example/f"))
