"""Adding a feed: validate by fetching and parsing, then record its current entries as seen."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.checker import FeedChecker, body_hash
from bot.fetching.discovery import FeedLink, discover_feeds, looks_like_html
from bot.fetching.safety import FetchError, check_url
from bot.fetching.sources import is_local_source, local_source_uri
from bot.fetching.timing import cache_lifetime, header
from bot.parsing.feeds import ParseLimitExceeded
from bot.parsing.models import NotAFeed
from bot.parts import SharedParts
from storage.records import Feed


class SeveralFeeds(NotAFeed):
    """The page announces several feeds; the admin has to pick one."""

    def __init__(self, page_url: str, links: list[FeedLink]) -> None:
        listing = "\n".join(
            f"• {link.kind}{f' ({link.title})' if link.title else ''}: {link.url}" for link in links
        )
        super().__init__(
            f"{page_url} is a web page that lists {len(links)} feeds; "
            f"add the one you want:\n{listing}"
        )
        self.page_url = page_url
        self.links = links


# What adding a feed fails with when the feed is at fault: each message is a reason safe to
# show the editor or the operator ("parsing took more than 20 s of CPU time").
CANNOT_ADD: tuple[type[Exception], ...] = (FetchError, NotAFeed, ParseLimitExceeded)


@dataclass(frozen=True)
class Subscription:
    """A feed just added: how many entries it held, and the page it was found on, if any."""

    feed: Feed
    entries: int
    found_on: str | None = None


async def add_subscription(
    shared: SharedParts,
    checker: FeedChecker,
    url: str,
    *,
    backfill: int = 0,
    from_operator: bool = False,
) -> Subscription:
    """Subscribe to the feed at `url`, or to the one feed the web page at `url` names."""
    # Raises FetchError, NotAFeed, SeveralFeeds (reasons safe to show) or FeedAlreadyExists.
    # Only the operator (`from_operator`, the CLI) may name a local file. The baseline is
    # stored before this returns, so only entries that appear later are posted (apart from
    # the newest `backfill`).
    allow_private = shared.settings.allow_private_addresses
    local = from_operator and is_local_source(url)
    if from_operator and not local and urlsplit(url).scheme.lower() not in ("http", "https"):
        # The operator may name files, so a bare name that is none is most likely a typo.
        raise FetchError(
            f"there is no file {url} (a feed URL starts with http:// or https://)", kind="file"
        )
    url = local_source_uri(url) if local else check_url(url, allow_private=allow_private)
    fetched = await checker.fetch(url)
    found_on = None
    if not local and looks_like_html(fetched.body, header(fetched.headers, "Content-Type")):
        links = discover_feeds(fetched.body, fetched.url)
        if not links:
            raise NotAFeed("that is a web page, and it names no RSS, Atom or JSON feed")
        if len(links) > 1:
            raise SeveralFeeds(url, links)
        found_on, url = url, check_url(links[0].url, allow_private=allow_private)
        fetched = await checker.fetch(url)
    parsed = await checker.parse(fetched)
    now = shared.clock()
    # Not due before the baseline below is stored, so the scheduler cannot race it.
    feed = await shared.storage.feeds.add(
        url,
        now=now,
        title=parsed.title,
        site_url=parsed.site_url,
        backfill=backfill,
        next_check_at=now + shared.settings.poll_interval,
    )
    await checker.ingest(
        feed,
        fetched,
        parsed,
        now=now,
        digest=body_hash(fetched.body),
        cache=cache_lifetime(fetched.headers, now),
    )
    refreshed = await shared.storage.feeds.get(feed.id)
    return Subscription(refreshed or feed, len(parsed.entries), found_on)
