"""Structure a feed glued or cut (held-out samples 18-19's rejects): a dangling dateline, a lead
begun mid-sentence, a plain-text subhead on its own line."""

from __future__ import annotations

import pytest

from bot.text.openings import cut_elided_opening, cut_line_headings, cut_opening_date

# Adobe's releases as PhotoshopNews reprinted them (kalv/ruby-feed-parser-benchmark, quoted):
# the feed repeats "SAN JOSE, Calif." in every entry, so it is learned as furniture and cut,
# and the date between its dashes was left opening the post.
_RELEASES = [
    "— Oct. 15, 2008 — Adobe Systems Incorporated (Nasdaq:ADBE) today announced the immediate "
    "availability of the Adobe® Creative Suite® 4 product family.",
    "— Oct. 1, 2008 — Adobe Systems Incorporated (Nasdaq:ADBE) today announced the Adobe "
    "Foundation, a global philanthropic organization.",
    "- Sept. 23, 2008 - Adobe Systems Incorporated (Nasdaq:ADBE) today announced Adobe(r) "
    "Photoshop(r) CS4 and Photoshop CS4 Extended.",
]


@pytest.mark.parametrize("lead", _RELEASES)
def test_a_dateline_left_without_its_place_goes_with_its_dashes(lead: str) -> None:
    assert cut_opening_date(lead).startswith("Adobe Systems Incorporated (Nasdaq:ADBE) today")


def test_a_date_range_and_a_dash_in_the_text_stay() -> None:
    # A range of dates is the text's subject, and a dash inside a sentence is punctuation.
    assert cut_opening_date("— January 10, 2009 -January 16, 2009 is the week").startswith("—")
    kept = "The vote — Oct. 15, 2008 — was close."
    assert cut_opening_date(kept) == kept


# A pingback's quote (quoted): the feed's bracketed cut, then the rest of a sentence.
def test_a_lead_the_feed_began_mid_sentence_starts_at_its_next_sentence() -> None:
    pingback = "[...] you won’t have to keep a constant eye on every page. For more tips, see …"
    assert cut_elided_opening(pingback) == "For more tips, see …"
    assert cut_elided_opening("[…] and it never ends") == ""


def test_a_bare_elision_or_one_before_a_capital_stays() -> None:
    # "…" after a headline ending on one goes on from it; "[...] And then" opens a sentence.
    for kept in ("... une pastèque. Et c'est reparti.", "[...] And then it rained.", "It … a lot."):
        assert cut_elided_opening(kept) == kept


# UHC United Toggenburg's plain-text match report (quoted): its subhead stands on a line of
# its own between two sentences' lines.
def test_a_plain_text_subhead_between_sentences_lines_is_no_text() -> None:
    paragraph = (
        "Das Ziel, gegen den Leader zu punkten, missriet für das Heimteam völlig.\n"
        "Zu Beginn mehr Spielanteil\n"
        "Nach einem kurzen Abtasten beider Mannschaften legten die Toggenburger einen "
        "gelungenen Start hin."
    )
    assert "Spielanteil" not in cut_line_headings(paragraph)


def test_short_lines_of_a_list_or_under_no_sentence_stay() -> None:
    # A line after a line with no stop of its own is a list's or a poem's, not a subhead.
    listed = "Ingredients:\nSalt and pepper\nMix them well with the butter and the flour first."
    assert cut_line_headings(listed) == listed
