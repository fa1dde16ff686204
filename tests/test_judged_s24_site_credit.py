"""Which of a feed title's candidate names the feed's own evidence confirms, from the credit
rejects of held-out sample 26 (bench/judged/2026-12-07-heldout-26*.jsonl): the part its host's
own label spells and its description spells out, the name before a tagline, the host after a
label, whose a stream is, a description's name less a closing noun. Titles quoted from kalv
ruby-feed-parser-benchmark's 2008 crawl (no licence)."""

from __future__ import annotations

import pytest

from bot.attribution.site_names import derive_site_name
from bot.parsing.models import ChannelNames


def _channel(description: str | None = None) -> ChannelNames:
    return ChannelNames(description=description)


def test_the_part_its_host_label_spells_and_its_description_spells_out_wins() -> None:
    # feed-857775730: the students' centre's site calesa.ufsc.br, not the university's.
    channel = _channel("Centro Acadêmico Livre de Engenharia Sanitária e Ambiental")
    named = derive_site_name("CALESA - UFSC", "http://www.calesa.ufsc.br", "f", channel)
    assert named.name == "CALESA"


@pytest.mark.parametrize(
    ("title", "site_url", "name"),
    [
        # A subdomain the description does not name is a section's or a language's.
        ("Martin Varsavsky | Spanish", "http://spanish.varsavsky.com/", "Martin Varsavsky"),
        ("freshmeat.net - Themes", "http://themes.freshmeat.net/", "freshmeat.net"),
    ],
)
def test_a_subdomain_part_the_description_does_not_name_stays_unchosen(
    title: str, site_url: str, name: str
) -> None:
    named = derive_site_name(title, site_url, "f", _channel("Thoughts and links"))
    assert named.name == name


@pytest.mark.parametrize(
    ("title", "site_url", "description", "name"),
    [
        # feed-37639820: the description repeats the tagline.
        (
            "1983 | Catching design, since 1983",
            "http://www.nineteeneightythree.com",
            "Catching design, since 1983",
            "1983",
        ),
        # feed--624244448: a tagline opens in lower case.
        ("Mobile Media - recordings in your hands", "http://r3wind.com", None, "Mobile Media"),
    ],
)
def test_the_name_before_a_tagline_is_the_sites(
    title: str, site_url: str, description: str | None, name: str
) -> None:
    assert derive_site_name(title, site_url, "f", _channel(description)).name == name


def test_a_label_before_a_tagline_is_no_name() -> None:
    named = derive_site_name("News - the latest from our town", "http://example.org/", "f")
    assert named.name != "News"


@pytest.mark.parametrize(
    ("title", "site_url", "name"),
    [
        # feed--275311750: "news releases Delft.nl".
        ("Nieuwsberichten Delft.nl", "http://www.delft.nl/", "Delft.nl"),
        ("Annonces Jobetudiant.net", "http://www.jobetudiant.net/", "Jobetudiant.net"),
        # Whose the host is stays: a possessive is no label.
        ("Cory Doctorow's craphound.com", "http://craphound.com/", "Cory Doctorow's craphound.com"),
    ],
)
def test_the_sites_host_after_label_words_is_its_name(title: str, site_url: str, name: str) -> None:
    assert derive_site_name(title, site_url, "f").name == name


def test_a_stream_title_says_whose_stream_it_is() -> None:
    # feed--108979066: a Ning network's activity stream, credited "spiceusergroup.org".
    title = "Latest Activity on The SPICE User Group"
    named = derive_site_name(title, "http://www.spiceusergroup.org", "f")
    assert named.name == "The SPICE User Group"


def test_a_description_name_drops_its_closing_common_noun() -> None:
    # feed--536737470: "Fresh audio software news from PistonSoft company."
    channel = _channel("Fresh audio software news from PistonSoft company.")
    title = "Audio Software News from PistonSoft.com"
    named = derive_site_name(title, "http://www.pistonsoft.com", "f", channel)
    assert named.name == "PistonSoft"
