"""Hashtags the held-out samples 11-13 rejected and main still showed (session 16; feeds of the
2008 crawl in kalv/ruby-feed-parser-benchmark, which states no licence: short strings quoted)."""

from __future__ import annotations

from tests.support.tagged_feeds import entry_tags, tagged_atom

# The items name their tags, as session 17's tag gate shows only the tags an item names.
_GAME = "Jeux vidéo : Rise of the argonauts, de Codemasters."
_GIG = "Musique : Radiohead joue In Rainbows."


def test_the_words_of_a_name_filed_whole_are_no_hashtags_alone() -> None:
    # Blog Miwim files "Rise of the argonauts sort aujourd'hui" under the game's name and each
    # of its words: "#rise #argonauts" are fragments; "Radiohead" is filed once, whole.
    body = tagged_atom(
        "Blog Miwim",
        (
            "Rise of the argonauts sort aujourd'hui",
            ("Jeux vidéo", "argonauts", "codemasters", "rise", "rise of the argonauts"),
            _GAME,
        ),
        ("Concert de Radiohead", ("Musique", "in", "in rainbows", "radiohead", "rainbows"), _GIG),
    )
    tags = entry_tags(body)
    assert "rise" not in tags[0] and "argonauts" not in tags[0]
    assert tags[0][:2] == ("Jeux vidéo", "codemasters")
    # "In Rainbows" is not the second headline's name: its words stay as the feed filed them.
    assert "radiohead" in tags[1] and "rainbows" in tags[1]


def test_the_words_of_a_phrase_the_headline_does_not_carry_stay_topics() -> None:
    # DC Rainmaker's "Hands-on: Garmin's New Descent MK1 Diving Watch" files "Garmin",
    # "Diving" and "Garmin Diving": the phrase is a filing, each word a topic (published).
    body = tagged_atom(
        "DC Rainmaker",
        (
            "Hands-on: Garmin's New Descent MK1 Diving Watch",
            ("Garmin", "Diving", "Garmin Descent MK1", "Garmin Diving"),
        ),
    )
    assert entry_tags(body)[0][:2] == ("Garmin", "Diving")


def test_keywords_that_are_only_some_words_of_the_name_stay_topics() -> None:
    # Old Time Radio Mystery Theater files "CBS Radio Mystery Theater" beside its keywords
    # "radio" and "mystery": "CBS" and "Theater" are not tags, so the name was not cut apart.
    body = tagged_atom(
        "Old Time Radio Mystery Theater",
        (
            "CBS Radio Mystery Theater - 0017 - A Very Old Man",
            ("CBS Radio Mystery Theater", "mystery", "radio"),
        ),
    )
    assert entry_tags(body)[0] == ("CBS Radio Mystery Theater", "mystery", "radio")
