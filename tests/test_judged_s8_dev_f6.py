"""What an editor rejected in session 8's development sample of the session-6 pool
(bench/judged/2026-12-05-s8-f6.jsonl) that helper F6 fixed, by family: each checked on the
real entries (excerpts tests/data/judged/feedjira-arungupta.xml, feedjira-rubypond.xml)."""

from __future__ import annotations

from bot.text.blocks import to_blocks
from bot.text.cleaning import clean_article_text
from bot.text.pointer_links import pointer_link_cuts
from bot.text.sentences import split_sentences
from tests.test_judged_families import post_of

ARUNGUPTA = ("judged", "feedjira-arungupta.xml")
RUBYPOND = ("judged", "feedjira-rubypond.xml")
RUBYONWINDOWS = ("judged", "feedjira-rubyonwindows.xml")
FOODINJARS = ("judged", "fastfeedparser-foodinjars-this-form.rss")
RUBYONWINDOWS = ("judged", "feedjira-rubyonwindows.xml")
FOODINJARS = ("judged", "fastfeedparser-foodinjars-this-form.rss")


# A run of three marks or more ends a sentence as "!" does; a dot after a slash is a name's.


def test_a_teaser_whose_first_sentence_ends_on_three_exclamation_marks_keeps_it() -> None:
    # "… an outstanding audience!!! The kick off … to start the...": pysbd kept the run and
    # the cut sentence as one, so the whole teaser read as cut and the post was headline-only.
    post = post_of(ARUNGUPTA, "Sun Tech Days 2009")
    assert post.summary == (
        "The Sun Tech Days Singapore started earlier this morning - over 1100 developers, "
        "an outstanding audience!!!"
    )


def test_runs_of_marks_split_only_before_a_capital() -> None:
    assert split_sentences("Really?!? The kick off was fun.") == [
        "Really?!?",
        "The kick off was fun.",
    ]
    assert split_sentences("Great audience!!! and then it was fun.") == [
        "Great audience!!! and then it was fun."
    ]


def test_a_dot_after_a_slash_is_no_full_stop() -> None:
    # RubyPond: "Previously I'd just copy an ASP/.Net app across a share" came out "ASP/. Net".
    post = post_of(RUBYPOND, "Ruby on Rails Hosting Round-up")
    assert "ASP/.Net app" in post.summary
    assert split_sentences("We use VB/.NET daily. Fine.") == ["We use VB/.NET daily.", "Fine."]


# "Read on…" points on into the article: the post carries only the lead, which goes on.


def test_a_read_on_pointer_inside_the_lead_is_left_out() -> None:
    post = post_of(RUBYPOND, "Ruby on Rails Hosting Round-up")
    assert "Read on" not in post.summary
    assert "the right one for you? One of the early things" in post.summary


def test_read_on_pointers_of_other_feeds_go_and_a_sentence_about_reading_on_stays() -> None:
    # Pointers as the corpus and the development pools write them (Swift.org, a Markbass
    # review, Acunote's blog); "the people who read on" is the writer's statement.
    html = (
        "<p>If you want to make Nuclide a viable editor for Swift, then read on! It is fast.</p>"
        "<p>Read on to find out how. We got amazing results.</p>"
        "<p>But beyond those headline-sharers and the people who read on and are disappointed"
        " with the result, few care.</p>"
    )
    text = clean_article_text(to_blocks(html), cuts=())
    assert "read on!" not in text and "Read on to find out" not in text
    assert "It is fast." in text and "We got amazing results." in text
    assert "the people who read on and are disappointed" in text


# An editor's note heading the post is about the post: all of it goes, not its first sentence.


def test_an_editors_note_is_left_out_whole() -> None:
    # "Editor's Note: Once upon a time, there was a website named RubyGarden.org, … The website
    # has recently dropped off the face of the earth. …": promo took the first sentence only,
    # so the lead opened on "The website", pointing at nothing.
    # The note's first sentence recurs on the feed's RubyGarden posts, so it is also
    # learned as the feed's boilerplate.
    post = post_of(RUBYONWINDOWS, "RubyGarden Archives: Scripting Outlook")
    assert post.summary.startswith("With some help of the the ScriptingExcel page")
    access = post_of(RUBYONWINDOWS, "RubyGarden Archives: Scripting Access")
    assert access.summary.startswith("Here is a quick example on getting data from")
    for summary in (post.summary, access.summary):
        assert "website" not in summary and "salvaged" not in summary


# A link labelled "this form", "this link", "this page": its sentence points at the link.


def test_a_sentence_pointing_at_this_form_goes_with_the_link() -> None:
    # Food in Jars: "Sign up to participate using this form, and join me over at Substack (…)
    # or our Facebook group for topic discussions." The post carries neither the form nor
    # the groups; the challenge's own lead follows.
    post = post_of(FOODINJARS, "Brassicas and Root Vegetables")
    assert "this form" not in post.summary and "Substack" not in post.summary
    assert "we are focusing on brassicas and root vegetables." in post.summary


def test_this_link_in_a_parenthesis_goes_alone_and_other_links_stay() -> None:
    # Nimble Code (dev pool): "I know I haven't been posting to this blog much lately (see
    # <this link> for one reason why)."; a link on "this page's author" is a name, not a pointer.
    html = (
        "<p>I know I haven't been posting to this blog much lately (see "
        '<a href="http://x.test/a">this link</a> for one reason why). But I will talk at OSCON.</p>'
        '<p>Thanks to <a href="http://x.test/b">this page\'s author</a> for the fix.</p>'
    )
    blocks = to_blocks(html)
    text = clean_article_text(blocks, cuts=pointer_link_cuts(blocks))
    assert "I know I haven't been posting to this blog much lately. But I will talk" in text
    assert "this page's author for the fix." in text
