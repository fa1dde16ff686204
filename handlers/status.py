"""/status and the answer to unknown commands."""

from __future__ import annotations

from telegram import Update

from bot.admin.desk import AdminDesk
from handlers.context import NewsbotContext
from handlers.replies import ago, message_of
from storage.records import PostState

POST_STATES = tuple(PostState)


async def status_command(update: Update, context: NewsbotContext, desk: AdminDesk) -> None:
    """Totals: feeds, entries, stories, posts by state and the oldest pending, last poll."""
    counts = await desk.counts()
    posts = counts.posts
    lines = [
        f"Feeds: {counts.feeds} ({counts.feeds_paused} paused)",
        f"Entries: {counts.entries}",
        f"Stories: {counts.stories}",
        "Posts: " + ", ".join(f"{posts.get(state, 0)} {state}" for state in POST_STATES),
        f"Oldest pending: {ago(counts.oldest_pending_at).removesuffix(' ago')}"
        if counts.oldest_pending_at is not None
        else "Oldest pending: none",
        f"Filtered: {counts.filtered}",
        f"Last poll: {ago(counts.last_poll_at)}",
    ]
    failed = await desk.posts(PostState.FAILED, 1, newest_first=True)
    if failed:
        lines.append(f"Last failure: #{failed[0].id}: {failed[0].last_error} (see /queue)")
    for target in await desk.stopped_targets():
        lines.append(f"Not sending to {target.channel_id}: {target.reason} (/resume)")
    await message_of(update).reply_text("\n".join(lines))


async def unknown_command(update: Update, context: NewsbotContext, desk: AdminDesk) -> None:
    """Any command we do not know."""
    message = message_of(update)
    word = (message.text or "").split()[0] if message.text else "that"
    await message.reply_text(f"Unknown command {word}. Send /help for the list.")
