"""A new feed's first check that posts nothing, in one worker call: parse, select, learn the
feed's boilerplate and fingerprint its entries; the loop gets back the records it stores."""

# Why one call (issue 11's ingest bar, bench/ingest.py --feeds 2000's first cycle, in which
# every check is such a baseline): with a parse call and a learn-and-compose call, the parsed
# feed crossed the process boundary twice, every entry's HTML pickled four times (worker out,
# loop in, loop out, worker in): 0.032 s of CPU over 116 feeds in bench/ingest_stages.py
# ("cross", about 0.55 s over 2,000 feeds), most of the loop's share of it, plus the loop
# decoding and encoding each feed's learned state. Here the body goes out once and the
# stored records come back. Nothing that is decided here reads what the loop decides after
# it: a baseline renders no post, so neither the site's name (which may need a home-page
# fetch, kept on the loop), the routing plan nor the filters change a fingerprint.

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bot.parsing.feeds import parse_feed
from bot.parsing.models import ParsedFeed
from bot.workers import run_bounded_as
from storage.records import EntryToStore

if TYPE_CHECKING:
    from bot.text.boilerplate import LearnedBoilerplate


@dataclass(frozen=True)
class BaselineWork:
    """What the loop knows before the parse: the feed's stored entry keys and boilerplate."""

    feed_url: str
    known_keys: frozenset[str]
    # The feed's boilerplate state as stored (JSON; None: nothing learned yet).
    stored_state: str | None
    now: float
    fingerprint_since: float
    # Each step's CPU bound, as for the two calls it replaces.
    seconds: float


@dataclass(frozen=True)
class Baseline:
    """What the loop stores of a baseline: the feed's own metadata (no entries: they come as
    records), the new entries' storage records with their fingerprints, what was learned."""

    parsed: ParsedFeed
    records: tuple[EntryToStore, ...]
    # The selection's (select_new_entries): a first check records a baseline.
    baseline: bool
    learned: LearnedBoilerplate


def parse_and_baseline(
    body: bytes, *, url: str, headers: Mapping[str, str], work: BaselineWork
) -> Baseline:
    """Parse (bounded as parsing), then learn and fingerprint the new entries (bounded as
    filtering and summarising) as FeedChecker's two calls did; in the worker pool."""
    parsed = run_bounded_as(
        "parsing", work.seconds, parse_feed, body, url=url, headers=headers, post_details=False
    )
    # Imported here, not at the top, as the second call imported them; a pool's worker has
    # them loaded before its memory cap is measured (bot/workers.WORK_MODULES), so a feed
    # that cannot be parsed within the cap fails as parsing (tests/test_parse_bounds.py).
    from bot.compose.fingerprinting import learn_and_fingerprint
    from bot.compose.selection import entries_to_store

    selection, composed, learned = learn_and_fingerprint(
        parsed,
        work.known_keys,
        work.stored_state,
        feed_url=work.feed_url,
        now=work.now,
        since=work.fingerprint_since,
        seconds=work.seconds,
    )
    return Baseline(
        # The records rather than the entries and their fingerprints: half the bytes to
        # pickle (bench/ingest_stages.py, 116 feeds: 0.011 against 0.022 s of CPU), and the
        # loop builds none of them.
        parsed=replace(parsed, entries=()),
        records=tuple(entries_to_store(selection, composed)),
        baseline=selection.baseline,
        learned=learned,
    )
