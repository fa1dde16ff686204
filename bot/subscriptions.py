"""Adding a feed: validate by fetching and parsing, then record its current entries as seen."""

from __future__ import annotations

from bot.checker import FeedChecker
from bot.fetch import check_url, is_local_source, local_source_uri
from storage.records import Feed


async def add_subscription(
    checker: FeedChecker, url: str, *, backfill: int = 0, from_operator: bool = False
) -> tuple[Feed, int]:
    """Subscribe to the feed at `url`; returns the feed and how many entries it holds now.

    Only the operator (`from_operator`, the CLI) may name a local file. Raises FetchError /
    NotAFeed (the reason is safe to show) or FeedAlreadyExists. The baseline is stored before
    this returns, so only entries that appear later are posted (apart from the newest
    `backfill`).
    """
    if from_operator and is_local_source(url):
        url = local_source_uri(url)
    else:
        url = check_url(url, allow_private=checker.settings.allow_private_addresses)
    fetched = await checker.fetch(url)
    parsed = await checker.parse(fetched)
    now = checker.clock()
    # Not due before the baseline below is stored, so the scheduler cannot race it.
    feed = await checker.storage.feeds.add(
        url,
        now=now,
        title=parsed.title,
        site_url=parsed.site_url,
        backfill=backfill,
        next_check_at=now + checker.settings.poll_interval,
    )
    await checker.ingest(feed, fetched, parsed, now=now)
    refreshed = await checker.storage.feeds.get(feed.id)
    return (refreshed or feed), len(parsed.entries)
