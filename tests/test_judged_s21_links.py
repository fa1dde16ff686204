"""Links, headlines and markup of held-out samples 22-23 (kalv/ruby-feed-parser-benchmark feeds,
quoted inline): any service's original-link element, a <link> holding words, a redirect a
summary's words were linked through, an editor's host before a "www." address, entities a feed
escaped twice."""

from __future__ import annotations

from bot.parsing.double_escapes import html_once_unescaped, text_once_unescaped
from bot.parsing.feeds import parse_feed
from bot.parsing.links import entry_link
from bot.parsing.repair import plain_headline, unescaped_markup
from bot.text.summary_links import summary_anchors

_SLINKSET = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"
 xmlns:slinkset="http://atomnamespace.slinksetspike.com/slinkset/1.0">
<title>Новини</title><link href="http://bgnews.slinkset.com/recent" rel="alternate"/>
<entry><id>tag:bgnews.slinkset.com,2008-01-01:LinkItem/40460001</id>
<link type="text/html" rel="alternate"
 href="http://bgnews.slinkset.com/items/GeForce_GTX_295_GTX_285/forward"/>
<title>GeForce GTX 295 и GTX 285 – през януари</title>
<content type="html">Двете нови карти.</content>
<slinkset:origLink>http://www.techno-mobile.eu/item/2279</slinkset:origLink>
</entry></feed>"""


def test_any_services_original_link_element_gives_the_article() -> None:
    # Slinkset's "/forward" redirect; the entry names the article in slinkset:origLink.
    parsed = parse_feed(_SLINKSET.encode(), url="http://bgnews.slinkset.com/recent.atom")
    assert parsed.entries[0].link == "http://www.techno-mobile.eu/item/2279"


def test_a_link_holding_words_is_no_address() -> None:
    # Studio Znak's <link><a href="…/index.php" title="…">Inner-Live, …</a></link>: feedparser
    # reads the anchor's text, which made a path leads nowhere.
    raw = {"link": "Inner-Live, au moins il y a Anime !", "title": "Inner-Live, au moins il y a"}
    assert entry_link(raw, "http://www.studioznak.net") is None
    # A link broken over two lines by a wrapped file is still the article's.
    wrapped = {
        "link": "http://a.example/Internally.ht ml",
        "id": "http://a.example/Internally.html",
    }
    assert entry_link(wrapped, "http://a.example/") == "http://a.example/Internally.html"


_PHOTOGRAPHY_BAY = (
    '<p><a href="http://www.artbyphil.com/phfx/photography/2008_5DII_Review/index.html">Phil '
    'Holland</a> has posted a thorough review of the <a href="http://www.amazon.com/gp/redirect.'
    "html?ie=UTF8&amp;location=http%3A%2F%2Fwww.amazon.com%2FCanon-EOS-5D-Mark-II%2Fdp%2FB001G5"
    'ZTLS%2F&amp;tag=photo-12-20&amp;linkCode=ur2">Canon 5D Mark II</a>.</p>'
)


def test_a_shops_redirect_to_its_own_page_is_no_link() -> None:
    # Amazon Associates' "gp/redirect.html?location=amazon.com/…&tag=…": the words sell.
    summary = "Phil Holland has posted a thorough review of the Canon 5D Mark II."
    article = "http://www.photographybay.com/2008/12/09/canon-5d-mark-ii-review-by-phil-holland/"
    anchors = summary_anchors(summary, _PHOTOGRAPHY_BAY, article)
    assert [a.text for a in anchors] == ["Phil Holland"]
    # ProBlogger's "blogmastermind.com/affiliates/index.php?af=782013&u=…/coaching".
    html = (
        '<p>The doors at the <a href="http://www.blogmastermind.com/'
        "affiliates/index.php?af=782013&amp;u=http%3A%2F%2Fwww.blogmastermind.com%2Fcoaching"
        '">BlogMastermind blog mentoring program</a> are opening again.</p>'
    )
    summary = "The doors at the BlogMastermind blog mentoring program are opening again."
    assert summary_anchors(summary, html, "http://www.problogger.net/x/") == ()


def test_a_redirect_script_to_another_site_links_that_site() -> None:
    html = (
        '<p>The <a href="https://www.google.com/url?sa=t&amp;url=https%3A%2F%2Fwww.nytimes.com'
        '%2F2008%2F12%2F01%2Fstory.html">Times reported</a> it first.</p>'
    )
    anchors = summary_anchors("The Times reported it first.", html, "https://blog.example/a")
    assert [a.href for a in anchors] == ["https://www.nytimes.com/2008/12/01/story.html"]


def test_a_www_address_written_without_scheme_leaves_the_editors_host() -> None:
    # Blogger's editor resolved href="www.market-bridge.com" against itself.
    html = (
        '<p>The study, fielded in Q4 2006 by <a href="http://www.blogger.com/www.market-bridge.'
        'com">MarketBridge</a> in partnership with others, is out.</p>'
    )
    summary = "The study, fielded in Q4 2006 by MarketBridge in partnership with others, is out."
    anchors = summary_anchors(summary, html, "http://salesblog.example/2007/01/study.html")
    assert [a.href for a in anchors] == ["http://www.market-bridge.com/"]


def test_an_entity_escaped_twice_in_a_headline_is_decoded() -> None:
    # The Atom title "…в България - 1/3&amp;#8230;" (a text title) reads "&#8230;".
    title = "Почти 2/3 от компаниите в ЕС имат сайт, в България - 1/3&#8230;"
    assert plain_headline(title, is_html=False).endswith("1/3…")
    assert text_once_unescaped("Reanalysis of &quot;Competition and Innovation&quot;, by") == (
        'Reanalysis of "Competition and Innovation", by'
    )
    # Alone between spaces an entity may be what a text about HTML is about.
    assert text_once_unescaped("Write &nbsp; for a space") == "Write &nbsp; for a space"


def test_an_entity_escaped_twice_in_the_text_is_decoded_outside_code_and_attributes() -> None:
    # Course Au Large: "En approche (rapide) de l&amp;acute;archipel des Kerguelen".
    html = "<p>En approche (rapide) de l&amp;acute;archipel, d&amp;#39;abord un empannage.</p>"
    assert html_once_unescaped(html) == (
        "<p>En approche (rapide) de l&rsquo;archipel, d&#39;abord un empannage.</p>"
    )
    kept = '<p><a title="Let&amp;#39;s">x</a><code>r&amp;prime;x</code> &amp;lt;b&amp;gt;</p>'
    assert html_once_unescaped(kept) == kept


def test_an_ads_script_escaped_before_the_real_markup_is_no_text() -> None:
    # MuzikSpot: a hyperwebads <script> whose nested CDATA broke the feed's, read as text.
    content = (
        "&lt;script type='text/javascript'&gt; \n if(typeof(hyperweb_adcount)==\"undefined\") "
        "hyperweb_adcount =1;\n&lt;!--//&lt;![CDATA[\nvar m3_u = 'http://www.hyperwebads.com/"
        "test/delivery.php'\n//-->\n<p><strong>These are sample videos</strong></p>"
    )
    assert unescaped_markup(content) == "<p><strong>These are sample videos</strong></p>"


_APPLICATION_IPHONE = "http://www.applicationiphone.com/2008/12/visual-dial-est-disponible/"


def test_a_www_address_written_relative_to_the_post_leaves_its_path() -> None:
    html = (
        f'<p>Ralf de <a href="{_APPLICATION_IPHONE}www.straight2market.com/">straight2market</a>'
        " vient de nous envoyer une version de test.</p>"
    )
    summary = "Ralf de straight2market vient de nous envoyer une version de test."
    anchors = summary_anchors(summary, html, _APPLICATION_IPHONE)
    assert [a.href for a in anchors] == ["http://www.straight2market.com/"]


def test_a_click_counter_carrying_another_sites_page_links_that_page() -> None:
    # Tradedoubler's "[lien]" after an app's name: the store's page, not the counter nor a
    # bracket pointing at nothing.
    html = (
        '<p>Starvin Sharks [<a href="http://clk.tradedoubler.com/click?p=24373&amp;a=1355&amp;'
        "url=http%3A%2F%2Fitunes.apple.com%2FWebObjects%2FMZStore.woa%2Fwa%2FviewSoftware%3Fid%3D"
        '298792029">lien</a>] est un jeu iPhone multijoueurs.</p>'
    )
    summary = "Starvin Sharks [lien] est un jeu iPhone multijoueurs."
    anchors = summary_anchors(summary, html, "http://www.applicationiphone.com/2008/12/starvin/")
    assert [a.href for a in anchors] == [
        "http://itunes.apple.com/WebObjects/MZStore.woa/wa/viewSoftware?id=298792029"
    ]


def test_a_space_the_link_and_id_both_write_is_the_address_own() -> None:
    # 1saif.me's Atom: the space is in the page's address, link and id alike; removed, it
    # made another path ("getting-startedwith-…", family link). Encoded, it is the page.
    spaced = {
        "link": "https://1saif.me/blog/getting-started with-apimaan-Introduction-to-api-management",
        "id": "https://1saif.me/blog/getting-started with-apimaan-Introduction-to-api-management",
    }
    assert entry_link(spaced, "https://1saif.me/") == spaced["link"]


def test_link_and_guid_wrapped_at_the_same_column_are_still_joined() -> None:
    # "<link>" and "<guid>" are as long: a file wrapped at 72 columns breaks both alike.
    wrapped = {
        "link": "http://a.example/Internally.ht\nml",
        "id": "http://a.example/Internally.ht\nml",
    }
    assert entry_link(wrapped, "http://a.example/") == "http://a.example/Internally.html"
