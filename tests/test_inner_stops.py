"""A teaser its feed cut mid-sentence ("… tende ad abbass...") still leads with the whole question
before the cut, though informal writing goes on after it in lowercase ("download? perchè, …").

Strings quoted from an Italian forum's feed (2008, in the ruby-feed-parser benchmark crawl,
which states no licence)."""

from __future__ import annotations

from bot.text.inner_stops import inner_parts
from bot.text.summaries import summarize

QUESTION = (
    "Ciao, sapreste dirmi come si stabilisce più o meno la quantità giusta di dati da mettere in "
    "download? perchè, correggetemi se sbaglio, se sono troppi si finisce per appesantire la "
    "cosa e va a finire che la velocità totale della sessione tende ad abbass..."
)


def test_a_cut_teaser_leads_with_its_whole_question() -> None:
    summary = summarize(QUESTION, title="quantità in download", language="it")
    assert summary == (
        "Ciao, sapreste dirmi come si stabilisce più o meno la quantità giusta di dati da "
        "mettere in download?"
    )


def test_only_a_cut_sentence_is_split_at_its_questions() -> None:
    whole = "Why would anyone do that? nobody knows, and that is fine."
    assert inner_parts(whole) == [whole]
    # A name's mark ("Yahoo!") opens no sentence: too few words before it.
    named = "Yahoo! and Google both changed their ranking of news sites this week and..."
    assert inner_parts(named) == [named]
