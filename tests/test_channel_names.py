"""A site's name from what its feed's channel states besides the title (the logo's title, a
description that is only a name, dc:publisher and dc:creator, the copyright holder, the
generator), and a site's own brand written as a domain kept as the site writes it."""

from __future__ import annotations

import pytest

from bot.attribution.channel_names import channel_candidates, copyright_holder
from bot.attribution.site_names import NameSource, SiteName, derive_site_name
from bot.parsing.feeds import parse_feed
from bot.parsing.models import ChannelNames, ParsedFeed
from tests.conftest import carried

FEEDS = "FeedReader/FeedReader.Tests/Feeds"
ILMESSAGGERO = "feed-rs/feed-rs/fixture/rss2/rss_2.0_ilmessaggero.xml"
# boston.com's "World News" tag feed (fastfeedparser's benchmark data).
BOSTON = "fastfeedparser/benchmark_data/d2a188f20637f7a4"
# The Economist's "Asia" section feed.
ECONOMIST = "fastfeedparser/benchmark_data/960551eca5b5db81"


def parsed(path: str, url: str = "https://feeds.example/feed.xml") -> ParsedFeed:
    return parse_feed(carried("corpus", path).read_bytes(), url=url)


def name_of(path: str, url: str = "https://feeds.example/feed.xml") -> SiteName:
    feed = parsed(path, url)
    return derive_site_name(feed.title, feed.site_url, url, feed.channel)


def test_the_parser_carries_what_the_channel_states_as_written() -> None:
    channel = parsed(ILMESSAGGERO).channel
    assert channel.image_title == "Il Messaggero"
    assert channel.generator == "Il Messaggero"
    assert channel.rights is not None and channel.rights.startswith("Copyright 2022 Il Messaggero")
    assert channel.publisher is not None and channel.publisher.startswith("webmaster@")
    orf = parsed(f"{FEEDS}/Rss10OrfAt.xml").channel
    assert orf.publisher == "ORF Österreichischer Rundfunk, Wien"  # dc:publisher
    assert orf.creator == "ORF Online und Teletext GmbH & Co KG"  # dc:creator


def test_the_logos_title_names_the_site_over_a_title_that_names_only_its_host() -> None:
    # "ilmessaggero.it - mondo", whose <image><title> is "Il Messaggero".
    assert name_of(ILMESSAGGERO) == SiteName(
        "Il Messaggero", NameSource.TITLE, "the logo's title over a host"
    )


def test_a_description_that_is_only_the_sites_name_names_it() -> None:
    # "World News: Breaking news, politics, crime, tech, and more" is all sections; the
    # channel's description is "Boston.com".
    assert name_of(BOSTON) == SiteName(
        "Boston.com", NameSource.TITLE, "a title of section words: the description"
    )


def test_a_title_of_section_words_with_nothing_else_takes_the_outlets_name() -> None:
    assert name_of(ECONOMIST).name == "The Economist"


@pytest.mark.parametrize(
    ("rights", "holder"),
    [
        ("Copyright 2022 Il Messaggero S.P.A. \ufffd FOR PERSONAL USE ONLY", "Il Messaggero"),
        (
            "Copyright 2001-2017 Frankfurter Allgemeine Zeitung GmbH. Alle Rechte vorbehalten.",
            "Frankfurter Allgemeine Zeitung",
        ),
        ("Copyright © 2017 ORF Online und Teletext GmbH & Co KG", "ORF Online und Teletext"),
        ("finanzen.net GmbH", "finanzen.net"),
        ("Dow Jones & Company, Inc.", "Dow Jones"),
        ("derStandard.at", "derStandard.at"),
    ],
)
def test_a_copyright_line_gives_its_holder_without_years_or_legal_form(
    rights: str, holder: str
) -> None:
    # The corpus's copyright lines: ilmessaggero, FAZ.NET, ORF, finanzen.net, WSJ, derStandard.
    assert copyright_holder(rights) == holder


