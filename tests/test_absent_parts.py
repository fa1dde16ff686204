"""Sentences presenting a table, list or chart that the entry's HTML holds and the post drops
(the dangling references of held-out sample 12, bench/judged/2026-12-06-heldout-12-after.jsonl).
Short strings are quoted from kalv ruby-feed-parser-benchmark's 2008 crawl (no licence)."""

from __future__ import annotations

from bot.text.absent_parts import dropped_parts, without_absent_part_pointers

# Geekzone's giveaway post (feed--323170384, entry 27): its text, then the schedule as a table.
_GIVEAWAY_HTML = (
    '<a href="http://www.hp.com/go/magicgiveaway"><img src="http://www.geekzone.co.nz/images/'
    'blog/HPN80175_blog_300x250_v4.jpg" /></a>These are the dates for each competition in the '
    "HP Magic Giveaway promotion I've announced earlier today. You should visit each site on "
    "those dates to find their own competition rules.<br /><br /><table><tr><td>URL</td>"
    "<td>Contest Launch</td></tr></table>"
)


def test_the_parts_a_post_drops_are_read_from_the_html() -> None:
    assert dropped_parts(_GIVEAWAY_HTML) == {"table", "picture"}
    # A run of headings is a list too: each site under its own (feed--411859976, entry 2).
    assert dropped_parts("<p>Voici donc 3 sites</p><h4>Jason</h4><p>…</p><h4>Veerle</h4>") == {
        "list"
    }
    assert dropped_parts("<p>One paragraph.</p><h2>One heading</h2>") == frozenset()


def test_a_sentence_presenting_the_dropped_table_goes_with_what_goes_on_about_it() -> None:
    text = (
        "These are the dates for each competition in the HP Magic Giveaway promotion I've "
        "announced earlier today. You should visit each site on those dates to find their own "
        "competition rules.\n\nRemember, you can enter in all those contests!"
    )
    assert without_absent_part_pointers(text, dropped_parts(_GIVEAWAY_HTML)) == (
        "\n\nRemember, you can enter in all those contests!"
    )
    # Without the table in the HTML the dates may be in the text: the sentence stays.
    assert without_absent_part_pointers(text, frozenset({"picture"})) == text


def test_a_count_of_sites_presented_before_the_dropped_list_goes_in_french() -> None:
    # A French web-design blog closing its intro on the list (feed--411859976, entry 2).
    text = (
        "Alors, certains ont utilisé toute leur créativité pour permettre aux articles d’être "
        "un peu plus mis en avant. Voici donc 3 sites qui ont retenu mon attention et que je "
        "me devais de partager avec vous !!"
    )
    assert without_absent_part_pointers(text, frozenset({"list"})) == (
        "Alors, certains ont utilisé toute leur créativité pour permettre aux articles d’être "
        "un peu plus mis en avant."
    )


def test_a_sentence_reading_from_a_dropped_chart_goes() -> None:
    # A marketing blog under its survey chart (feed-654123243, entry 4).
    text = (
        "What is more intriguing is the trends of low income consumers. We can might project "
        "general consuming habits from the consumption during the financial crisis by looking "
        "at these figures since cigarettes are creating dependency. The low income consumers "
        "have switched to a less expensive brands (20% of them)."
    )
    assert without_absent_part_pointers(text, frozenset({"picture"})) == (
        "What is more intriguing is the trends of low income consumers. The low income "
        "consumers have switched to a less expensive brands (20% of them)."
    )


def test_sentences_that_say_something_themselves_stay() -> None:
    parts = frozenset({"table", "list", "picture"})
    for text in (
        "These are the results of years of work.",
        "Here are sites that do it better.",
        "These figures show a rise of 20% since May.",
        "I used a table saw.",
        # Steps are told in prose as often as listed: the lead would go to "Something did not
        # get copied correctly." (pools/all feedjira nanoRAILS…tidbits.xml, entry 8).
        "Here are the steps to mirror a git branch into svn.",
        # GamersNexus's review (corpus fastfeedparser gamersnexus.xml, entry 4).
        "The 265K is the least efficient of these three parts so far on this chart.",
        # A list the text carries after the colon (corpus rss-parser feedburner.atom, entry 5).
        "Here are the examples for Java to get you started: Add an HTML5 ad to an ad group.",
        # Fortnite's patch notes (pools/all capyreader feed-test.xml, entry 6).
        "These are the first steps we’re taking in adding harder content to Save the World.",
    ):
        assert without_absent_part_pointers(text, parts) == text
