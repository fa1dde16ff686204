"""A live blog's update heading and time, and a press release's heads over its wire dateline,
are no lead text (held-out sample 11). Strings quoted inline: the Los Angeles Times feed in
Anonyfox/elixir-scrape (cache/feed/latimes.xml, LGPL) and a 2008 PRWeb release from
kalv/ruby-feed-parser-benchmark (no licence)."""

from __future__ import annotations

from bot.compose.reading import read_text

_UPDATE = (
    "FBI questions Hillary Clinton about her private email server July 3, 2016, 9:56 a.m."
    " Hillary Clinton is interviewed by federal investigators for several hours about her use of"
    " private email to conduct government business."
)


def _read(html: str, title: str) -> str:
    return read_text(html, title=title, site_name=None, site_url=None)[0]


def test_the_update_heading_and_its_time_go_from_the_items_own_update() -> None:
    text = _read(_UPDATE, "FBI questions Hillary Clinton about her private email server")
    assert text.startswith("Hillary Clinton is interviewed by federal investigators")


def test_an_update_under_another_items_headline_is_not_its_text() -> None:
    assert _read(_UPDATE, "GOP Sen. Cotton says Trump can 'make the case for himself'") == ""


def test_a_press_releases_heads_and_wire_dateline_go() -> None:
    html = (
        "<p>FOR IMMEDIATE RELEASE </p><p>Atlanta SugarCRM Meet-up Group Is Off to a Sweet Start"
        "<br /><br />Atlanta based SugarCRM Enthusiasts Meet Monthly to Share Lessons Learned,"
        " Discuss Project, and Eat Appetizers.</p><p>Atlanta, GA (PRWEB) July 2, 2007.&nbsp;"
        " SugarCRM Inc. announces the Atlanta Meet-up group focused on Sugar best practices.</p>"
    )
    text = _read(html, "Atlanta SugarCRM Meet-up Group Is Off to a Sweet Start")
    assert (
        text == "SugarCRM Inc. announces the Atlanta Meet-up group focused on Sugar best practices."
    )


def test_prose_above_a_dateline_and_a_date_inside_a_sentence_stay() -> None:
    intro = (
        "<p>Here is the release the group sent us this week, which we think many of our readers"
        " in Georgia will want to read in full before the next meeting of the group in the"
        " autumn, when the organisers expect a much larger crowd than before, and more food"
        " than anyone can eat in one evening at the usual place.</p>"
    )
    html = intro + "<p>Atlanta, GA (PRWEB) July 2, 2007. SugarCRM Inc. announces a group.</p>"
    assert _read(html, "Meet-up").startswith("Here is the release")
    said = "The polls closed on July 3, 2016, 9:56 a.m. Nobody came."
    assert _read(said, "Polls") == said
