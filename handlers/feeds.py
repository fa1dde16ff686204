"""/add, /remove, /list, /pause, /resume, /interval: managing the feeds."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ContextTypes

from bot.admin.subscriptions import SeveralFeeds, add_subscription
from bot.context import ServiceContext
from bot.fetching.http import FetchError
from bot.parsing.feeds import NotAFeed
from handlers.access import admin_only
from handlers.replies import ago, duration, parse_feed_id, parse_minutes, reply_long
from storage.feeds import FeedAlreadyExists

log = logging.getLogger(__name__)

USAGE = {
    "add": "Usage: /add <feed URL>   e.g. /add https://example.com/feed.xml",
    "remove": "Usage: /remove <feed id>   e.g. /remove 3 (see /list for ids)",
    "pause": "Usage: /pause [feed id]   (no id pauses every feed)",
    "resume": "Usage: /resume [feed id]   (no id resumes every feed and a stopped channel)",
    "interval": "Usage: /interval <feed id> <minutes>   e.g. /interval 3 60 "
    "(/interval 3 default goes back to the standard interval)",
}


@admin_only
async def add_command(
    update: Update, context: ContextTypes.DEFAULT_TYPE, service: ServiceContext
) -> None:
    """Validate and subscribe to a feed; its current entries are marked seen."""
    message = update.effective_message
    assert message is not None
    if len(context.args or []) != 1:
        await message.reply_text(USAGE["add"])
        return
    url = (context.args or [""])[0]
    try:
        added = await add_subscription(service.checker, url)
    except FeedAlreadyExists as exc:
        await message.reply_text(f"Already subscribed as #{exc.feed.id}: {exc.feed.display_name}")
        return
    except SeveralFeeds as exc:
        await message.reply_text(str(exc))
        return
    except (FetchError, NotAFeed) as exc:
        await message.reply_text(f"Could not add {url}: {exc}")
        return
    service.scheduler.wake.set()
    feed = added.feed
    found = ""
    if added.found_on:
        found = f"{added.found_on} is a web page; I chose the feed it names: {feed.url}\n"
    await message.reply_text(
        f"{found}Added #{feed.id}: {feed.display_name}\n{feed.url}\n"
        f"{added.entries} current entries marked as seen; new ones will be posted."
    )


@admin_only
async def remove_command(
    update: Update, context: ContextTypes.DEFAULT_TYPE, service: ServiceContext
) -> None:
    """Unsubscribe from a feed by id."""
    message = update.effective_message
    assert message is not None
    args = context.args or []
    feed_id = parse_feed_id(args[0]) if len(args) == 1 else None
    if feed_id is None:
        await message.reply_text(USAGE["remove"])
        return
    feed = await service.storage.feeds.get(feed_id)
    if feed is None or not await service.storage.feeds.remove(feed_id):
        await message.reply_text(f"There is no feed #{feed_id}. See /list.")
        return
    await message.reply_text(f"Removed #{feed_id}: {feed.display_name}")


@admin_only
async def list_command(
    update: Update, context: ContextTypes.DEFAULT_TYPE, service: ServiceContext
) -> None:
    """Every feed with its state."""
    message = update.effective_message
    assert message is not None
    feeds = await service.storage.feeds.list_feeds()
    if not feeds:
        await message.reply_text("No feeds yet. Add one with /add <feed URL>.")
        return
    blocks = []
    for feed in feeds:
        state = "⏸ paused" if feed.paused else "▶ active"
        if feed.paused_reason:
            state += f": {feed.paused_reason}"
        lines = [
            f"#{feed.id} {feed.display_name} ({state})",
            feed.url,
            f"last check: {ago(feed.last_checked_at)}",
        ]
        if feed.interval_seconds:
            lines.append(f"checked every {duration(feed.interval_seconds)}")
        if feed.last_error:
            lines.append(f"last error: {feed.last_error} ({feed.error_count} in a row)")
        blocks.append("\n".join(lines))
    await reply_long(message, blocks)


async def _set_paused(
    update: Update, context: ContextTypes.DEFAULT_TYPE, service: ServiceContext, paused: bool
) -> None:
    message = update.effective_message
    assert message is not None
    args = context.args or []
    verb = "pause" if paused else "resume"
    if len(args) > 1 or (args and parse_feed_id(args[0]) is None):
        await message.reply_text(USAGE[verb])
        return
    now = service.checker.clock()
    if not args:
        changed = await service.storage.feeds.set_paused(None, paused, now=now)
        reply = f"{'Paused' if paused else 'Resumed'} all feeds ({changed} changed)."
        if not paused:
            # A channel stopped after a 403 restarts here too: the editor fixed the rights.
            for channel in await service.sender.resume():
                reply += f"\nSending to {channel} resumed."
        await message.reply_text(reply)
    else:
        feed_id = parse_feed_id(args[0])
        assert feed_id is not None
        if not await service.storage.feeds.set_paused(feed_id, paused, now=now):
            await message.reply_text(f"There is no feed #{feed_id}. See /list.")
            return
        await message.reply_text(f"{'Paused' if paused else 'Resumed'} feed #{feed_id}.")
    if not paused:
        service.scheduler.wake.set()
        service.sender.wake.set()


@admin_only
async def pause_command(
    update: Update, context: ContextTypes.DEFAULT_TYPE, service: ServiceContext
) -> None:
    """Stop checking and posting one feed, or all."""
    await _set_paused(update, context, service, True)


@admin_only
async def resume_command(
    update: Update, context: ContextTypes.DEFAULT_TYPE, service: ServiceContext
) -> None:
    """Resume one feed, or all."""
    await _set_paused(update, context, service, False)


@admin_only
async def interval_command(
    update: Update, context: ContextTypes.DEFAULT_TYPE, service: ServiceContext
) -> None:
    """Set how often one feed is checked, in minutes (or back to the default)."""
    message = update.effective_message
    assert message is not None
    args = context.args or []
    feed_id = parse_feed_id(args[0]) if len(args) == 2 else None
    minutes = parse_minutes(args[1]) if len(args) == 2 else None
    if feed_id is None or minutes is None:
        await message.reply_text(USAGE["interval"])
        return
    seconds = minutes * 60 if minutes else None
    now = service.checker.clock()
    if not await service.storage.feeds.set_interval(feed_id, seconds, now=now):
        await message.reply_text(f"There is no feed #{feed_id}. See /list.")
        return
    service.scheduler.wake.set()
    if seconds is None:
        standard = duration(service.settings.poll_interval)
        await message.reply_text(f"Feed #{feed_id} is checked every {standard} again.")
    else:
        await message.reply_text(
            f"Feed #{feed_id} is checked every {duration(seconds)} from now on "
            "(longer when the feed or its server asks for it)."
        )
