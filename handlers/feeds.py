"""/add, /remove, /list, /pause, /resume, /interval, /name: managing the feeds."""

from __future__ import annotations

import logging

from telegram import Update

from bot.admin.desk import AdminDesk
from bot.admin.subscriptions import CANNOT_ADD, SeveralFeeds
from bot.attribution.site_names import BadSiteName, NameSource
from handlers.context import NewsbotContext
from handlers.replies import (
    ReplyWithUsage,
    ago,
    duration,
    message_of,
    parse_id,
    parse_minutes,
    reply_long,
)
from storage.feeds import FeedAlreadyExists
from storage.records import Feed

log = logging.getLogger(__name__)

# How /list and /name say where a site's name came from.
_NAME_SOURCES = {
    NameSource.EDITOR: " (set by an editor)",
    NameSource.PAGE: " (from the site's home page)",
    NameSource.TITLE: " (from the feed's title)",
    NameSource.DOMAIN: " (the site's domain)",
    NameSource.ADDRESS: " (the feed's address)",
}


def _source_note(feed: Feed) -> str:
    return _NAME_SOURCES.get(feed.site_name_source or "", "")


async def add_command(update: Update, context: NewsbotContext, desk: AdminDesk) -> None:
    """Validate and subscribe to a feed; its current entries are marked seen."""
    message = message_of(update)
    if len(context.args or []) != 1:
        raise ReplyWithUsage
    url = (context.args or [""])[0]
    try:
        added = await desk.add_feed(url)
    except FeedAlreadyExists as exc:
        await message.reply_text(f"Already subscribed as #{exc.feed.id}: {exc.feed.display_name}")
        return
    except SeveralFeeds as exc:
        await message.reply_text(str(exc))
        return
    except CANNOT_ADD as exc:
        await message.reply_text(f"Could not add {url}: {exc}")
        return
    feed = added.feed
    found = ""
    if added.found_on:
        found = f"{added.found_on} is a web page; I chose the feed it names: {feed.url}\n"
    await message.reply_text(
        f"{found}Added #{feed.id}: {feed.display_name}\n{feed.url}\n"
        f"{added.entries} current entries marked as seen; new ones will be posted.\n"
        f"Posts credit {feed.credited_name}{_source_note(feed)}; "
        f"/name {feed.id} <name> changes that."
    )


async def remove_command(update: Update, context: NewsbotContext, desk: AdminDesk) -> None:
    """Unsubscribe from a feed by id."""
    message = message_of(update)
    args = context.args or []
    feed_id = parse_id(args[0]) if len(args) == 1 else None
    if feed_id is None:
        raise ReplyWithUsage
    feed = await desk.remove_feed(feed_id)
    if feed is None:
        await message.reply_text(f"There is no feed #{feed_id}. See /list.")
        return
    await message.reply_text(f"Removed #{feed_id}: {feed.display_name}")


async def list_command(update: Update, context: NewsbotContext, desk: AdminDesk) -> None:
    """Every feed with its state."""
    message = message_of(update)
    feeds = await desk.feeds()
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
            f"credited as: {feed.credited_name}{_source_note(feed)}",
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
    update: Update, context: NewsbotContext, desk: AdminDesk, paused: bool
) -> None:
    message = message_of(update)
    args = context.args or []
    feed_id = parse_id(args[0]) if len(args) == 1 else None
    if len(args) > 1 or (args and feed_id is None):
        raise ReplyWithUsage
    if feed_id is None:
        changed = await desk.set_paused(None, paused)
        reply = f"{'Paused' if paused else 'Resumed'} all feeds ({changed} changed)."
        if not paused:
            # A channel stopped after a 403 restarts here too: the editor fixed the rights.
            for channel in await desk.resume_sending():
                reply += f"\nSending to {channel} resumed."
        await message.reply_text(reply)
    elif not await desk.set_paused(feed_id, paused):
        await message.reply_text(f"There is no feed #{feed_id}. See /list.")
    else:
        await message.reply_text(f"{'Paused' if paused else 'Resumed'} feed #{feed_id}.")


async def pause_command(update: Update, context: NewsbotContext, desk: AdminDesk) -> None:
    """Stop checking and posting one feed, or all."""
    await _set_paused(update, context, desk, True)


async def resume_command(update: Update, context: NewsbotContext, desk: AdminDesk) -> None:
    """Resume one feed, or all."""
    await _set_paused(update, context, desk, False)


async def interval_command(update: Update, context: NewsbotContext, desk: AdminDesk) -> None:
    """Set how often one feed is checked, in minutes (or back to the default)."""
    message = message_of(update)
    args = context.args or []
    feed_id = parse_id(args[0]) if len(args) == 2 else None
    minutes = parse_minutes(args[1]) if len(args) == 2 else None
    if feed_id is None or minutes is None:
        raise ReplyWithUsage
    seconds = minutes * 60 if minutes else None
    if not await desk.set_interval(feed_id, seconds):
        await message.reply_text(f"There is no feed #{feed_id}. See /list.")
        return
    if seconds is None:
        standard = duration(desk.poll_interval)
        await message.reply_text(f"Feed #{feed_id} is checked every {standard} again.")
    else:
        await message.reply_text(
            f"Feed #{feed_id} is checked every {duration(seconds)} from now on "
            "(longer when the feed or its server asks for it)."
        )


async def name_command(update: Update, context: NewsbotContext, desk: AdminDesk) -> None:
    """Show or set the name posts credit a feed's site by (auto: back to the automatic one)."""
    message = message_of(update)
    args = context.args or []
    feed_id = parse_id(args[0]) if args else None
    if feed_id is None:
        raise ReplyWithUsage
    if len(args) == 1:
        feed = await desk.feed(feed_id)
        if feed is None:
            await message.reply_text(f"There is no feed #{feed_id}. See /list.")
            return
        source = _source_note(feed)
        await message.reply_text(f"Feed #{feed_id} is credited as {feed.credited_name}{source}.")
        return
    # The name as typed after the id (args lose runs of spaces, which names drop anyway).
    try:
        feed = await desk.set_site_name(feed_id, " ".join(args[1:]))
    except BadSiteName as exc:
        raise ReplyWithUsage(f"That name cannot be used: {exc}.\n") from None
    if feed is None:
        await message.reply_text(f"There is no feed #{feed_id}. See /list.")
        return
    source = _source_note(feed)
    await message.reply_text(
        f"Posts from feed #{feed_id} credit {feed.credited_name}{source} from now on."
    )
