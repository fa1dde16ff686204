"""What the editor rejected in helper F3's redraw of session 9's pool
(bench/judged/2026-12-05-s10-f3, development data): a feed named by its show and its media format,
unbracketed ("Coder Radio MP3"), credited whole. Checked on the real feed
(tests/data/judged/s10f3-*) and on made-up neighbours the rule must leave alone."""

from __future__ import annotations

from bot.attribution.title_parts import without_feed_note
from tests.test_judged_dev_pool import read


def test_a_format_word_closing_a_podcast_feeds_title_is_no_part_of_the_credit() -> None:
    # Jupiter Broadcasting offers each show as MP3, OGG and video feeds: "Coder Radio MP3".
    assert read("s10f3-coderradio-format-title.xml")[0] == "Coder Radio"


def test_only_format_words_naming_no_topic_go() -> None:
    assert without_feed_note("Coder Radio MP3") == "Coder Radio"
    assert without_feed_note("Linux Action Show Video HD") == "Linux Action Show"
    assert without_feed_note("Nature in HD") == "Nature"
    assert without_feed_note("Some Show - AAC") == "Some Show"
    # A format word that is the whole title, a topic word, or part of a name stays.
    assert without_feed_note("MP3") == "MP3"
    assert without_feed_note("Tested Video") == "Tested Video"
    assert without_feed_note("Campaign HQ") == "Campaign HQ"
    assert without_feed_note("The SD Times") == "The SD Times"
    assert without_feed_note("MP3 Blog of the Week") == "MP3 Blog of the Week"
