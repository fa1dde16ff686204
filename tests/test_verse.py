"""Verse (a song's lyrics, a poem) is summarised by its opening lines in order, never by a
fragment from its middle or end; prose broken by <br> is no verse. Entries quoted from the
"Annotated TLG Songs" feed in kalv/ruby-feed-parser-benchmark (feeds/feed-115454170.atom10)."""

from __future__ import annotations

from bot.text.verse import is_verse, verse_opening

# "It Wasn't Me": lowercase lines, no punctuation; the sentence rules posted its last line,
# "fuck yeah!", alone.
_SONG = (
    "<p>i love this place<br />\ni think its great<br />\nand i love you here</p>\n"
    "<p>i love my truck<br />\ni love my car<br />\nand i love my beer</p>\n"
    "<p>i love soda pop<br />\nand talking shop<br />\nand i love fear</p>\n"
    "<p>de de de it wasnt me<br />\nde de de its not me<br />\nde de de it wasnt me</p>\n"
    "<p>america<br />\nfuck yeah!</p>"
)
# "Blackbird on a Wire": its fourth line "From the ??" was posted as the whole summary.
_BLACKBIRD = (
    "<p>Blackbirds in the sunlight<br />\nMoons all that they see<br />\n"
    "Blackbirds are watching me<br />\nFrom the ??</p>\n"
    "<p>If I had wings i’d fly away<br />\nFly across the sea<br />\n"
    "Until I found an unknown land<br />\nWhere no ones heard of me</p>"
)
# Prose a blog wrapped with <br> (sentences end inside lines) is no verse.
_WRAPPED_PROSE = (
    "<p>"
    + "<br />".join(
        ["Wow, I've received a ton of fan mail. Thanks to all", "of you who wrote. I will answer"]
        * 5
    )
    + "</p>"
)


def test_a_songs_lead_is_its_first_stanza_in_order() -> None:
    assert (
        verse_opening(_SONG, 300) == "i love this place / i think its great / and i love you here"
    )


def test_a_stanza_is_cut_at_a_line_within_the_width() -> None:
    assert verse_opening(_BLACKBIRD, 60) == "Blackbirds in the sunlight / Moons all that they see"
    assert verse_opening(_BLACKBIRD, 300) == (
        "Blackbirds in the sunlight / Moons all that they see / Blackbirds are watching me"
        " / From the ??"
    )


def test_prose_wrapped_by_breaks_and_short_lists_are_no_verse() -> None:
    assert not is_verse(_WRAPPED_PROSE)
    assert verse_opening(_WRAPPED_PROSE, 300) is None
    tracklist = "<br />".join(f"{n}. Song number {n}" for n in range(1, 12))
    assert not is_verse(tracklist)
