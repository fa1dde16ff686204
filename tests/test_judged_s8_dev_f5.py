"""What an editor rejected in helper F5's session-8 sample of session 7's feeds
(bench/judged/2026-12-05-s8-f5.jsonl), by family: each is checked on the rejected entries
(excerpts under tests/data/judged/s8dev-*) and on text of the same kind that must stay."""

from __future__ import annotations

from bot.text.blocks import to_blocks
from bot.text.openings import cut_section_heading
from bot.text.pointer_links import pointer_link_cuts
from bot.text.references import without_page_references
from bot.text.summaries import summarize
from tests.test_judged_dev_pool import post_of

# A space the feed left before a comma.


def test_a_space_before_a_comma_is_dropped() -> None:
    episode = post_of("s8dev-ideveloper-comma.xml", "192 - I Feces You Not")
    assert "Scotty's trip to iOSDevUK, the server side Swift framework" in episode.summary


def test_spaces_before_other_marks_and_inside_numbers_stay() -> None:
    # French spaces go before ; : ! ? and a comma inside a figure is no comma after a word.
    text = "Il a dit : « non » ! Le prix ; 1 ,5 est faux, dit-il."
    assert summarize(text) == text


# A sentence sending the reader down the page: a summary has nothing below it.


def test_a_sentence_pointing_down_the_page_leaves_the_summary() -> None:
    deals = post_of("s8dev-9to5google-down-below.xml", "Deals: OnePlus Pad 2")
    assert "below" not in deals.summary
    assert deals.summary.startswith("Before we head into Labor Day weekend")
    assert "Firstly, we are now tracking the new OnePlus Pad 2" in deals.summary


def test_below_that_points_nowhere_stays() -> None:
    for text in (
        "Temperatures fell below zero overnight.",
        "The shares went down below $5 before noon.",
        "Prices stayed below last year's level in the third quarter.",
        "He lives in the flat below in the same building.",  # "below in the" names a place
    ):
        assert without_page_references(text) == text


def test_listed_or_seen_below_goes_with_its_sentence() -> None:
    text = (
        "I already wrote four posts on the subject, they are listed below. In this post, I use "
        "the analysis of the previous posts."
    )
    kept = "In this post, I use the analysis of the previous posts."
    assert without_page_references(text + " Head below for a closer look.") == kept
    assert without_page_references(text) == kept


# A link the sentence presents and ends on ("here is <a page …>!"): the post carries no link.


def test_a_sentence_presenting_a_link_leaves_the_summary() -> None:
    contest = post_of("s8dev-nextcloud-here-is.xml", "All app developers put your hands up")
    assert "here is a page" not in contest.summary
    assert "show off their creative programming talent." in contest.summary


def test_here_is_before_a_link_the_sentence_goes_on_from_stays() -> None:
    blocks = to_blocks(
        '<p>Here is <a href="https://example.org/a">Apple\'s announcement</a> of the new '
        "iPhone, which came out today.</p>"
    )
    assert pointer_link_cuts(blocks) == []


# A Hugo plain-text subhead whose subject opens the sentence after it.


def test_a_subhead_named_again_by_its_paragraph_is_cut() -> None:
    cloudkit = post_of("s8dev-atomicbird-cloudkit.xml", "CloudKit: Moves like Azure")
    assert "Core Data CloudKit makes" not in cloudkit.summary
    assert "CloudKit makes a refreshing change from iCloud Core Data" in cloudkit.summary


def test_a_line_naming_its_subject_twice_in_a_sentence_stays() -> None:
    for line in (
        "Apple said Apple is big.",  # "said" is no heading word
        "Swift and Objective-C both run on iOS.",
        "The Apple Watch The Apple way.",  # ends on no sentence of a name and a lower-case word
    ):
        assert cut_section_heading(line) == line
    assert cut_section_heading("Paris in Spring Paris is lovely.") == "Paris is lovely."


def test_a_sentence_going_on_from_below_says_what_the_post_is_and_stays() -> None:
    text = (
        "Outlined below is how I started to add observability to an existing codebase. "
        "My hope is that I can show its value."
    )
    assert without_page_references(text) == text
