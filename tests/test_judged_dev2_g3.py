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
    below = "The dam holds the lake. The town sits just below it."
    assert summarize(below) == below


# A headline and its subtitle as the entry's one line ("Das Kerkschiff St. Jozef, Antwerpen –
# der Deutscher Betontanker …" under that headline): the summary is the subtitle.


def test_a_headline_repeated_with_its_subtitle_leaves_the_subtitle() -> None:
    summary = _post_summary("dev2-cretefleet-subtitle.xml")
    assert summary == "Der Deutscher Betontanker aus dem Zweiten Weltkrieg."
