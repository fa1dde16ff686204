"""Credits of held-out sample 9's rejects (bench/judged/2026-12-05-heldout-9{a,b,c}, development
data since), by family: a copyright line's year read into the holder's name, a greeting before
the name, a hosting platform credited for a show that names itself. The feeds' repositories
carry no licence (or their data's is unstated): their short strings are quoted inline."""

from __future__ import annotations

import pytest

from bot.attribution.carriers import item_carrier
from bot.attribution.channel_names import copyright_holder
from bot.attribution.site_names import derive_site_name
from bot.compose.aggregation import aggregated_feed
from bot.parsing.feeds import parse_feed
from bot.parsing.models import ChannelNames


@pytest.mark.parametrize(
    ("rights", "holder"),
    [
        ("© guardian.co.uk 2008", "guardian.co.uk"),  # isofarro/php5-feed-parser 004-guardian
        ("Copyright Example Media 2001-2017", "Example Media"),
        ("(c) Les Echos, 2024", "Les Echos"),
        ("© 2010 Studio 1984", "Studio 1984"),  # a year inside the name stays
        ("2008 BlogTalkRadio.com. All Rights Reserved.", "BlogTalkRadio.com"),
    ],
)
def test_years_after_the_holder_are_the_notices_not_the_names(rights: str, holder: str) -> None:
    assert copyright_holder(rights) == holder


def test_a_host_title_with_a_dated_copyright_line_is_credited_by_the_host() -> None:
    # The Guardian's 2008 "UK news" feed: its rights line is the only name written as words.
    channel = ChannelNames(
        description="Articles published by guardian.co.uk UK news",
        rights="© guardian.co.uk 2008",
        link="http://www.guardian.co.uk/uk",
    )
    named = derive_site_name(
        "UK news | guardian.co.uk", "http://www.guardian.co.uk/uk", "file:///f.xml", channel
    )
    assert named.name == "guardian.co.uk"


@pytest.mark.parametrize(
    ("title", "site_url", "name"),
    [
        # dlc/sevenroot-feedparser's zelda-project.atom (Joomla's site title).
        ("Welcome to The Zelda Project", "http://www.thezeldaproject.net", "The Zelda Project"),
        ("Bienvenue sur Le Journal du Geek", "https://www.journaldugeek.com", "Le Journal du Geek"),
        ("Willkommen bei Golem", "https://www.golem.de/", "Golem"),
        ("Добро пожаловать на Хабр", "https://habr.com/", "Хабр"),
        # The greeting is the show's name: welcometonightvale.com.
        ("Welcome to Night Vale", "http://welcometonightvale.com", "Welcome to Night Vale"),
        # No name follows: the title stays whole.
        ("Welcome to my blog", "https://example.net/", "Welcome to my blog"),
    ],
)
def test_a_greeting_before_the_name_is_no_part_of_it(title: str, site_url: str, name: str) -> None:
    assert derive_site_name(title, site_url, "file:///f.xml").name == name


def test_a_show_on_a_hosting_platform_is_credited_by_its_own_name() -> None:
    # korowiow80/PodSearch_Content's blogtalkradio.com/BeyondWorlds.rss.
    channel = ChannelNames(
        creator="Beyond Worlds Tarot",
        rights="2008 BlogTalkRadio.com. All Rights Reserved.",
        link="http://www.blogtalkradio.com/beyondworlds",
        podcast=True,
    )
    title = "Tarot Tribe - Beyond Worlds | Blog Talk Radio Feed"
    named = derive_site_name(title, "http://www.blogtalkradio.com/beyondworlds", "f", channel)
    assert named.name == "Beyond Worlds"


@pytest.mark.parametrize(
    ("title", "site_url", "name"),
    [
        # A section's page on the site, titled by it: the site stays the credit.
        ("Politics | The Guardian", "https://www.theguardian.com/politics", "The Guardian"),
        # todevelopers/gnome-shell-extension-rss-feed's root-cz-rss2.xml: "články" (articles).
        ("Root.cz - články", "https://www.root.cz/clanky/", "Root.cz"),
    ],
)
def test_a_section_page_named_like_its_path_is_no_hosted_channel(
    title: str, site_url: str, name: str
) -> None:
    assert derive_site_name(title, site_url, "file:///f.xml").name == name


# lazy-engineer/FeedParser's mock_rss_sample.xml: a newspaper's feed whose items name the
# channel they came from; two foreign sites only, fewer than an aggregator's usual many.
_SOURCED = b"""<?xml version="1.0"?><rss version="2.0"><channel>
<title>GoUpstate.com News Headlines</title><link>http://www.goupstate.com/</link>
<description>The latest news from GoUpstate.com.</description>
<item><title>Perseverance Rover Mated to Its Atlas V Rocket</title>
<link>http://www.nasa.gov/image-feature/perseverance-rover-mated-to-its-atlas-v-rocket</link>
<description>In this image, NASA's Mars 2020 Perseverance rover waits.</description>
<source url="http://www.nasa.gov/rss/dyn/lg_image_of_the_day.rss">NASA Image of the Day</source>
</item>
<item><title>Local council meets</title><link>http://www.goupstate.com/news/council</link>
<description>The council met on Monday.</description></item>
</channel></rss>"""


def test_an_item_naming_its_source_channel_elsewhere_is_credited_to_it() -> None:
    parsed = parse_feed(_SOURCED, url="http://www.goupstate.com/rss.xml")
    assert aggregated_feed(parsed, "http://www.goupstate.com/rss.xml") is not None
    nasa = parsed.entries[0]
    carrier = item_carrier(
        nasa.link, source_name=nasa.source_name, source_url=nasa.source_url, notices=[]
    )
    assert carrier is not None
    assert (carrier.name, carrier.url) == ("NASA Image of the Day", "http://www.nasa.gov/")


def test_a_source_on_the_feeds_own_site_makes_no_aggregator() -> None:
    own = _SOURCED.replace(b"http://www.nasa.gov/rss/", b"http://www.goupstate.com/rss/")
    own = own.replace(b"http://www.nasa.gov/image", b"http://www.goupstate.com/image")
    parsed = parse_feed(own, url="http://www.goupstate.com/rss.xml")
    assert aggregated_feed(parsed, "http://www.goupstate.com/rss.xml") is None
