"""Credits an editor rejected in held-out sample 5 (bench/judged/2026-12-05-heldout-5a/b/c,
development data since) where the feed names its site besides its title: checked on the
rejected feeds' real channels (excerpts under tests/data/judged/s7h-*)."""

from __future__ import annotations

from bot.attribution.site_names import clean_name, derive_site_name
from bot.parsing.feeds import parse_feed
from bot.parsing.models import ChannelNames
from tests.conftest import carried
from tests.test_judged_dev_pool import read

# A feed titled by a section names its site elsewhere in the channel: in a description that
# says whose the section is, or in its logo's description.


def test_a_section_at_a_site_is_credited_to_the_site() -> None:
    # <title>Movie Reviews</title>, <description>Movie Reviews at MovieWeb</description>.
    credit, posts = read("s7h-movieweb-reviews.xml")
    assert credit == "MovieWeb"
    assert posts


def test_a_section_page_titled_by_its_path_is_credited_to_the_site_its_logo_names() -> None:
    # "F.C. Barcelona" at mundodeportivo.com/futbol/fc-barcelona; the logo's description
    # opens "Mundo Deportivo es tu diario deportivo On Line."
    credit, posts = read("s7h-mundodeportivo-section.xml")
    assert credit == "Mundo Deportivo"
    assert posts


def test_a_section_title_stays_when_nothing_else_names_the_site() -> None:
    site = "https://www.mundodeportivo.com/futbol/fc-barcelona"
    alone = derive_site_name("F.C. Barcelona", site, site + "/rss")
    assert alone.name == "F.C. Barcelona"
    # A logo's description that names another site vouches for nothing.
    other = ChannelNames(image_description="Sport es el diario deportivo de Barcelona.")
    assert derive_site_name("F.C. Barcelona", site, site + "/rss", other).name == ("F.C. Barcelona")


def test_a_test_marker_in_brackets_is_no_part_of_the_name() -> None:
    # <title>极客公园（！）</title> of Geekpark's feed.
    credit, _ = read("s7h-geekpark-marker.xml")
    assert credit == "极客公园"
    assert clean_name("Blog [?]") == "Blog"
    # Marks that belong to a name stay: "Yahoo!", a bracketed number.
    assert clean_name("Yahoo!") == "Yahoo!"
    assert clean_name("Radio (2)") == "Radio (2)"


def test_a_project_named_in_lower_case_at_its_own_path_is_no_section() -> None:
    # <title>rss2email</title> linking allthingsrss.com/rss2email: the project's blog.
    credit, _ = read("s7h-allthingsrss-project.atom")
    assert credit == "rss2email"
    # A capitalised title that is its page's path is a section's ("Asia" on economist.com).
    asia = "https://www.economist.com/asia"
    assert derive_site_name("Asia", asia, asia + "/rss.xml").name == "The Economist"


def test_a_channel_linking_a_feed_file_is_credited_with_its_logos_home_page() -> None:
    # <link>http://main_test.geekpark.net/rss.rss</link>, <image><link>http://www.geekpark.net
    file = carried("judged", "s7h-geekpark-marker.xml")
    parsed = parse_feed(file.read_bytes(), url=file.as_uri(), headers={})
    assert parsed.site_url == "http://www.geekpark.net"
    # A logo linking another site, or a feed file, is no home page of this one.
    other = file.read_bytes().replace(
        b"<link>http://www.geekpark.net</link>", b"<link>http://example.org</link>"
    )
    assert (
        parse_feed(other, url=file.as_uri(), headers={}).site_url
        == "http://main_test.geekpark.net/"
    )
