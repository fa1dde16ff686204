"""A score or data table opening a text is no lead: the summary starts at the prose after it.

Strings quoted from a Google Blog Search result (2008, in the ruby-feed-parser benchmark crawl,
which states no licence)."""

from __future__ import annotations

from bot.text.summaries import summarize
from bot.text.table_rows import is_table_row

SCORES = (
    "25 Laura Robson 4 0.5 0.5 5 = Ryan Moore 3 0.5 1.5 5 27 Justin Rose 1.5 1 2 4.5 = Mark "
    "Beaumont 4 0.5 0 4.5. So Chris Hoy is my favourite. Outside bets are Rebecca Adlington and "
    "Ben Ainslie."
)


def test_a_score_table_is_skipped_to_the_first_prose() -> None:
    summary = summarize(SCORES, title="Sport's Personality 2008", language="en")
    assert summary.startswith("So Chris Hoy is my favourite.")


def test_a_sentence_with_a_few_figures_is_prose() -> None:
    assert not is_table_row("Sales rose 12% to 4.5 million in 2008, up from 3 million in 2007.")
    assert not is_table_row("Arsenal 2 Chelsea 1, Liverpool 0 Everton 0.")
    assert is_table_row("1 Hoy 12 4 3 2 = 2 Robson 10 3 3 1")
