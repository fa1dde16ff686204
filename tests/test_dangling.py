"""Sentences pointing at what a post does not carry (the dangling references of held-out sample
10, bench/judged/2026-12-06-heldout-10*.jsonl, and their kin in the corpus and pools): a call to
click the picture, a note on reading the page, a picture's permission note, "go read it"; and
a lead that speaks of its picture gets the picture. Short strings are quoted from the feeds."""

from __future__ import annotations

from bot.parsing.pictures import first_photo, talks_about_a_picture
from bot.text.pointers_down import without_pointers_down


def test_a_call_to_click_the_picture_goes_in_any_language() -> None:
    # A French blog under a newspaper scan (kalv ruby-feed-parser-benchmark feed-1015250355).
    french = (
        "Alstom est bien entendu sur le coup... Pour lire l'article cliquez dessus. Merci Lucie!"
    )
    assert without_pointers_down(french) == "Alstom est bien entendu sur le coup... Merci Lucie!"
    # A moon-shot blog and a GitHub tool's post, both in the corpus.
    for call in (
        "You can click on the image to see the full-size version at SmugMug.",
        "Click on the picture to jump to the repository.",
        "You can also click on it to see more details.",
    ):
        assert without_pointers_down(f"Here is one of my first moon shots. {call}") == (
            "Here is one of my first moon shots."
        )


def test_clicking_told_about_is_no_call() -> None:
    for told in (
        "There are people that probably won’t click on it, but there are people that will.",
        "I think that it’s a shame I can’t click on it.",
        "You download the .msi file, you double click on it, and what do you get?",
    ):
        assert without_pointers_down(told) == told


def test_a_note_on_reading_the_page_goes_with_what_it_shows() -> None:
    # plagger's atom-category sample: the rest of the paragraph speaks of the page's tag list.
    text = (
        "One such module is Quantum::Superpositions, which let me easily add some nice "
        "functionality to my blog software the other day. As you can see (if you're looking at "
        "this article on my blog, not in an RSS reader), I have a list of tags to the left of "
        "my main content. If you click one, it shows you a list of articles."
    )
    assert without_pointers_down(text) == text[: text.index(" As you")]
    # A newsletter's subscribe call to readers in a browser goes alone.
    newsletter = (
        "Welcome back to In the Loop, TIME’s new twice-weekly newsletter about AI. If you’re "
        "reading this in your browser, why not subscribe to have the next one delivered? "
        "What to know: the chips race."
    )
    assert without_pointers_down(newsletter) == (
        "Welcome back to In the Loop, TIME’s new twice-weekly newsletter about AI. "
        "What to know: the chips race."
    )
    kept = "If you're reading this and want to donate a suitcase, look up the Felix Organization."
    assert without_pointers_down(kept) == kept


def test_a_note_on_using_the_pictures_goes() -> None:
    # ribbonfarm's "Art for Thought" and "The Evolution of Work-Life" (zlrth rss-history).
    art = (
        "Let me develop this theme by way of an extended riff on three pieces from the art of "
        "Amy Lin (all images used with permission. You can see more of Amy’s art at her Website)."
    )
    assert without_pointers_down(art) == art[: art.index(" (all")] + "."
    graphic = (
        "I’ll leave it for you to figure out. (Feel free to use the graphic for your own "
        "purposes. Linkbacks appreciated)."
    )
    assert without_pointers_down(graphic) == "I’ll leave it for you to figure out."


def test_a_call_to_go_read_what_is_not_linked_goes() -> None:
    # Yoast's post (feed-419777919): the link to Chris Pearson's post is not in the post.
    text = (
        "He did a great job of explaining it, so I'm not going to repeat that, just go read it. "
        "Then Matt Varone started releasing functions."
    )
    assert without_pointers_down(text) == (
        "He did a great job of explaining it, so I'm not going to repeat that. "
        "Then Matt Varone started releasing functions."
    )
    pingback = (
        "This was right up my alley and I had a great time doing it. Check it out! Very helpful."
    )
    assert without_pointers_down(pingback) == (
        "This was right up my alley and I had a great time doing it. Very helpful."
    )


def test_a_lead_about_its_picture_above_gets_the_linked_full_picture() -> None:
    # Don Park's "Slow Firework II" (horde Feed fixtures): an XHTML thumbnail named "_thumb",
    # closed by </img>, linked to the full picture.
    assert talks_about_a_picture("Above picture was taken from my home office with my iPhone")
    assert talks_about_a_picture("Here’s a picture of this evolution.")
    content = (
        '<p>I hope it blooms soon.</p><p align="center"><a href="http://www.docuverse.com/blog/'
        'donpark/files/notbamboo_2.jpg"><img style="border: 0px none " src="http://www.'
        'docuverse.com/blog/donpark/files/notbamboo_thumb.jpg" border="0" alt="notbamboo" '
        'width="360" height="480"></img></a> </p>'
    )
    assert first_photo(content) == "http://www.docuverse.com/blog/donpark/files/notbamboo_2.jpg"
