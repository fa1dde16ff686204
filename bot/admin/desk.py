"""The editors' desk: what admin commands may do with the running service, in one place."""

from __future__ import annotations

from collections.abc import Sequence

from bot.admin.opml import ImportReport, OutlineFeed, export_opml, import_feeds
from bot.admin.preview import Preview, preview_url
from bot.admin.site_names import name_site
from bot.admin.subscriptions import Subscription, add_subscription
from bot.admin.voice_changes import rerender_pending, voice_of
from bot.checker import FeedChecker
from bot.compose.filters import FilterRule
from bot.delivery.publishers import OutgoingPost, Publisher
from bot.delivery.sender import OutboxSender
from bot.fetching.http import check_url
from bot.parts import SharedParts
from bot.render.voice import Delivery
from bot.scheduler import FeedScheduler
from storage.records import (
    ArticleMode,
    Feed,
    FilterKind,
    OutboxPost,
    PostState,
    PreviewMode,
    ServiceCounts,
    StoppedTarget,
    StoredFilter,
    Target,
)
from storage.store import Storage


class AdminDesk:
    """The use cases behind the editors' commands; the one way handlers reach the service."""

    # Every command goes through a method here, reads included, so no handler reaches through
    # one part of the service to another (the clock, the checker, the scheduler, the sender,
    # storage), and this list is what commands can do.

    def __init__(
        self,
        shared: SharedParts,
        checker: FeedChecker,
        scheduler: FeedScheduler,
        sender: OutboxSender,
        publisher: Publisher,
    ) -> None:
        self._shared = shared
        self._checker = checker
        self._scheduler = scheduler
        self._sender = sender
        self._publisher = publisher
        self._storage: Storage = shared.storage

    # What the service is configured with.

    @property
    def admin_ids(self) -> tuple[int, ...]:
        """The user ids allowed to use the commands."""
        return self._shared.settings.admin_ids

    @property
    def channel_name(self) -> str | None:
        """NEWSBOT_CHANNEL_ID as the operator wrote it (None in a dry run)."""
        return self._shared.settings.channel_id

    @property
    def poll_interval(self) -> float:
        """Seconds between checks of a feed without its own interval."""
        return self._shared.settings.poll_interval

    def now(self) -> float:
        """The service's clock."""
        return self._shared.clock()

    # Feeds.

    async def add_feed(self, url: str) -> Subscription:
        """Validate and subscribe (see `add_subscription` for what it raises); poll soon."""
        added = await add_subscription(self._shared, self._checker, url)
        self._scheduler.wake.set()
        return added

    async def import_feeds(self, outlines: Sequence[OutlineFeed]) -> ImportReport:
        """Subscribe to each feed of an OPML list as /add would."""
        report = await import_feeds(self._shared, self._checker, outlines)
        if report.added:
            self._scheduler.wake.set()
        return report

    async def export_feeds(self) -> tuple[int, bytes]:
        """How many feeds there are, and their OPML document."""
        feeds = await self._storage.feeds.list_feeds()
        return len(feeds), export_opml(feeds, now=self.now())

    async def set_site_name(self, feed_id: int, typed: str) -> Feed | None:
        """Name the feed's site as posts credit it (`auto`: the automatic name again); the
        feed as it is now, or None when there is none. Raises BadSiteName."""
        return await name_site(self._storage, feed_id, typed)

    async def remove_feed(self, feed_id: int) -> Feed | None:
        """Unsubscribe; the feed removed, or None when there was none."""
        feed = await self._storage.feeds.get(feed_id)
        if feed is None or not await self._storage.feeds.remove(feed_id):
            return None
        return feed

    async def set_paused(self, feed_id: int | None, paused: bool) -> int:
        """Pause or resume one feed (or all with None); how many changed."""
        changed = await self._storage.feeds.set_paused(feed_id, paused, now=self.now())
        if not paused:
            self._scheduler.wake.set()
            self._sender.wake.set()
        return changed

    async def resume_sending(self) -> list[str]:
        """Restart sending to channels stopped after a 403; the channels restarted."""
        resumed = await self._sender.resume()
        self._sender.wake.set()
        return resumed

    async def set_interval(self, feed_id: int, seconds: float | None) -> bool:
        """A feed's own check interval (None: the default); False if there is no such feed."""
        if not await self._storage.feeds.set_interval(feed_id, seconds, now=self.now()):
            return False
        self._scheduler.wake.set()
        return True

    # The outbox.

    async def retry_post(self, post_id: int) -> bool:
        """Queue a failed, unconfirmed or skipped post again; False if it is in another state."""
        if not await self._storage.outbox.retry(post_id, now=self.now()):
            return False
        self._sender.wake.set()
        return True

    async def skip_post(self, post_id: int) -> bool:
        """Leave a post unsent for good; False if it is not pending, failed or unconfirmed."""
        return await self._storage.outbox.skip(post_id, now=self.now())

    # Targets, their voice and filters.

    async def default_target(self) -> Target:
        """Target #1, the channel of NEWSBOT_CHANNEL_ID (created on first use)."""
        return await self._storage.targets.ensure(self._shared.channel_id, None, now=self.now())

    async def add_target(self, chat_id: str, thread_id: int | None, name: str | None) -> Target:
        """A new chat or forum topic to post to (raises TargetExists)."""
        return await self._storage.targets.add(chat_id, thread_id, name=name, now=self.now())

    async def remove_target(self, target_id: int) -> bool:
        """Remove a target (its waiting posts fail); False if there is none."""
        return await self._storage.targets.remove(target_id, now=self.now())

    # Each change of a target's voice re-renders its waiting posts and returns how many.

    async def set_target_template(self, target_id: int, template: str | None) -> int:
        """Set a target's template (None: the default)."""
        await self._storage.targets.set_template(target_id, template)
        return await self._rerender(target_id)

    async def set_target_footer(self, target_id: int, footer: str | None) -> int:
        """Set a target's footer (None: none)."""
        await self._storage.targets.set_footer(target_id, footer)
        return await self._rerender(target_id)

    async def set_target_preview(self, target_id: int, mode: PreviewMode) -> int:
        """Set a target's link preview."""
        await self._storage.targets.set_link_preview(target_id, mode)
        return await self._rerender(target_id)

    async def set_target_button(self, target_id: int, on: bool) -> int:
        """Show or hide a target's "Read more" button."""
        await self._storage.targets.set_button(target_id, on)
        return await self._rerender(target_id)

    async def set_target_name(self, target_id: int, name: str | None) -> int:
        """Name a target (None: no name)."""
        await self._storage.targets.set_name(target_id, name)
        return await self._rerender(target_id)

    async def _rerender(self, target_id: int) -> int:
        return await rerender_pending(self._storage, target_id, now=self.now())

    async def add_filter(
        self, kind: FilterKind, pattern: str, *, feed_id: int | None, target_id: int | None
    ) -> StoredFilter:
        """A keyword filter of a feed or a target."""
        return await self._storage.filters.add(
            kind, pattern, feed_id=feed_id, target_id=target_id, now=self.now()
        )

    # What editors look at, and plain record changes.

    async def feeds(self) -> list[Feed]:
        """Every subscription, by id."""
        return await self._storage.feeds.list_feeds()

    async def feed(self, feed_id: int) -> Feed | None:
        """One subscription, or None."""
        return await self._storage.feeds.get(feed_id)

    async def targets(self) -> list[Target]:
        """Every chat and forum topic posts go to, by id."""
        return await self._storage.targets.list_targets()

    async def target(self, target_id: int) -> Target | None:
        """One target, or None."""
        return await self._storage.targets.get(target_id)

    async def routes(self) -> dict[int, list[int]]:
        """Feed id → its target ids, for feeds routed away from the default target."""
        return await self._storage.targets.routes()

    async def set_routes(self, feed_id: int, target_ids: Sequence[int]) -> None:
        """Send a feed's stories to these targets (none: the default target)."""
        await self._storage.targets.set_routes(feed_id, target_ids)

    async def article_mode(self, feed_id: int) -> ArticleMode:
        """When a feed's article pages are fetched."""
        return await self._storage.targets.article_mode(feed_id)

    async def set_article_mode(self, feed_id: int, mode: ArticleMode) -> None:
        """Fetch a feed's article pages for teasers, always, or never."""
        await self._storage.targets.set_article_mode(feed_id, mode)

    async def filters(self) -> list[StoredFilter]:
        """Every filter rule of feeds and targets."""
        return await self._storage.filters.list_filters()

    async def recently_filtered(self, limit: int) -> list[tuple[str, str]]:
        """The latest filtered entries: (title, the rule that kept it out)."""
        return await self._storage.filters.filtered(limit)

    async def remove_filter(self, filter_id: int) -> bool:
        """Drop a filter rule; False if there is none."""
        return await self._storage.filters.remove(filter_id)

    async def counts(self) -> ServiceCounts:
        """The totals /status shows."""
        return await self._storage.counts()

    async def post(self, post_id: int) -> OutboxPost | None:
        """One post of the outbox, or None."""
        return await self._storage.outbox.get(post_id)

    async def posts(
        self, state: PostState, limit: int, *, newest_first: bool = False
    ) -> list[OutboxPost]:
        """Posts in one state, oldest first (or newest first)."""
        return await self._storage.outbox.list_posts(state, limit, newest_first=newest_first)

    async def count_posts(self, state: PostState) -> int:
        """How many posts are in this state."""
        return await self._storage.outbox.count(state)

    async def oldest_pending_at(self) -> float | None:
        """When the oldest waiting post was queued."""
        return await self._storage.outbox.oldest_pending_at()

    async def stopped_targets(self) -> list[StoppedTarget]:
        """Targets sending is stopped for (403, lost rights), with Telegram's reason."""
        return await self._storage.outbox.stopped_targets()

    # Trying posts out.

    async def preview(self, url: str, target: Target) -> Preview:
        """The newest entry of a feed, or the article on a page, rendered for `target`."""
        # Raises FetchError or PreviewError with a reason to show.
        _, target_rules = await self._storage.filters.for_feed(0, [target.id])
        rules = tuple(FilterRule(f.kind, f.pattern, f.scope, f.id) for f in target_rules[target.id])
        settings = self._shared.settings
        checked = check_url(url, allow_private=settings.allow_private_addresses)
        # A subscribed feed's posts credit its stored name (the home page's or an editor's).
        subscribed = await self._storage.feeds.with_url(checked)
        return await preview_url(
            self._shared.off_loop,
            self._shared.session,
            settings,
            checked,
            voice=voice_of(target),
            rules=rules,
            site_name=subscribed.site_name if subscribed else None,
        )

    async def send_private(self, chat_id: int, delivery: Delivery) -> None:
        """Send a rendered post to one chat (raises SendError)."""
        # The service's own publisher, so it is paced like every other message.
        await self._publisher.send(OutgoingPost(str(chat_id), None, delivery))
