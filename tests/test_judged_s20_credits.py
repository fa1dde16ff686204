"""Credits editors rejected in held-out samples 18-19 (session 19, helper Acredit), each from
the real feed's strings (kalv/ruby-feed-parser-benchmark, quoted inline)."""

from __future__ import annotations

import pytest

from bot.attribution.name_decorations import undecorated
from bot.attribution.notices import find_notices
from bot.attribution.site_names import derive_site_name
from bot.text.blocks import to_blocks


@pytest.mark.parametrize(
    ("title", "site", "name"),
    [
        # Marks framing a blog's name (feed-359293321, feed-886320520).
        ("***** Us in USA, well just Me *****", "http://us-in-usa.blogspot.com/", "Us in USA"),
        ("● MARKETING ALTERNATIF ●", "http://www.marketing-alternatif.com", "MARKETING ALTERNATIF"),
        # A cut marker closing the title (feed--876046366).
        ("Soragni.it [...]", "http://soragni.it/blog", "Soragni.it"),
        # A theme's version and season after the name (feed--177919010, feedjira's sample).
        ("KKNetwork v1.4 XMAS 2008", "http://main.kk21.net", "KKNetwork"),
        ("Ian Landsman's Weblog v2.0", "http://www.userscape.com/blog/", "Ian Landsman's Weblog"),
        # A trademark sign set apart after the name (feed--80794418).
        ("Traci's Christian Cottage ™", "http://traciscottage.com", "Traci's Christian Cottage"),
    ],
)
def test_a_site_name_drops_the_marks_and_labels_decorating_it(
    title: str, site: str, name: str
) -> None:
    assert derive_site_name(title, site, site + "/feed").name == name


@pytest.mark.parametrize(
    "title",
    # Marks that are part of a name stay: glued to one side, or in a language's name.
    ["C++ Soup", "E*Trade News", "Fubiz™", "~elly/blog", "#WeThePeople LIVE", ".NET Ketchup"],
)
def test_marks_that_belong_to_a_name_stay(title: str) -> None:
    assert undecorated(title) == title


def test_a_title_of_marks_alone_is_kept_rather_than_emptied() -> None:
    assert undecorated("* * *") == "* * *"


def test_a_bracketed_name_that_is_its_sentences_subject_is_no_source_tag() -> None:
    # Hack a Day (feed-19973385) names its tipster in brackets; the name does the verb.
    html = (
        '<p>[Ewout] sent us some info on this <a href="http://www.ewoutvb.com/4180/index.html">'
        "Automated Gigapixel Panorama Acquisition system</a>.  The system automates the process "
        "of taking the large amounts of images required to do gigapixel panoramics.</p>"
    )
    assert not [h for h in find_notices(to_blocks(html)) if h.family == "aggregator"]


def test_a_partner_tag_before_its_own_sentence_still_credits_the_partner() -> None:
    html = "<p>[Capital FM] Nairobi -- The Kenyan government has announced new measures today.</p>"
    hits = [h for h in find_notices(to_blocks(html)) if h.family == "aggregator"]
    assert [h.publisher for h in hits] == ["Capital FM"]
