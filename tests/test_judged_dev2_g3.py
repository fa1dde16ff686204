"""Structure families from the second held-out sample (now dev2): quotations, pointers at what
the post does not carry, a headline repeated with its subtitle; checked on the real entries."""

from __future__ import annotations

from bot.text.blocks import to_blocks
from bot.text.summaries import summarize
from tests.conftest import carried
from tests.test_dev_pool_rejects import parsed, posts


def _post_summary(name: str) -> str:
    path = ("judged", name)
    [post] = posts(parsed(*path), carried(*path).as_uri())
    return post.summary


# An inline <q> quotation set as its own line (xxiivv's journal): read without its marks, its
# first half ("What are we going to do?") closed the lead as the author's own question.


def test_an_inline_quotation_keeps_its_marks_and_is_not_split_into_the_lead() -> None:
    summary = _post_summary("dev2-xxiivv-inline-quote.xml")
    assert summary.endswith("nihilistic programming sensibilities!")
    assert "What are we going to do" not in summary
    text = " ".join(b.text for b in to_blocks("<p>He asked <q>Why now?</q> and left.</p>"))
    assert text == "He asked “Why now?” and left."


# A list's lead-in ("Here are the key findings and what they mean for …") or a pointer down the
# page ("… below is a snapshot of …") closing the lead points at what the post does not carry.


def test_a_lists_lead_in_does_not_end_the_summary() -> None:
    summary = _post_summary("dev2-paulbrown-here-are.xml")
    assert summary.endswith("across all 214 NHS Trusts in England.")
    assert "Here are the key findings" not in summary


def test_a_below_clause_goes_and_the_sentences_own_statement_stays() -> None:
    summary = _post_summary("dev2-jatan-below-is.xml")
    assert summary.endswith("Life has been incredibly productive and satiating on some fronts.")
    assert "below" not in summary and "snapshot" not in summary


def test_here_and_below_sentences_that_say_something_stay() -> None:
    # A toast and a statement about a place are not lead-ins; one sentence alone stays.
    toast = "We made it through the year together. Here's to the next ten years."
    assert summarize(toast) == toast
    alone = "Here are the key findings of our survey."
    assert summarize(alone) == alone
    rub = "I am starting a course on Ruby. Here's the rub though, I'm not sure where to start."
    assert summarize(rub) == rub
    below = "The dam holds the lake. The town sits just below it."
    assert summarize(below) == below


# A headline and its subtitle as the entry's one line ("Das Kerkschiff St. Jozef, Antwerpen –
# der Deutscher Betontanker …" under that headline): the summary is the subtitle.


def test_a_headline_repeated_with_its_subtitle_leaves_the_subtitle() -> None:
    summary = _post_summary("dev2-cretefleet-subtitle.xml")
    assert summary == "Der Deutscher Betontanker aus dem Zweiten Weltkrieg."


# An epigraph opening the post with its source on a line of its own (Killjoy: a Supreme Court
# ruling, then "United States Supreme Court ruling …, Taylor vs Taintor 1873." as a list's one
# item): posted alone it reads as the writer's words, so the lead starts after it.


def test_an_epigraph_with_its_source_line_does_not_open_the_lead() -> None:
    summary = _post_summary("dev2-killjoy-epigraph.xml")
    assert summary.startswith("We’re all thinking a lot about policing lately.")
    assert "None is needed" not in summary
    # Littlepot's shape (dev pool): a blockquote and its dashed source.
    markup = (
        "<blockquote><p>Cook, little pot, cook!</p><p>– The Magic Porridge Pot, Brothers Grimm"
        "</p></blockquote><p>I’ve just released littlepot, a tiny caching library.</p>"
    )
    assert summarize(_text(markup)) == "I’ve just released littlepot, a tiny caching library."
    # A note signed under a plain paragraph (Collective Action in Tech's guide) is no epigraph.
    signed = (
        "<p>We were asked by friends to publish this collection of tips.</p>"
        "<p>– Collective Action in Tech</p><p>The next few weeks will be difficult.</p>"
    )
    assert _text(signed).startswith("We were asked by friends")
    # A one-item list that names no source (no dash, no year) is no epigraph's source.
    listed = (
        "<p>We shipped one thing this week.</p><ul><li>the new parser</li></ul>"
        "<p>It took a month.</p>"
    )
    assert _text(listed).startswith("We shipped one thing this week.")


def _text(markup: str) -> str:
    from bot.text.cleaning import clean_article_text

    return clean_article_text(to_blocks(markup), cuts=())


# A dialogue's speaker labels (lordofnothing's screenshot captions: "GOJO: …", then "MAKI: …")
# are kept for every speaker: dropping the first one's as a kicker label made Gojo's line the
# writer's own.


def test_a_dialogues_first_speaker_label_is_kept() -> None:
    summary = _post_summary("dev2-lordofnothing-dialogue.xml")
    assert summary.startswith("GOJO: It takes a curse to defeat a curse.")
    assert "MAKI: It's the curse's fault?" in summary


# Writing without full stops (lordofnothing, all lower case): skipping every paragraph without
# one opened the lead on the eleventh ("like? ok, WHY does god …"); the first paragraph leads.


def test_unpunctuated_writing_leads_with_its_first_paragraph() -> None:
    summary = _post_summary("dev2-lordofnothing-unpunctuated.xml")
    assert summary.startswith('tl;dr these systems AREN\'T "natural and necessary"')
    assert summary.endswith(".") and "WHY does god" not in summary


# AreWeAntiCheatYet's status lines: three of its 1,046 lines happen to be 61 characters long,
# learned as the width the feed cuts at, so 'Continent of the Ninth Seal was newly added and is
# "Broken"' (61) was taken for a cut line and the post lost its text. A cut lands mid-word, not
# on a closing quotation mark.


def test_a_line_of_the_cut_width_ending_on_a_closing_mark_is_whole() -> None:
    from bot.text.summaries import standfirst

    line = 'Continent of the Ninth Seal was newly added and is "Broken"'
    assert standfirst(line, "en", frozenset({59, 60, 61})) == line + "."
    cut = "Continent of the Ninth Seal was newly added and is now runni"
    assert standfirst(cut, "en", frozenset({59, 60, 61})) is None


# Code Arcana: '… does not actually work: this is the minimal react "Hello, World".' presented
# the code block after it, which the post does not carry; the statement before the colon stays.


def test_a_clause_presenting_a_dropped_block_goes() -> None:
    summary = _post_summary("dev2-codearcana-this-is.xml")
    assert summary.endswith('The "Hello, World" has a 4 line example that does not actually work.')
    short = "It was a long winter. Rule of thumb: this is the one to buy."
    assert summarize(short) == short
