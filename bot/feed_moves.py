"""A feed's redirects applied: its address moved for good when the rule says so, else the
redirect remembered (the rule itself, pure, is bot.fetching.timing.follow_redirect)."""

from __future__ import annotations

import logging

from bot.fetching.http import FetchResult
from bot.fetching.timing import RedirectDecision, follow_redirect
from storage.feeds import FeedStore
from storage.records import Feed

log = logging.getLogger(__name__)


async def apply_redirects(feeds: FeedStore, feed: Feed, fetched: FetchResult) -> None:
    """Move `feed` or record where it redirects, as this fetch's redirects decide."""
    if not fetched.redirects and feed.redirect_url is None:
        return  # the common case, and nothing to remember
    decision = follow_redirect(
        feed.url,
        fetched.permanent_target,
        seen_target=feed.redirect_url,
        seen_count=feed.redirect_count,
    )
    if decision.move_to is not None:
        if await feeds.move(feed.id, decision.move_to):
            log.info("feed #%d moved for good: %s -> %s", feed.id, feed.url, decision.move_to)
            return
        log.warning("feed #%d redirects to %s, another feed's URL", feed.id, decision.move_to)
        decision = RedirectDecision(None, None, 0)
    if (decision.target, decision.count) != (feed.redirect_url, feed.redirect_count):
        await feeds.record_redirect(feed.id, decision.target, decision.count)