def test_addresses_are_no_candidates_and_a_tagline_is_never_the_name() -> None:
    names = {where: name for name, where in channel_candidates(parsed(ILMESSAGGERO).channel)}
    # "webmaster@ilmessaggero.it (per segnalazioni …)" is an address, not a name.
    assert "dc:publisher" not in names and "dc:creator" not in names
    # CTV's description is a tagline: only the name it closes on can credit the site.
    ctv = ChannelNames(description=parsed(f"{FEEDS}/Rss20CTVNews.xml").channel.description)
    assert ctv.description == "Latest news from CTVNews.ca"
    site = derive_site_name("Top Stories", "http://www.ctvnews.ca/", "https://f.example/x", ctv)
    assert site.name == "CTVNews.ca"
    # BreakingNews.ie's names no site: the domain is left.
    description = parsed(f"{FEEDS}/Rss20BreakingNews.xml").channel.description
    assert description is not None and description.startswith("Ireland's premier breaking news")
    tagline = ChannelNames(description=description)
    site = derive_site_name("Business", "http://www.breakingnews.ie/", "https://f/x", tagline)
    assert site == SiteName(
        "breakingnews.ie", NameSource.DOMAIN, "a title of section words: the domain"
    )


def test_the_generator_names_the_site_when_it_names_the_domain() -> None:
    # FAZ.NET's channel with a title of section words only: its generator is "FAZ.NET";
    # its copyright holder ("Frankfurter Allgemeine Zeitung") does not name faz.net.
    faz = parsed(f"{FEEDS}/Rss20FazNet.xml").channel
    # (Its logo's title, "Aktuell - FAZ.NET", would name it first: left out here.)
    channel = ChannelNames(rights=faz.rights, generator=faz.generator)
    site = derive_site_name(
        "Aktuell", "http://www.faz.net/aktuell/", "https://f.example/x", channel
    )
    assert site == SiteName("FAZ.NET", NameSource.TITLE, "a title of section words: the generator")


def test_a_title_that_is_a_name_outranks_what_the_channel_says_besides() -> None:
    # daStandard.at (derStandard's portal of that name) says "derStandard.at" in its
    # copyright and generator; its own title is the name it goes by.
    assert name_of(f"{FEEDS}/Rss20DaStandardAt.xml").name == "daStandard.at"
    # A person's blog credits its title, not the creator who names the domain.
    channel = ChannelNames(creator="Jane Smith")
    site = derive_site_name(
        "Notes from the Garden", "https://janesmith.net/", "https://f/x", channel
    )
    assert site.name == "Notes from the Garden"


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("miniflux-v2/internal/reader/parser/testdata/encoding_ISO-8859-1.xml", "Golem.de"),
        (f"{FEEDS}/Rss20FazNet.xml", "FAZ.NET"),
        (f"{FEEDS}/Rss10OrfAt.xml", "news.ORF.at"),
        (f"{FEEDS}/Rss20FinanzenNet.xml", "finanzen.net"),
        (f"{FEEDS}/Rss20CTVNews.xml", "CTVNews.ca"),
        (f"{FEEDS}/Rss20BreakingNews.xml", "BreakingNews.ie"),
    ],
)
def test_a_site_that_styles_its_name_as_a_domain_is_credited_as_it_writes_it(
    path: str, name: str
) -> None:
    # Its brand, written so in its own title ("Aktuell - FAZ.NET", "Analysen Ticker -
    # www.finanzen.net"), with no other spelling of it in the channel.
    assert name_of(path).name == name


def test_a_logo_title_of_its_own_names_the_site_as_a_home_page_would() -> None:
    # A name need not spell the domain ("Financial Times" on ft.com): the logo's title
    # stands when it passes the checks a home page's og:site_name passes.
    logo = ChannelNames(image_title="Financial Times")
    site = derive_site_name("Top Stories", "https://www.ft.com/", "https://f.example/x", logo)
    assert site == SiteName(
        "Financial Times", NameSource.TITLE, "a title of section words: the logo's title"
    )
    # A section word, or the feed's title again, is no such name.
    for image_title in ("World News", "Top Stories"):
        channel = ChannelNames(image_title=image_title)
        other = derive_site_name(
            "Top Stories", "https://www.ft.com/", "https://f.example/x", channel
        )
        assert other.name == "ft.com"


def test_a_description_closing_on_whose_it_is_names_the_site() -> None:
    # The New Yorker's "News, Politics, Opinion, Commentary, and Analysis" feed: "In-depth
    # reporting, commentary on breaking news, political analysis, and opinion from The New
    # Yorker."
    site = name_of("feed-rs/feed-rs/fixture/rss2/rss_2.0_example_3.xml")
    assert site == SiteName(
        "The New Yorker",
        NameSource.TITLE,
        "a title of section words: the description's closing words",
    )
    # Only the words after the last "from" / "of" …, and only when they name the domain.
    other = ChannelNames(description="Commentary on the news from around the world.")
    assert derive_site_name("Opinion", "https://www.newyorker.com/", "https://f/x", other).name == (
        "newyorker.com"
    )
