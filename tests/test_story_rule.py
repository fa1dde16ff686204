"""The story-matching rule on its own: plain values in, a decision out."""

from __future__ import annotations

from bot.matching.rule import (
    Arrival,
    KnownStory,
    MatchedBy,
    StoryRule,
    TextCandidate,
    also_carried,
)
from bot.matching.similarity import band_keys, lead_words

DAY = 86400.0
NOW = 1_800_000_000.0
TEXT = (
    "The harbour master said on Tuesday that the northern breakwater would be closed "
    "for repairs until the end of March, and that ferries would use the southern berth."
)
LEAD = " ".join(lead_words(TEXT))
RULE = StoryRule(window_seconds=7 * DAY, record_carriers=True)


def arrival(*keys: str, text: str = TEXT, may_post: bool = True, baseline: bool = False) -> Arrival:
    lead = " ".join(lead_words(text))
    return Arrival(keys, lead, band_keys("", text), may_post=may_post, baseline=baseline)


def test_an_entry_nobody_knows_starts_a_live_story_and_is_indexed() -> None:
    decision = RULE.decide(arrival("a.example/1"), [], [], now=NOW)
    assert decision.matched_by is MatchedBy.NEW and decision.story_id is None
    assert decision.live and decision.queue_posts and decision.index_text
    assert not decision.add_carrier


def test_a_baseline_entry_starts_a_story_that_is_not_live() -> None:
    decision = RULE.decide(arrival("a.example/1", may_post=False, baseline=True), [], now=NOW)
    assert not decision.live and not decision.queue_posts


def test_the_entrys_own_link_names_its_story_before_the_original_url() -> None:
    known = [
        KnownStory("origin.example/1", 7, True, True),
        KnownStory("a.example/1", 3, True, True),
    ]
    assert RULE.wants_text_candidates(arrival("a.example/1", "origin.example/1"), known) is False
    decision = RULE.decide(arrival("a.example/1", "origin.example/1"), known, now=NOW)
    assert (decision.story_id, decision.matched_by) == (3, MatchedBy.URL)


def test_a_joined_story_is_indexed_only_when_no_carrier_had_a_lead() -> None:
    without = RULE.decide(
        arrival("a.example/1"), [KnownStory("a.example/1", 3, True, False)], now=NOW
    )
    with_lead = RULE.decide(
        arrival("a.example/1"), [KnownStory("a.example/1", 3, True, True)], now=NOW
    )
    assert without.index_text and not with_lead.index_text


def test_a_known_story_that_is_not_live_is_not_queued_again() -> None:
    decision = RULE.decide(
        arrival("a.example/1"), [KnownStory("a.example/1", 3, False, True)], now=NOW
    )
    assert decision.add_carrier and not decision.queue_posts


def test_text_matches_only_within_the_window_and_ties_go_to_the_older_story() -> None:
    old = TextCandidate(1, LEAD, NOW - 8 * DAY, True)
    newer, newest = TextCandidate(5, LEAD, NOW - DAY, True), TextCandidate(4, LEAD, NOW, True)
    assert RULE.decide(arrival(), [], [old], now=NOW).story_id is None
    decision = RULE.decide(arrival(), [], [old, newer, newest], now=NOW)
    assert (decision.story_id, decision.matched_by) == (4, MatchedBy.TEXT)
    assert not decision.index_text


def test_a_short_lead_is_not_text_matched() -> None:
    short = arrival(text="Breakwater closed for repairs.")
    assert not RULE.wants_text_candidates(short, [])
    assert RULE.decide(short, [], [TextCandidate(1, LEAD, NOW, True)], now=NOW).story_id is None


def test_a_baseline_carrier_is_not_named_and_carriers_are_named_once() -> None:
    joined = [KnownStory("a.example/1", 3, True, True)]
    assert not RULE.decide(arrival("a.example/1", baseline=True), joined, now=NOW).add_carrier
    assert not StoryRule().decide(arrival("a.example/1"), joined, now=NOW).add_carrier
    assert also_carried(["B"], "C", own_source="A") == ["B", "C"]
    assert also_carried(["B"], "B", own_source="A") is None
    assert also_carried([], "A", own_source="A") is None


def test_a_story_the_entrys_own_feed_carries_joins_by_text_only_under_an_agreeing_headline() -> (
    None
):
    def titled(title: str) -> Arrival:
        return Arrival(("a.example/2",), LEAD, band_keys("", TEXT), True, False, title=title)

    elsewhere = TextCandidate(3, LEAD, NOW, True, own_feed_title=None)
    own = TextCandidate(3, LEAD, NOW, True, own_feed_title="Harbour works: week 32")
    assert RULE.decide(titled("Breakwater shut"), [], [elsewhere], now=NOW).story_id == 3
    assert RULE.decide(titled("Harbour works: week 33"), [], [own], now=NOW).story_id is None
    updated = titled("Harbour works: week 32 (updated)")
    assert RULE.decide(updated, [], [own], now=NOW).story_id == 3
