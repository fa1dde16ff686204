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


# An entrepreneurship blog's ranking (s16 pool, feed--504552801, entry 2): the list is lines of
# links, one a line, after its presentation.
_RANKING_HTML = (
    "Here is the list of the top 150 blogs that I find relevant for entrepreneurs in general."
    "<br /><br />Top 150 blogs for Entrepreneur:<br /><br />"
    + "".join(
        f'{n} <a href="http://blog{n}.example">http://blog{n}.example</a><br />'
        for n in range(1, 7)
    )
)


def test_lines_of_links_one_a_line_are_a_list_the_post_drops() -> None:
    assert dropped_parts(_RANKING_HTML) == {"list"}
    # Two links on lines of their own are no list.
    assert dropped_parts('<p>Read</p><br /><a href="/a">a</a><br /><a href="/b">b</a>') == (
        frozenset()
    )


def test_a_sentence_presenting_the_dropped_list_itself_goes() -> None:
    text = (
        "I use eCairn's influence ranking on these blogs to prioritize my reading. Here is the "
        "list of the top 150 blogs that I find relevant for entrepreneurs in general, with a "
        "bias for high tech and social entrepreneurship."
    )
    assert without_absent_part_pointers(text, dropped_parts(_RANKING_HTML)) == (
        "I use eCairn's influence ranking on these blogs to prioritize my reading."
    )
    for presented, kept in (
        ("Voici la liste des gagnants du concours.", ""),
        ("Aquí tenéis la lista completa de ponentes.", ""),
        ("Ecco l'elenco dei vincitori.", ""),
        ("Hier ist die Liste der Teilnehmer.", ""),
    ):
        assert without_absent_part_pointers(presented, frozenset({"list"})) == kept, presented


def test_what_is_no_presentation_of_a_list_stays() -> None:
    parts = frozenset({"table", "list", "picture"})
    for text in (
        "Here's why the list matters: nobody reads it.",
        "The following year, the list of members grew.",
        "Here is the list of reasons I quit, in prose.",
        "My name is on the list of speakers.",
    ):
        assert without_absent_part_pointers(text, parts) == text
    # Without a list or table in the HTML the list may be in the text.
    presented = "Here is the list of the top 150 blogs."
    assert without_absent_part_pointers(presented, frozenset({"picture"})) == presented
