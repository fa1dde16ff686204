"""An epigraph set off in italics, and a bold lead ending in a lead-in's colon."""

from __future__ import annotations

from bot.text.blocks import to_blocks
from bot.text.leadins import with_lead_ins

# A statistics blog's entry (kalv ruby-feed-parser-benchmark feed--766170218, entry 1): a bold
# opening paragraph ending in a colon, then an unquoted quotation and its source in italics.
MINITAB = (
    "<p><strong>Minitab offers many features that can save you time and effort when you're "
    "learning statistics or analysing data. However, even long time users aren't aware of the "
    "following short cuts, tools, and capabilities:</strong></p>"
    "<p><em>Statistics are like bikinis.  What they reveal is suggestive, but what they conceal "
    "is vital.</em></p><p><em>- Aaron Levenstein</em></p><h3>Manipulating Data</h3>"
    "<p>Need to change the format of a column? For example, do you need to convert a text "
    "column to numeric or date?</p>"
)


def test_a_bold_opening_with_a_whole_sentence_before_its_colon_is_the_lead() -> None:
    first = with_lead_ins(to_blocks(MINITAB))[0][1]
    assert first.role == "para"
    assert first.text.startswith("Minitab offers many features")


def test_an_italic_quotation_and_its_italic_source_are_no_lead_text() -> None:
    texts = [block.text for _, block in with_lead_ins(to_blocks(MINITAB))]
    assert not any("bikinis" in text or "Levenstein" in text for text in texts)


def test_a_bold_heading_ending_in_a_colon_stays_a_subhead() -> None:
    html = (
        "<p><strong>Here is what you need to know about the new tax rules this year:</strong></p>"
        "<p>The deadline moves to May, and the forms are shorter than they were last year.</p>"
    )
    assert with_lead_ins(to_blocks(html))[0][1].role == "subhead"


def test_an_italic_paragraph_without_a_dashed_source_is_not_cut_as_an_epigraph() -> None:
    html = (
        "<p>We tested the phone for two weeks and here is what we found in daily use.</p>"
        "<p><em>Battery life is the best we have seen this year.</em></p>"
        "<p><em>Updated on Monday</em></p><p>The camera is good in daylight and poor at night.</p>"
    )
    texts = [block.text for _, block in with_lead_ins(to_blocks(html))]
    assert any("Battery life" in text for text in texts)
