"""Credits and links editors rejected in held-out samples 12-15 (session 18, helper Wcredit2),
each from the real feed's strings (kalv/ruby-feed-parser-benchmark, quoted inline)."""

from __future__ import annotations

from bot.render.content import render_post
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
