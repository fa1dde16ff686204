"""A teaser list's closing "and more below" promises items further down the page the post does
not carry (held-out sample 27c, dangling-reference: Hypocrite Reader's "… a rare event unfolds -
and more of them below."): the phrase goes, the items named stay."""

from __future__ import annotations

from bot.text.pointers_down import without_pointers_down


def test_the_promise_of_more_below_goes_and_the_named_items_stay() -> None:
    teaser = (
        "do you want to make out - a cask and a casket - two lies underpin a confession - a rare "
        "event unfolds - and more of them below."
    )
    assert without_pointers_down(teaser) == (
        "do you want to make out - a cask and a casket - two lies underpin a confession - a rare "
        "event unfolds."
    )


def test_more_below_an_amount_or_a_place_is_no_pointer() -> None:
    cold = "Ten degrees and more below zero tonight."
    assert without_pointers_down(cold) == cold
