"""A changed feed's new entries composed for a check that may post: the routing plan read
now, then learning and composing in the worker pool, bounded like parsing."""

from __future__ import annotations

from collections.abc import Collection

from bot.compose.entry import ComposedEntry
from bot.compose.filters import FilterRule, usable_rules
from bot.compose.routing import RoutingPlan, TargetPlan
from bot.compose.teasers import learn_and_compose_entries
from bot.parsing.models import FeedEntry, ParsedFeed
from bot.parts import SharedParts
from bot.render.voice import Voice
from bot.text.boilerplate import FeedBoilerplate
from bot.workers import bounded
from storage.records import Feed, StoredFilter


async def routing_plan(shared: SharedParts, feed_id: int) -> RoutingPlan:
    """The feed's targets in their current voice, and the filters of both, read now."""
    routing = await shared.storage.targets.routing(
        feed_id, default_chat=shared.channel_id, now=shared.clock()
    )
    return RoutingPlan(
        targets=tuple(
            TargetPlan(
                target_id=t.id,
                chat_id=t.chat_id,
                thread_id=t.thread_id,
                voice=Voice(t.template, t.footer, t.link_preview, t.button),
                rules=_rules(routing.target_rules[t.id]),
            )
            for t in routing.targets
        ),
        feed_rules=_rules(routing.feed_rules),
        article_mode=routing.article_mode,
    )


async def compose_new_entries(
    shared: SharedParts,
    feed: Feed,
    parsed: ParsedFeed,
    entries: list[FeedEntry],
    postable: Collection[str] | None = None,
    *,
    source: str | None = None,
    learn_from: FeedBoilerplate,
) -> tuple[FeedBoilerplate, list[ComposedEntry]]:
    """`learn_from` (the feed's boilerplate) after reading the entries, and their
    fingerprints, summaries and posts per target without it; teasers completed from pages."""
    settings = shared.settings
    plan = await routing_plan(shared, feed.id)
    # Filters run in here, on editors' patterns: bounded like parsing, whatever they are.
    off_loop = bounded(shared.off_loop, settings.parse_timeout, "filtering and summarising")
    # Off the loop, with learning and composing: reading an aggregated feed's footers took
    # up to 28 ms (antenna_columns).
    return await learn_and_compose_entries(
        off_loop,
        shared.session,
        settings,
        parsed,
        feed.url,
        entries,
        learn_from,
        now=shared.clock(),
        source=source or feed.credited_name,
        plan=plan,
        article_mode=plan.article_mode,
        postable=postable,
        fingerprint_since=shared.clock() - settings.story_window_days * 86400,
    )


def _rules(stored: list[StoredFilter]) -> tuple[FilterRule, ...]:
    # A stored pattern RE2 cannot run is left out here, logged once (bot.compose.filters).
    return usable_rules(FilterRule(f.kind, f.pattern, f.scope, f.id) for f in stored)
