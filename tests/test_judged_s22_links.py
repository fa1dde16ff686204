"""Links that reach the article, from held-out samples 24-25 (kalv/ruby-feed-parser-benchmark
feeds, quoted inline): a FeedBurner origLink's anchor that names the item on a day page, an
click counter's "clickin" query, a site's own redirect wrapper around another site's page."""

from __future__ import annotations

from bot.parsing.feeds import parse_feed
from bot.text.summary_links import summary_anchors


def _macbidouille_item(anchor: str, day: str) -> str:
    return f"""<item><title>Item {anchor}</title>
<link>http://feeds.macbidouille.com/~r/macbidouille/~3/x{anchor}/</link>
<description>Texte de la nouvelle {anchor}.</description>
<feedburner:origLink>http://www.macbidouille.com/news/{day}/#{anchor}</feedburner:origLink>
</item>"""


_MACBIDOUILLE = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0">
<channel><title>MacBidouille</title><link>http://www.macbidouille.com/</link>
{_macbidouille_item("17562", "2008-12-11")}
{_macbidouille_item("17561", "2008-12-11")}
{_macbidouille_item("17558", "2008-12-10")}
</channel></rss>"""


def test_an_original_links_anchor_tells_items_of_one_day_page_apart() -> None:
    # Two items of 2008-12-11 link one day page, each at its own anchor: the post keeps it
    # (stripped, "Read more" reached the day page and both items had one link and one key).
    parsed = parse_feed(_MACBIDOUILLE.encode(), url="http://feeds.macbidouille.com/macbidouille")
    assert [entry.link for entry in parsed.entries] == [
        "http://www.macbidouille.com/news/2008-12-11/#17562",
        "http://www.macbidouille.com/news/2008-12-11/#17561",
        "http://www.macbidouille.com/news/2008-12-10/#17558",
    ]
    assert len({entry.key for entry in parsed.entries}) == 3


_GELDERLANDER = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>de Gelderlander Feeds - Arnhem</title>
<link>http://www.gelderlander.nl/voorpagina/arnhem/?service=rss</link>
<item><title>Nieuw pand voor TenneT</title>
<link>http://nl.sitestat.com/wegener/degelderlander/s?clickin.voorpagina.arnhem.rss&amp;ns_type=\
clickin&amp;ns_url=http://www.gelderlander.nl/voorpagina/arnhem/4193312/Nieuw-pand-voor-TenneT.ece\
</link><description>TenneT krijgt een nieuw pand.</description></item>
</channel></rss>"""


def test_a_click_counters_clickin_query_gives_the_article() -> None:
    # comScore's sitestat counter ("ns_type=clickin") carries the article in "ns_url".
    parsed = parse_feed(_GELDERLANDER.encode(), url="http://www.gelderlander.nl/arnhem.rss")
    assert parsed.entries[0].link == (
        "http://www.gelderlander.nl/voorpagina/arnhem/4193312/Nieuw-pand-voor-TenneT.ece"
    )


_STARAGORA = (
    '<p>Pour voir en entier, cliquez sur <a target="_blank" href="http://www.staragora.com/'
    "navigation/161338?url=http%3A%2F%2Fimg.perezhilton.com%2Fwp-content%2Fuploads%2F2008%2F12"
    '%2Fdemi1__oPt.jpg">PHOTO</a></p>'
)


def test_a_sites_own_wrapper_around_another_sites_page_links_that_page() -> None:
    article = "http://www.staragora.com/news/demi-lovato-a-d-etranges-coupures-au-poignet/161338"
    anchors = summary_anchors("Pour voir en entier, cliquez sur PHOTO", _STARAGORA, article)
    assert [a.href for a in anchors] == [
        "http://img.perezhilton.com/wp-content/uploads/2008/12/demi1__oPt.jpg"
    ]
    # Another site's page carrying the address is a share form, not this site's redirect.
    shared = '<p>Tell your friends on <a href="http://digg.example/submit?url=http%3A%2F%2F'
    shared += 'img.perezhilton.com%2Fx.jpg">Digg this story</a> today.</p>'
    found = summary_anchors("Tell your friends on Digg this story today.", shared, article)
    assert [a.href for a in found] == [
        "http://digg.example/submit?url=http%3A%2F%2Fimg.perezhilton.com%2Fx.jpg"
    ]
