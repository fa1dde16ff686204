"""Links by the web's conventions, from sample 28's rejects (entries quoted inline): an item
whose <link> is a download links its permalink guid (ezRSS); a shortener's "/info" page gives
way to the destination the entry writes out (ck4.us); a goo.gl link in the text, which leads
nowhere since Google ended the service, keeps its words unlinked (perezhilton)."""

from __future__ import annotations

from bot.parsing.feeds import parse_feed
from bot.text.summary_links import summary_anchors

_EZRSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>ezRSS - Latest torrent releases</title>
<link>http://ezrss.it/</link>
<item><title><![CDATA[Deadliest Catch 9x7 [HDTV - KILLERS]]]></title>
<link>http://torrent.zoink.it/Deadliest.Catch.S09E07.HDTV.x264-KILLERS.[eztv].torrent</link>
<description><![CDATA[Show Name: Deadliest Catch; Episode Title: N/A; Season: 9]]></description>
<enclosure url="http://torrent.zoink.it/Deadliest.Catch.S09E07.HDTV.x264-KILLERS.[eztv].torrent"
 length="366024293" type="application/x-bittorrent" />
<comments>http://eztv.it/forum/discuss/45221/</comments>
<guid>http://eztv.it/ep/45221/deadliest-catch-s09e07-hdtv-x264-killers/</guid>
</item></channel></rss>"""


_DELICIOUS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Delicious/Aaronontheweb</title>
<link>http://delicious.com/Aaronontheweb</link>
<item><title>http://john-sheehan.com/blog/wp-content/uploads/msnet-formatting-strings.zip</title>
<guid isPermaLink="false">http://delicious.com/url/ac2df94770c37fe442a5ad6aa2025453#Aaronontheweb</guid>
<link>http://john-sheehan.com/blog/wp-content/uploads/msnet-formatting-strings.zip</link>
<description>A complete cheat sheet for all of the different datetime format strings</description>
</item></channel></rss>"""


def test_an_item_linking_a_torrent_links_its_permalink_guid() -> None:
    # RSS 2.0: a guid without isPermaLink="false" is the item's page; the .torrent is a file.
    parsed = parse_feed(_EZRSS.encode(), url="http://www.ezrss.it/feed/")
    assert parsed.entries[0].link == (
        "http://eztv.it/ep/45221/deadliest-catch-s09e07-hdtv-x264-killers/"
    )
    # A bookmark's guid is the service's id for it (isPermaLink="false"): the file is the item.
    parsed = parse_feed(_DELICIOUS.encode(), url="http://feeds.delicious.com/v2/rss/x")
    assert parsed.entries[0].link == (
        "http://john-sheehan.com/blog/wp-content/uploads/msnet-formatting-strings.zip"
    )


_CK4 = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>ck4.us</title><link>http://ck4.us/</link>
<item><title><![CDATA[Kindle Development kit now open. someone build me a chess app]]></title>
<link>http://ck4.us/7d/info</link>
<guid isPermaLink="true">http://ck4.us/7d/info</guid>
<description>(<a href="http://ck4.us/7d/">http://aws.typepad.com/aws/2010/02/kindle-more-than-\
an-ebook-reader-its-a-development-platform.html</a> /
<a href="http://ck4.us/7d/">http://ck4.us/7d/</a>) <![CDATA[]]></description>
</item></channel></rss>"""


_BLOGTALKRADIO = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Beyond Worlds</title>
<link>http://www.blogtalkradio.com/beyondworlds</link>
<item><title>Donnaleigh on the Storm Cestavani Show</title>
<link>http://www.blogtalkradio.com/beyondworlds/blog/2009/12/11/donnaleigh-on-the-storm</link>
<description>Listen at &lt;a href="http://www.blogtalkradio.com/beyondworlds/blog/2009/12/11/\
donnaleigh-on-the-storm"&gt;http://tinyurl.com/storm-donnaleigh&lt;/a&gt;</description>
</item></channel></rss>"""


def test_a_short_links_info_page_gives_way_to_the_destination_the_entry_writes() -> None:
    parsed = parse_feed(_CK4.encode(), url="http://ck4.us/feed/")
    assert parsed.entries[0].link == (
        "http://aws.typepad.com/aws/2010/02/"
        "kindle-more-than-an-ebook-reader-its-a-development-platform.html"
    )
    # An anchor's text shorter than its address is a short link naming the page: no destination.
    parsed = parse_feed(_BLOGTALKRADIO.encode(), url="http://www.blogtalkradio.com/bw.rss")
    assert parsed.entries[0].link == (
        "http://www.blogtalkradio.com/beyondworlds/blog/2009/12/11/donnaleigh-on-the-storm"
    )


_PEREZ = (
    '<p>In an email to the <em><a href="http://goo.gl/KAxQeu" target="_blank">Kansas City '
    "Star</a></em> on Tuesday, Kate Spade's older sister says the designer suffered from "
    'mental illness. As <a href="http://perezhilton.com/cocoperez/2018-06-05-kate-spade-found-'
    'dead-apparent-suicide-55">we reported</a>, she was found in her apartment.</p>'
)


def test_a_dead_shorteners_link_in_the_text_keeps_its_words_unlinked() -> None:
    summary = (
        "In an email to the Kansas City Star on Tuesday, Kate Spade's older sister says the "
        "designer suffered from mental illness. As we reported, she was found in her apartment."
    )
    article = "http://perezhilton.com/2018-06-05-kate-spade-reta-saffo-sister-mental-illness"
    anchors = summary_anchors(summary, _PEREZ, article)
    assert [a.text for a in anchors] == ["we reported"]
