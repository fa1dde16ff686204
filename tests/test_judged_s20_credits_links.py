"""Held-out samples 18 and 19's credit and link rejects (session 20, helper Bcredit): a
newspaper's section feed, a link blog's "(via x)", an xFruits digest's FeedBurner sources."""

from __future__ import annotations

from bot.attribution.site_names import derive_site_name
from bot.render.content import render_post
from bot.text.summary_links import summary_anchors
from tests.support.first_check import aggregated_contents


def test_a_newspapers_section_feed_titled_after_the_site_credits_the_site() -> None:
    # SFGate's wine feed (feed-606334110.rss20): "SFGate: Wine" at sfgate.com/wine/. The site
    # names itself first; the part its page's path spells is its section, not a show.
    site = "http://www.sfgate.com/wine/"
    assert derive_site_name(
        "SFGate: Wine", site, "http://www.sfgate.com/rss/feeds/wine.xml"
    ).name == ("SFGate")


def test_a_show_that_a_platform_titles_first_is_still_the_credit() -> None:
    # Blog Talk Radio writes the platform last: "Tarot Tribe - Beyond Worlds | Blog Talk Radio".
    site = "http://www.blogtalkradio.com/beyondworlds"
    title = "Tarot Tribe - Beyond Worlds | Blog Talk Radio Feed"
    assert derive_site_name(title, site, site + ".rss").name == "Beyond Worlds"


# Land+Living (feed--836658506.rss20): clippings linking out, each ending "(via <site>)".
_CLIPPINGS = (
    (
        "Frank's on the move...",
        "http://archinect.com/news/article.php?id=82451_0_24_0_C",
        "Everyone's been talking about Frank's yet-to-be abode in Venice for years and years, "
        "but instead the office has decided to move to El Segundo, CA. - Thanks, Paul "
        "(via archinect)",
    ),
    (
        "Vote",
        "http://www.msnbc.msn.com/id/27828545/",
        '"Do you think that the election of Obama signals that more green building and '
        'environmental preservation has been the norm?" (via MSNBC)',
    ),
    (
        "Passive House",
        "http://www.passiv.de/07_eng/index_e.html",
        "A Passive House is a building in which a comfortable interior climate can be "
        "maintained without active heating and cooling systems.",
    ),
)


def _land_living() -> bytes:
    items = "".join(
        f"<item><title>{title}</title><link>{link}</link><description>{text}</description>"
        "<author>rsswriter@landliving.com</author></item>"
        for title, link, text in _CLIPPINGS
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Land+Living</title>'
        "<link>http://www.landliving.com</link>"
        f"<description>Land+Living: Modern Lifestyle + Design</description>{items}"
        "</channel></rss>"
    ).encode()


def test_a_clippings_via_naming_the_linked_site_is_its_credit() -> None:
    posts = [
        render_post(c)
        for c in aggregated_contents(_land_living(), "http://www.landliving.com/rss.xml")
    ]
    assert '<a href="http://archinect.com/">Archinect</a> via Land+Living' in posts[0]
    assert '<a href="http://www.msnbc.msn.com/">MSNBC</a> via Land+Living' in posts[1]
    # No "via": the domain stays the credit.
    assert '<a href="http://www.passiv.de/">passiv.de</a> via Land+Living' in posts[2]


# Cellule de veille Web 2.0 Francophone (feed--680919709.rss20), an xFruits digest: each item
# counted through xfruits.com and naming its blog's FeedBurner feed as its <source>.
_DIGEST_ITEMS = (
    (
        "Qui suit encore ce blog? Who's still reading this blog?",
        "http://feeds.feedburner.com/~r/LeWeblogDeBenoitDausse/~3/219570337/"
        "354-qui-suit-encore-ce-blog-who-s-still-reading-this-blog",
        "http://feeds.feedburner.com/LeWeblogDeBenoitDausse/",
        "Le blog de Benoit Dausse",
    ),
    (
        "Et hop encore une webschool",
        "http://billaut.typepad.com/jm/2008/12/et-hop-encore-u.html",
        "http://feeds.feedburner.com/billaut/",
        "Jean Michel Billaut",
    ),
)


def _digest() -> bytes:
    items = "".join(
        f"<item><title>{title}</title>"
        f"<link>http://xfruits.com/jfruiz/web20/?clic=2932155{n}&amp;url={link}</link>"
        f'<guid isPermaLink="false">{link}/</guid><source url="{source}">{name}</source>'
        "<description>Je prépare la prochaine version de mon blog personnel, merci aux "
        "lecteurs fidèles de commenter ce billet.</description></item>"
        for n, (title, link, source, name) in enumerate(_DIGEST_ITEMS)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel>'
        "<title>Cellule de veille Web 2.0 Francophone</title>"
        f"<link>http://xfruits.com/jfruiz/</link>{items}</channel></rss>"
    ).encode()


def test_a_source_on_a_feed_service_is_credited_with_its_own_site_not_the_services() -> None:
    posts = [
        render_post(c)
        for c in aggregated_contents(_digest(), "http://www.xfruits.com/jfruiz/web20/")
    ]
    # Only the blog's feed is known: the credit links it, not FeedBurner's front page.
    assert (
        '<a href="http://feeds.feedburner.com/LeWeblogDeBenoitDausse/">Le blog de Benoit '
        "Dausse</a> via Cellule de veille Web 2.0 Francophone"
    ) in posts[0]
    # The item links the blog itself: its front page.
    assert '<a href="http://billaut.typepad.com/">Jean Michel Billaut</a>' in posts[1]
    assert all('href="http://feeds.feedburner.com/"' not in p for p in posts)


def test_an_ad_servers_click_counter_in_the_text_is_no_link_of_the_post() -> None:
    # NOTCOT (feed--45559675.atom10): the sponsor's name links an ad server's click counter;
    # the site the roundup cites keeps its link.
    html = (
        'Ready for more shopping ideas? Well <a href="http://clk.atdmt.com/AVE/go/126707854/'
        'direct;wi.1;hi.1/01/">Best Buy</a> is sponsoring our roundups for the next few weeks. '
        'So here\'s a roundup of awesome bags as found on <a href="http://www.notcouture.com/">'
        "NotCouture</a>!"
    )
    summary = (
        "Ready for more shopping ideas? Well Best Buy is sponsoring our roundups for the next "
        "few weeks. So here's a roundup of awesome bags as found on NotCouture!"
    )
    article = "http://www.notcot.com/archives/2008/12/notcouture_bags.php"
    anchors = summary_anchors(summary, html, article)
    assert [(a.text, a.href) for a in anchors] == [("NotCouture", "http://www.notcouture.com/")]
