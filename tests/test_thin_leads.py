"""A thin opening line (one short sentence the lead rules end at a heading) goes on with the
prose paragraph after it; prose after a dropped list or code, answering a part the post drops,
or a sentence stopped inside the same paragraph, does not.

The entries are short quotations of blog posts in held-out samples 13-15 (2008 crawl feeds of
kalv/ruby-feed-parser-benchmark, a repository without a licence: quoted, not copied).
"""

from __future__ import annotations

from html import escape

from tests.support.first_check import one_item_post


def _summary(title: str, html: str) -> str:
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>A blog</title>'
        "<link>http://blog.example.org/</link><item>"
        f"<title>{escape(title)}</title><link>http://blog.example.org/2008/11/post.html</link>"
        f"<description>{escape(html)}</description></item></channel></rss>"
    )
    return one_item_post(body.encode(), "http://blog.example.org/feed").summary


# jennywhx.blogspot.com, "On-Line color thesaurus": a quip, the tool's title line, its prose.
COLOUR_THESAURUS = (
    "Try this, it is pretty fun, maybe useful as well :P.<br /><br />"
    '<a href="http://h20325.www2.hp.com/blogs/color/">On-Line color thesaurus </a>by Hp'
    "<br /><br />Color names are a powerful means of selecting and communicating colors. There"
    " are a variety of color vocabularies and dictionaries available.<br /><br />"
)


def test_a_short_opening_goes_on_with_the_prose_after_its_heading() -> None:
    summary = _summary("On-Line color thesaurus", COLOUR_THESAURUS)
    assert summary.startswith("Try this, it is pretty fun, maybe useful as well :P.")
    assert "Color names are a powerful means of selecting and communicating colors." in summary
    assert "On-Line color thesaurus by Hp" not in summary  # the heading stays out


def test_a_short_opening_does_not_read_on_past_a_dropped_list() -> None:
    # Text after a list or code the post leaves out answers it (tests/test_lead_structure.py).
    html = (
        "<p>We voted today.</p><ul><li>Poll workers</li><li>Provisional ballots</li></ul>"
        "<p>Poll workers did not know what they were doing. The lines were long.</p>"
    )
    assert _summary("Voting", html) == "We voted today."


def test_prose_answering_the_dropped_list_is_not_the_lead() -> None:
    # jeremyjarratt.com, "Voting": the paragraph after the list speaks of "these things".
    html = (
        "<p>We voted today.</p><ul><li>Poll workers didn't know what they were doing.</li>"
        "<li>We had zero privacy.</li></ul>"
        "<p>However, do not let these things stand in your way! Vote anyway.</p>"
    )
    assert _summary("Voting", html) == "We voted today."


def test_a_sentence_stopped_in_its_own_paragraph_ends_the_lead() -> None:
    # angryrobot.tv, "Wells Fargo Rewards.": the quoted mail has no stop of its own.
    html = (
        "<p>So I get an email from Wells Fargo today. It says: “Congratulations! You have"
        " earned enough points for one of these great rewards”</p>"
        "<p>Hmm. Which to choose? Let’s take this email apart.</p>"
    )
    assert _summary("Wells Fargo Rewards.", html) == "So I get an email from Wells Fargo today."


def test_a_lead_of_substance_still_ends_at_its_heading() -> None:
    html = (
        "<p>The council approved the new cycle lanes on Main Street after a two-hour debate.</p>"
        "<h3>What happens next</h3><p>Work starts in March. It lasts six weeks.</p>"
    )
    assert _summary("Cycle lanes approved", html) == (
        "The council approved the new cycle lanes on Main Street after a two-hour debate."
    )


def test_a_question_about_what_follows_stays_alone() -> None:
    # "I Have a Secret Too": the question asks about the code block the post drops.
    html = (
        "<p>What do you think this code should produce?</p><pre>my @a = (1) x 3;</pre>"
        "<p>Oh, yes. This is Perl 5 code.</p>"
    )
    assert _summary("I Have a Secret Too", html) == "What do you think this code should produce?"


def test_a_lead_going_on_mid_thought_from_left_out_code_is_not_posted() -> None:
    # leahculver.com, a comment: the question and its code are left out; "and similar
    # constructs …" goes on from them.
    html = (
        "<p>maybe i'm missing something, but can't you change:<br />"
        "exec 'value = self.%s' % field_name<br />to:<br />value = self.__dict__<br />"
        "and similar constructs for your other 2 uses of exec.</p>"
    )
    summary = _summary("Comment on CouchDB documents -> Python objects", html)
    assert not summary.startswith("and similar constructs")


def test_a_note_of_talk_notes_written_as_lines_is_not_resumed_past_the_next_notes() -> None:
    # A conference talk's notes (corpus, fastfeedparser benchmark_data 5a96f363a5cd333d): the
    # lines between are notes of the list, not a heading; the prose after skips them.
    html = (
        "<p>2006 - No designers, they made mock-ups in MS Paint.</p>"
        "<p>2008 - Spotify released on the desktop</p>"
        "<p>The different platforms Spotify was on were owned by different teams for those"
        " platforms</p><p>In 2013 Spotify decided to align all things to a single brand.</p>"
    )
    summary = _summary("Design Systems London 2019", html)
    assert summary == "2006 - No designers, they made mock-ups in MS Paint."


def test_a_record_after_the_opening_is_no_prose_to_resume() -> None:
    # A research blog's recommendation (held-out sample 11): the line after is a citation.
    html = (
        "<p>This paper is recommended on F1000.</p><h4>Abstract</h4>"
        "<p>PubMed Abstract: “Nature. 2008 Nov 23.”</p>"
    )
    assert (
        _summary("Imaging actin-myosin contractions", html) == "This paper is recommended on F1000."
    )
