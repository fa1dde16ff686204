"""Planet (the feed aggregator) feeds, from sample 29's credit rejects: titles "Writer [Blog]:
Title" name each item's blog, credited via the planet even when the planet carries only two blogs
(Planet Slackware Indonesia); the planet's own name keeps its planet word ("La planete
francophone de PostgreSQL", not the project "PostgreSQL")."""

from __future__ import annotations

from pathlib import Path

from bot.admin.inspect import inspect_sources
from bot.attribution.site_names import derive_site_name
from bot.config import Settings

_ITEM = """<item><title>{title}</title><link>{link}</link>
<description>&lt;p&gt;{text}&lt;/p&gt;</description></item>"""
_ITEMS = [
    (
        "Willy SR [SlackBlogs]: Cinnamon 6.6 is cooking",
        "https://slackblogs.blogspot.com/2025/12/cinnamon-66-is-cooking.html",
    ),
    (
        "Willy SR [SlackBlogs]: Natural Scrolling in MATE",
        "https://slackblogs.blogspot.com/2025/06/natural-scrolling-in-mate.html",
    ),
    (
        "Arief JR [Tuxnoob]: How To Setup Minikube On Slackware Linux",
        "https://www.tuxnoob.com/posts/minikube-slackware/",
    ),
    (
        "Willy SR [SlackBlogs]: MATE 1.28 For Slackware 15.0",
        "https://slackblogs.blogspot.com/2024/03/mate-128-for-slackware-150.html",
    ),
    (
        "Arief JR [Tuxnoob]: Fixed Genymotion symbol lookup error",
        "https://www.tuxnoob.com/posts/fixed-genymotion-symbol-lookup-error/",
    ),
]


async def test_a_two_blog_planet_credits_each_items_blog_via_the_planet(tmp_path: Path) -> None:
    body = "".join(
        _ITEM.format(title=t, link=link, text="The packages are ready for Slackware users.")
        for t, link in _ITEMS
    )
    feed = tmp_path / "rss20.xml"
    feed.write_text(
        f"""<?xml version="1.0"?><rss version="2.0"><channel>
<title>Planet Slackware Indonesia</title><link>https://planet.slackware-id.org/</link>
<description>Planet Slackware Indonesia - https://planet.slackware-id.org/</description>
{body}</channel></rss>""",
        encoding="utf-8",
    )
    inspected = await inspect_sources(Settings(_env_file=None, teaser_chars=0), [str(feed)])
    first, third = inspected[0].message, inspected[2].message
    assert first.startswith("<b>Cinnamon 6.6 is cooking</b>")
    assert first.endswith(
        '<a href="https://slackblogs.blogspot.com/">SlackBlogs</a> via Planet Slackware Indonesia'
    )
    assert third.startswith("<b>How To Setup Minikube On Slackware Linux</b>")
    assert '">Tuxnoob</a> via Planet Slackware Indonesia' in third


def test_a_planets_name_keeps_its_planet_word() -> None:
    home = "http://planete.postgresql.fr/"
    named = derive_site_name("La planete francophone de PostgreSQL", home, home)
    assert named.name == "La planete francophone de PostgreSQL"
    # A name with its planet word already, or a title in parts, is named as before.
    wissen = derive_site_name("Planet Wissen - zum Mitnehmen", "http://www.planet-wissen.de/", "f")
    assert wissen.name == "Planet Wissen"
    assert (
        derive_site_name("Lonely Planet", "https://lonelyplanet.com", "f").name == "Lonely Planet"
    )
