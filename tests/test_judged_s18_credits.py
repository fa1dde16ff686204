"""Credits and links editors rejected in held-out samples 12-15 (session 18, helper Wcredit2),
each from the real feed's strings (kalv/ruby-feed-parser-benchmark, quoted inline)."""

from __future__ import annotations

from bot.attribution.notices import find_notices
from bot.attribution.site_names import derive_site_name
from bot.parsing.feed_bylines import without_feed_bylines
from bot.parsing.models import ChannelNames, FeedEntry
from bot.render.content import render_post
from bot.text.blocks import to_blocks
from tests.support.first_check import aggregated_contents

# Planet Jabber (feed--434538217.rss20): members' items, one through FeedBurner with no origLink.
_PLANET_ITEMS = (
    (
        "Stefan Strigler: JWChat 1.0",
        "http://blog.jwchat.org/2008/12/10/jwchat-10/",
        "http://blog.jwchat.org/?p=117",
    ),
    (
        "Dave Cridland: Book",
        "http://el-tramo.be/blog/xmppbook-roughcuts",
        "http://el-tramo.be/?p=248",
    ),
    (
        "XMPP Standards Foundation: Summit",
        "http://blog.xmpp.org/?p=129",
        "http://blog.xmpp.org/?p=129",
    ),
    ("Peter Saint-Andre: Seeking", "https://stpeter.im/?p=2363", "https://stpeter.im/?p=2363"),
    (
        "Jack Moffitt: Exploring XMPP",
        "http://feeds.feedburner.com/~r/metajack/~3/472563948/",
        "tag:metajack.im,2008://1.123",
    ),
)


def _planet() -> bytes:
    items = "".join(
        f"<item><title>{title}</title><guid>{guid}</guid><link>{link}</link>"
        f"<description>A post by a member of the planet, number {n}, about XMPP and its "
        "servers, written at some length for the test.</description></item>"
        for n, (title, link, guid) in enumerate(_PLANET_ITEMS)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Planet Jabber</title>'
        "<link>http://planet.jabber.org/</link>"
        f"<description>Planet Jabber - http://planet.jabber.org/</description>{items}"
        "</channel></rss>"
    ).encode()


def test_a_planet_item_behind_a_feed_service_redirect_credits_the_site_its_guid_names() -> None:
    posts = [
        render_post(c) for c in aggregated_contents(_planet(), "http://planet.jabber.org/rss20.xml")
    ]
    moffitt = posts[4]
    assert '<a href="http://metajack.im/">Jack Moffitt</a> via Planet Jabber' in moffitt
    assert 'href="http://feeds.feedburner.com/"' not in moffitt


def test_a_stream_on_a_domain_that_adds_a_word_to_the_sites_name_credits_the_name() -> None:
    # openjsan.org (feed--407264711.rss10): the feed and its description name the site JSAN.
    channel = ChannelNames(
        description="Recent JavaScript Distributions submitted to the JavaScript Archive "
        "Network (JSAN)",
        rights="Creative Commons",
    )
    site = "http://openjsan.org/"
    assert derive_site_name("Recent JSAN Uploads", site, site + "index.rss", channel).name == "JSAN"
    assert derive_site_name("Recent JSAN Uploads", site, site + "index.rss").name == "JSAN"


def test_a_dated_note_of_where_the_author_also_published_is_no_reprint_notice() -> None:
    # Christophe Caron's blog (feed--304013918.rss20) logs where his article also went.
    html = (
        "<p>Tiens! ce samedi 22 Mars est déclaré Journée Mondiale de l’Eau.</p>"
        '<p>19/03/08: Article <a href="http://www.naturavox.fr/article.php3?id_article=3483">'
        "publié sur Naturavox</a>.</p>"
    )
    assert not [h for h in find_notices(to_blocks(html)) if h.family == "explicit"]
    # Undated, the same note still says where the article first appeared.
    undated = html.replace("19/03/08: ", "")
    assert [h for h in find_notices(to_blocks(undated)) if h.family == "explicit"]


def _goldman(*openings: str) -> list[FeedEntry]:
    link = "http://blog.ericgoldman.org/archives/2008/12/"
    return [
        FeedEntry(
            key=str(n),
            title=f"Item {n}",
            link=link + str(n),
            canonical_url=link + str(n),
            published_at=None,
            content_html="",
            description_html=opening,
        )
        for n, opening in enumerate(openings)
    ]


def test_a_byline_opening_most_items_of_a_feed_is_no_part_of_their_leads() -> None:
    # Technology & Marketing Law Blog (feed--741975044.rss20): no author field, each text opens
    # with the byline glued to its first words.
    entries = without_feed_bylines(
        _goldman(
            "By Eric Goldman Priest v. Google, 1:2008cv12056 (D. Mass. complaint filed Dec. 11).",
            "By Eric Goldman Market America v. Optihealth Products, Inc., 2008 WL 5069802.",
            "Worded to prevent lawsuits by individual email recipients, the CAN-SPAM Act limits…",
            "By Eric Goldman * Happy (?) 10th birthday, DMCA. The EFF birthday cards (1, 2).",
        )
    )
    assert entries[0].description_html.startswith("Priest v. Google, 1:2008cv12056")
    assert entries[1].description_html.startswith("Market America v. Optihealth")
    assert entries[2].description_html.startswith("Worded to prevent")
    assert entries[3].description_html.startswith("* Happy (?) 10th birthday")


def test_one_item_opening_with_a_byline_keeps_it() -> None:
    entries = without_feed_bylines(
        _goldman(
            "By Eric Goldman Priest v. Google, 1:2008cv12056 (D. Mass. complaint filed Dec. 11).",
            "By Monday Morning the court had ruled on the motion.",
            "Worded to prevent lawsuits by individual email recipients, the CAN-SPAM Act limits…",
        )
    )
    assert entries[0].description_html.startswith("By Eric Goldman Priest")


def test_a_shared_byline_that_goes_on_is_left_whole() -> None:
    # The American Report's items open "By Mary Fanning and Alan Jones | …" (stalyndc/sfm).
    entries = without_feed_bylines(
        _goldman(
            *(f"<p>By Mary Fanning and Alan Jones | Item {n} of the report.</p>" for n in range(3))
        )
    )
    assert entries[0].description_html.startswith("<p>By Mary Fanning and Alan Jones")
