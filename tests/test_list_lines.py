"""Lists written as lines, not markup: a job board's duties opening on "*" and a guide's contents
numbered in Roman numerals are a list's items, never a run-on paragraph a summary is cut from.

Shapes of real entries of the 2008 crawl (kalv/ruby-feed-parser-benchmark, no licence: short
strings quoted inline): Bayt.com's job feed and the ADOM Guides blog (held-out sample 14).
"""

from __future__ import annotations

from bot.compose.reading import read_text
from bot.text.blocks import to_blocks
from bot.text.leadins import numbered_as_items
from bot.text.numbered_lines import list_number
from bot.text.summaries import summarize


def _lead(html: str, title: str = "x") -> str:
    text, _ = read_text(html, title=title, site_name=None, site_url=None)
    return summarize(text, title=title, language=None)


# Bayt.com: inline markup only (<b>), paragraphs set apart by blank lines, and the duties one a
# line, each opening on a star touching its word ("*Prepare & review journal entries"). Read as
# one paragraph they ran together: "… Ordinance 1984 *Prepare & review journal entries *…".
_DUTIES = (
    "<b>Job Description:</b>\r\n\r\n<b>Responsibilities</b>\r\n\r\n"
    "*Preparation of financial statements of Private Limited Company\r\n"
    "*Prepare & review journal entries\r\n"
    "*Tax compliance as per local laws\r\n"
    "*3+ years experience in field customer activities\r\n"
    "* Flexibility, with a positive attitude to change\r\n"
)


def test_lines_opening_on_a_star_are_a_lists_items_without_the_star() -> None:
    items = [b for b in numbered_as_items(to_blocks(_DUTIES)) if b.role == "item"]
    assert [b.text for b in items] == [
        "Preparation of financial statements of Private Limited Company",
        "Prepare & review journal entries",
        "Tax compliance as per local laws",
        "3+ years experience in field customer activities",
        "Flexibility, with a positive attitude to change",
    ]
    said = "<b>Our client is a leading firm in Karachi.</b>\n\n" + _DUTIES
    assert _lead(said) == "Our client is a leading firm in Karachi."


def test_a_star_round_a_word_is_emphasis_not_a_bullet() -> None:
    text = "<b>Notes</b>\n\n*Very* good news today.\n*Really* a fine day for it."
    blocks = numbered_as_items(to_blocks(text))
    assert [(b.role, b.text) for b in blocks] == [
        ("subhead", "Notes"),
        ("para", "Very good news today. Really a fine day for it."),
    ]


# ADOM Guides: a guide's contents as <br> lines numbered I. to V. under its opening; read as
# prose, the summary closed on "… the Archer. I. Manual Information - The most basic stuff,
# reprinted in place of an introduction. II."
_GUIDE = (
    "Let us begin with one of the easier classes to play: the Archer.<br /><br />"
    "I. Manual Information - The most basic stuff, reprinted in place of an introduction.<br />"
    "II. Starting up the archer - All there is to consider when deciding which to play.<br />"
    "III. Playing style - What you should try to do with your archer over the game.<br />"
    "IV. Weapons - What kind of weapons you should and shouldn't use, and why.<br /><br />"
    "I. Manual information<br /><br />Archers are deadly shots."
)


def test_a_contents_numbered_in_roman_numerals_is_no_lead_text() -> None:
    assert _lead(_GUIDE) == "Let us begin with one of the easier classes to play: the Archer."


def test_roman_numbers_count_like_arabic_ones() -> None:
    assert [list_number(s) for s in ("I. a", "II. b", "IV. c", "IX. d", "XIV. e", "12. f")] == [
        1,
        2,
        4,
        9,
        14,
        12,
    ]
    # A capital I opening a sentence, or initials, are no number.
    assert [list_number(s) for s in ("I think so.", "I.M. Pei", "Iowa.", "VIX. x")] == [
        None,
        None,
        None,
        None,
    ]


# The Merbist (feedjira's sample feeds, MIT): a lead-in and its points as <br> lines of one
# paragraph, each opening on "* ". Read as prose, the points were the paragraph's sentences.
_POINTS = (
    "<p>Rails internals should end up:</p>\n"
    "<p>* way less magical (even Merb uses some magic)<br />\n"
    "* returning shorter and cleaner stack traces<br />\n"
    "* cleaner (required for the new API)<br />\n"
    "* better isolated (required to increase the modularity)</p>"
)


def test_lines_of_a_paragraph_opening_on_one_bullet_are_its_items() -> None:
    blocks = numbered_as_items(to_blocks(_POINTS))
    assert [(b.role, b.text) for b in blocks] == [
        ("para", "Rails internals should end up:"),
        ("item", "way less magical (even Merb uses some magic)"),
        ("item", "returning shorter and cleaner stack traces"),
        ("item", "cleaner (required for the new API)"),
        ("item", "better isolated (required to increase the modularity)"),
    ]
    # A point wrapped at a width goes on in lower case on the next line (Ruby Quiz's rules).
    wrapped = (
        "<p>* This quiz does not have a no-spoiler period so you may<br />  submit at anytime"
        " after reading this message<br />* I'll make the initial serve, starting the quiz off"
        " with<br />  a single failing test<br />* Anyone can return the ball</p>"
    )
    assert [b.text for b in numbered_as_items(to_blocks(wrapped))] == [
        "This quiz does not have a no-spoiler period so you may submit at anytime after reading"
        " this message",
        "I'll make the initial serve, starting the quiz off with a single failing test",
        "Anyone can return the ball",
    ]
