"""Credits of held-out sample 9's rejects (bench/judged/2026-12-05-heldout-9{a,b,c}, development
data since), by family: a copyright line's year read into the holder's name, a greeting before
the name, a hosting platform credited for a show that names itself. The feeds' repositories
carry no licence (or their data's is unstated): their short strings are quoted inline."""

from __future__ import annotations

import pytest

from bot.attribution.channel_names import copyright_holder
from bot.attribution.site_names import derive_site_name
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
