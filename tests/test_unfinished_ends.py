"""A description its feed cut before a preposition's object or a time phrase's noun is no
standfirst: the post does not give the cut fragment a full stop (held-out sample 14)."""

from __future__ import annotations

from bot.text.summaries import standfirst, summarize

# A pingback feed's excerpt, cut by its feed (kalv/ruby-feed-parser-benchmark, 2008 crawl).
_OSLO = (
    "I am not going to be able to go to the PDC this time which is a shame because, although "
    "there will be other huge announcements, this PDC is really Oslo's coming out party and the "
    "things I have been seeing in SDRs and other internal events for the last"
)


def test_a_time_phrase_cut_before_its_noun_is_no_lead() -> None:
    assert summarize(_OSLO, title="Oslo's Coming Out Party at PDC") == ""


def test_a_preposition_waiting_for_its_object_is_a_cut() -> None:
    # Excerpts cut by their feeds (a phone news site, a 2008 blog on marketing).
    assert standfirst("Last month, some people started noticing that the feature was") is None
    assert standfirst("Commercials (also referred to as consumer generated content) for") is None


def test_a_short_line_may_end_on_a_stranded_word() -> None:
    assert standfirst("MongoDB gotchas to watch for") == "MongoDB gotchas to watch for."


def test_the_whole_phrase_stays_a_standfirst() -> None:
    line = "Things I have been seeing in SDRs and other internal events for the last few months"
    assert standfirst(line) == line + "."
    assert standfirst("Five things the new release brings to the table") is not None
