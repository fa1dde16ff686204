"""What an editor rejected in session 7's development samples (bench/judged/2026-12-05-s7-f3
and -s7-f4.jsonl, held-out sample 4) that helper G2 fixed, by family: each checked on the real
entries (excerpts tests/data/judged/s7g2-*)."""

from __future__ import annotations

from bot.compose.reading import read_text
from bot.parsing.feeds import parse_feed
from bot.parsing.repair import unescaped_markup
from bot.text.blocks import to_blocks
from bot.text.cleaning import clean_article_text
from bot.text.notes import is_reading_note
from bot.text.quotations import quotation_closed
from bot.text.summaries import summarize
from tests.conftest import carried


def lead_of(name: str, title: str) -> str:
    """The summary of a carried entry's HTML, as a post carries it (600 characters)."""
    text, _ = read_text(
        carried("judged", name).read_text(encoding="utf-8"),
        title=title,
        site_name=None,
        site_url=None,
    )
    return summarize(text, title=title)


# A code block the post does not carry: the lead is the writer's prose before it, never the
# text that reads on from it.


def test_an_opening_that_introduces_code_is_the_lead_and_the_code_talk_is_not() -> None:
    # mrspeaker's post opens on the code's introduction; "Calling it with M-x w-c …" is about
    # the Emacs Lisp function in the dropped block.
    lead = lead_of("s7g2-mrspeaker-code.html", "A most useful function")
    assert lead == (
        "Hot on the heels of my web colors rant, comes this amazing piece of Emacs Lisp"
        " I now have in my init file."
    )


def test_text_explaining_a_listing_that_opens_the_post_is_no_lead() -> None:
    # Tom Moertel's post is a shell listing after "Via Chris:", then what two of its lines mean.
    assert lead_of("s7g2-moertel-listing.html", "That looks about right") == ""


def test_prose_before_and_after_code_in_a_longer_post_stays() -> None:
    blocks = to_blocks(
        "<p>We moved the build to a new machine last week and the tests got faster.</p>"
        "<p>The change was one line:</p><pre>make -j8</pre><p>It halved the time.</p>"
    )
    assert clean_article_text(blocks, cuts=[]).startswith(
        "We moved the build to a new machine last week and the tests got faster."
        "\n\nThe change was one line"
    )


def test_a_short_lead_in_before_code_is_dropped_but_the_next_section_read() -> None:
    blocks = to_blocks(
        "<p>Try this:</p><pre>ls -l</pre><p>It lists files.</p><h2>Why</h2>"
        "<p>Listing files is the first thing anyone learns in a shell.</p>"
    )
    assert summarize(clean_article_text(blocks, cuts=[])) == (
        "Listing files is the first thing anyone learns in a shell."
    )


# The author's disclaimer or content warning before the post is a note, not its lead.


def test_a_disclaimer_preface_does_not_open_the_lead() -> None:
    lead = lead_of("s7g2-cowboyprogrammer-disclaimer.html", "People have been trained")
    assert lead.startswith("Being computer literate can be something of a curse.")
    assert "disclaimer" not in lead.lower()


def test_warnings_and_disclaimers_are_reading_notes_but_talk_of_them_is_not() -> None:
    assert is_reading_note("Content warning: this post discusses self-harm.")
    assert is_reading_note("Spoiler alert: we talk about the finale.")
    assert is_reading_note("Disclaimer: I work for the company that makes this.")
    assert not is_reading_note("Disclaimers are routinely ignored by readers, a study found.")
    assert not is_reading_note("The court issued a warning: no more delays.")


# HTML escaped once more inside CDATA after a picture written as the feed's own XML.


def test_escaped_content_after_a_picture_reads_as_html() -> None:
    file = carried("judged", "s7g2-moe-escaped-after-picture.xml")
    [entry] = parse_feed(file.read_bytes(), url=file.as_uri(), headers={}).entries
    assert "&lt;" not in entry.content_html
    assert entry.content_html.startswith("<img ")
    assert "<p>MOE will be <a " in entry.content_html


def test_a_picture_before_html_showing_escaped_tags_in_its_code_is_left_alone() -> None:
    content = '<img src="a.png"/><p>Write <code>&lt;p&gt;</code> and &lt;br&gt;.</p>'
    assert unescaped_markup(content) == content


# A summary ending inside a quotation marked the Swedish way (”…”) is closed.


def test_a_swedish_quotation_cut_by_the_summary_is_closed() -> None:
    # Cyklistbloggen: the city's answer is quoted ”…” and goes on past the summary's end.
    cut = "Deras svar? ”Ambitionen är fortfarande att öka framkomligheten för cykeltrafiken."
    assert quotation_closed(cut) == cut + "”"
    closed = "Deras svar? ”Nej.” Sedan inget mer."
    assert quotation_closed(closed) == closed
    assert quotation_closed('A 12" pipe and a 3" valve.') == 'A 12" pipe and a 3" valve.'
    # BinaryCode (a dev feed): WordPress closes ”…″ with a double prime.
    primed = "renamed the old version (”ruby186″ if you must). A quick symlink and problem solved."
    assert quotation_closed(primed) == primed


def test_an_introduction_pointing_at_its_code_is_not_finished_as_a_lead() -> None:
    # c717c9312dd08044 (corpus): "… something like this:" says nothing without the code, and
    # the sentences before it already make the lead.
    blocks = to_blocks(
        "<p>A while ago I was writing a small history grid in one of our applications at work."
        " It has a single HistoryItem object, which is fairly straightforward, something like"
        " this:</p><pre>public class HistoryItem {}</pre><p>It works.</p>"
    )
    assert summarize(clean_article_text(blocks, cuts=[])) == (
        "A while ago I was writing a small history grid in one of our applications at work."
    )
    opening = to_blocks(
        "<p>As I do a lot of forms development, I end up writing something like this a lot:</p>"
        "<pre>x = 1</pre><p>Then more.</p>"
    )
    assert "like this a lot." not in clean_article_text(opening, cuts=[])


def test_a_warning_note_takes_no_lowercase_paragraph_after_it() -> None:
    # ad4dc6d7d1aebb18 (dev2): a post written in lowercase after "TW: …"; its paragraphs are
    # the post, not the note's hard-wrapped lines.
    blocks = to_blocks(
        "<p>TW: child suicide, guns, police and military brutality</p>"
        "<p>the little prince is openly a (semi-)autobiographical story. you don't need a"
        " reason to write about it.</p>"
    )
    assert clean_article_text(blocks, cuts=[]).startswith("the little prince is openly")
