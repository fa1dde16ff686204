"""Story matching on pairs built from the carried corpus, as bench/story_pairs.py builds them.

One fixed seed, fewer pairs than the bench: real items carried by another site with the
edits reprints get must join their original's story (>= 90%); two different items of one
feed (half of them with alike openings: series, newsletters, templated listings) and
templated families (five items from one opening with other numbers or names) must never
share a story.
"""

from __future__ import annotations

from bench.story_pair_making import load_feeds
from bench.story_pairs import MIN_REPRINT_SHARE, run_seed
from tests.conftest import carried


def test_generated_reprints_join_and_no_hard_negative_or_templated_item_merges() -> None:
    feeds = load_feeds(carried("corpus"))
    report = run_seed(feeds, seed=1, counts=(30, 30, 6))
    assert (report.reprints, report.negatives, report.families) == (30, 30, 6)
    assert report.negatives_alike >= 10, "too few hard negatives to mean anything"
    assert report.negatives_merged == 0, report.misses
    assert report.family_merges == 0, report.misses
    assert report.reprint_share >= MIN_REPRINT_SHARE, report.misses
