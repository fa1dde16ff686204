"""What the editors rejected in the credits of held-out sample 6 (bench/judged/2026-12-05-heldout-6
a/b/c, development data since), helper H5's families: a note on the feed's format or frequency in
brackets closing its title. Each is checked on the real feeds (tests/data/judged/s8h5-*) and on
made-up neighbours the rule must leave alone."""

from __future__ import annotations

from bot.attribution.title_parts import without_feed_note
from tests.test_judged_dev_pool import read

# A feed's title may close on a note in brackets about the feed, not the site: its format or
# quality ("LugRadio (high-quality mp3)") or how often it is updated ("(updated daily)").


def test_a_note_on_the_feeds_format_or_frequency_is_no_part_of_the_credit() -> None:
    assert read("s8h5-lugradio-format-note.xml")[0] == "LugRadio"
    assert read("s8h5-smbc-frequency-note.xml")[0] == "Saturday Morning Breakfast Cereal"


def test_only_a_note_made_of_format_and_frequency_words_goes() -> None:
    assert without_feed_note("Ars Technica (Full text)") == "Ars Technica"
    assert without_feed_note("Daily Show (Comedy Central)") == "Daily Show (Comedy Central)"
    assert without_feed_note("Radiolab (64 kbps MP3)") == "Radiolab"
    assert without_feed_note("Weekly Comics [updated weekly]") == "Weekly Comics"
    # Brackets that are part of a name, or a note of what the site is, stay.
    assert without_feed_note("Machine Learning (Theory)") == "Machine Learning (Theory)"
    assert (
        without_feed_note("Jonathon Belotti [thundergolfer]") == "Jonathon Belotti [thundergolfer]"
    )
    assert without_feed_note("Life on Track(s)") == "Life on Track(s)"
    assert without_feed_note("Best Of (and more)") == "Best Of (and more)"
    assert without_feed_note("(Daily)") == "(Daily)"
