"""A baseline's new entries, learned from and fingerprinted as the checker's learn-and-compose
call does for a check that renders nothing (bot.compose.baseline calls it in the worker)."""

from __future__ import annotations

from collections.abc import Collection
from functools import partial

from bot.compose.entry import ComposedEntry, compose_batch, learn_and_compose
from bot.compose.selection import Selection, select_new_entries
from bot.parsing.models import ParsedFeed
from bot.text.boilerplate import FeedBoilerplate, LearnedBoilerplate
from bot.workers import run_bounded_as


def learn_and_fingerprint(
    parsed: ParsedFeed,
    known_keys: Collection[str],
    stored_state: str | None,
    *,
    feed_url: str,
    now: float,
    since: float,
    seconds: float,
) -> tuple[Selection, list[ComposedEntry], LearnedBoilerplate]:
    """The new entries of a feed's first check (no backfill), their fingerprints and what was
    learned from them against the stored state; bounded as filtering and summarising."""
    selection = select_new_entries(parsed, known_keys, baselined=False, backfill=0)
    state = FeedBoilerplate.from_json(stored_state)
    composed: list[ComposedEntry] = []
    if selection.entries:
        state, _, composed = run_bounded_as(
            "filtering and summarising",
            seconds,
            learn_and_compose,
            state,
            list(selection.entries),
            now=now,
            compose=_fingerprints(selection.postable, since),
            parsed=parsed,
            feed_url=feed_url,
            renders=False,
        )
    return selection, composed, LearnedBoilerplate.since(stored_state, state)


def _fingerprints(postable: Collection[str], since: float) -> partial[list[ComposedEntry]]:
    # Nothing is postable, so compose_batch only fingerprints: the credit, language and
    # lengths it is given are read by rendering alone (compose_entry).
    return partial(
        compose_batch,
        source="",
        source_url=None,
        language=None,
        summary_chars=0,
        postable=postable,
        fingerprint_since=since,
    )
