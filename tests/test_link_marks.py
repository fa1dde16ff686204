"""Entities escaped as a web address and the numbered link markers of a plain-text rendering.

Strings quoted from Des Grenouilles dans la Vallée's itunes:summary (2008, in the
ruby-feed-parser benchmark crawl, which states no licence)."""

from __future__ import annotations

from bot.text.plain_blocks import text_blocks
from bot.text.stray_chars import decoded_twice, without_link_marks

WIDGET = (
    "ScareCrowContech [1].Entre 59 et 89 dollars US.Acheter sur %26#187; Amazon.com [2]"
    "%26#187; Home Depot [3]%26#187; Petco [4]Vivre dans un coin de campagne est un privilège."
)


def test_an_entity_escaped_as_a_web_address_is_decoded() -> None:
    assert decoded_twice("Acheter sur %26#187; Amazon.com") == "Acheter sur » Amazon.com"
    assert decoded_twice("?a=1%26b=2") == "?a=1%26b=2"


def test_link_markers_counting_up_are_no_text() -> None:
    text = text_blocks(WIDGET)[0].text
    assert "[" not in text and "%26" not in text
    assert "Petco Vivre dans un coin" in text


def test_markers_its_list_of_links_numbers_go_and_the_list_stays() -> None:
    text = "Les accidents sont nombreux [5], et [1] la chasse.\n[1] http://a.example/\n[5] http://b.example/"
    assert without_link_marks(text).startswith(
        "Les accidents sont nombreux, et la chasse.\n[1] http"
    )


def test_a_lone_or_unordered_bracketed_number_stays() -> None:
    assert (
        without_link_marks("as the paper says [2009] and [3]") == "as the paper says [2009] and [3]"
    )
    assert without_link_marks("See note [1].") == "See note [1]."
