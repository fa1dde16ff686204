"""What an editor rejected in helper F5's sample of session 6's development pool
(bench/judged/2026-12-05-s6-f5.jsonl), by family: each is checked on real entries of the
rejected feeds (excerpts under tests/data/judged/dev-*)."""

from __future__ import annotations

from bot.text.blocks import to_blocks
from bot.text.leadins import with_lead_ins
from bot.text.openings import cut_series_note
from bot.text.pointer_links import pointer_link_cuts
from tests.test_judged_dev_pool import post_of

# Pointers: a sentence whose link text only points ("here", "See here for …") points at a link
# the post does not carry.


def test_a_sentence_pointing_at_a_link_here_is_no_lead_text() -> None:
    woit = post_of("dev-woit.xml", "Weil Anima")
    assert "video of the talk here" not in woit.summary
    assert woit.summary.startswith("Dustin Clausen is giving a course at the IHES")
    assert "I just watched the IHES Clausen talk" in woit.summary
    scherlis = post_of("dev-scherlis.xml", "Inner Misalignment")
    assert "from Beth Barnes here" not in scherlis.summary
    assert "Scott Alexander has a recent post up on large language models" in scherlis.summary


def test_a_link_that_opens_see_here_goes_with_its_sentence() -> None:
    # "<a>See here for additional links</a> about origami math, …" twice, and "any broken
    # links below": the post holds none of these links.
    origami = post_of("dev-langorigami-links.xml", "Computational Origami")
    assert "See here" not in origami.summary
    assert "links below" not in origami.summary
    assert origami.summary.startswith("This page contains links to computational tools")


def test_links_that_name_their_target_or_go_on_stay() -> None:
    # A link that names its target, a sentence opening "Here's", and a "here" the sentence goes
    # on from (the Epstein files post of Not Even Wrong) are the writer's text.
    blocks = to_blocks(
        '<p>Read <a href="/notes">the release notes</a>. '
        '<a href="/fix">Here’s the fix</a> for it. I spent time doing searches '
        '<a href="/s">here</a>, where one can read the emails.</p>'
    )
    assert pointer_link_cuts(blocks) == []


def test_a_pointer_inside_a_parenthesis_takes_only_the_parenthesis() -> None:
    # "Marcus Ahnve (who blogged about it here)": the aside goes, the sentence stays.
    [block] = to_blocks('<p>I joined with Marcus (who blogged about it <a href="/m">here</a>).</p>')
    [cut] = pointer_link_cuts([block])
    assert block.text[: cut.start] + block.text[cut.end :] == "I joined with Marcus."


# Series notes: that the post is one of a series, and the way to its start, open no lead.


def test_a_series_note_and_its_way_back_open_no_lead() -> None:
    harper = post_of("dev-elijahpotter.xml", "Writing a Phrase Correction")
    assert harper.summary.startswith("There are several ways to add a grammatical rule")
    router = post_of("dev-kittenlabs.xml", "Router overclocking")
    # Its description was the note alone; the post's own first sentence is the lead now.
    assert router.summary.startswith("If you’ve seen part 1 of the “Real gaming router”")
    assert "Read Part 1" not in router.summary


def test_a_paragraph_labelled_note_is_the_note_whole() -> None:
    # "Note: This post is part of the … series. Also, I’m particularly fond of this story …":
    # the writer's aside about the post; the story follows it.
    story = post_of("dev-jessimekirk.xml", "Apple in the Toilet")
    assert story.summary.startswith("Our school wasn’t super well taken care of.")


def test_a_sentence_on_being_part_of_something_else_stays() -> None:
    kept = "This is part of the art. Some features may be vital to the application."
    assert cut_series_note(kept) == kept
    assert cut_series_note("This is part of a series. Go to the start. Rules are …") == (
        "Rules are …"
    )


# A question heading answered by a short reply: the reply does not open the lead alone.


def test_a_reply_opening_the_lead_keeps_its_question() -> None:
    guide = post_of("dev-planetclojure.xml", "ClojureScript Guide")
    assert guide.summary.startswith(
        "Why is ClojureScript Such a Big Deal and Matter So Much for Modern Web Developers in"
        " 2026? Simple. Today, developers need speed"
    )


def test_a_question_heading_is_joined_only_where_it_opens_the_text() -> None:
    opening = with_lead_ins(to_blocks("<h3>Did the NSA invent ML-KEM?</h3><p>No. It was not.</p>"))
    assert [b.text for _, b in opening] == ["Did the NSA invent ML-KEM? No. It was not."]
    later = with_lead_ins(
        to_blocks("<p>Some text first.</p><h3>Is it hard?</h3><p>No. It is easy.</p>")
    )
    assert [b.role for _, b in later] == ["para", "heading", "para"]
    # A paragraph that opens on a whole sentence answers no question by its first words.
    long = to_blocks("<h3>What is new?</h3><p>The release adds three features.</p>")
    assert [b.role for _, b in with_lead_ins(long)] == ["heading", "para"]
