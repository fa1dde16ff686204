"""/start, /help, /status and the answer to unknown commands."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.context import ServiceContext
from handlers.access import admin_only
from handlers.replies import ago
from storage.records import PostState

POST_STATES = tuple(PostState)

# (command, description) as registered with set_my_commands and shown by /help.
COMMANDS: tuple[tuple[str, str], ...] = (
    ("add", "Add a feed: /add <url>"),
    ("remove", "Remove a feed: /remove <id>"),
    ("list", "List feeds with their state"),
    ("pause", "Pause one feed or all: /pause [id]"),
    ("resume", "Resume one feed, or all feeds and a stopped channel: /resume [id]"),
    ("interval", "How often a feed is checked: /interval <id> <minutes>"),
    ("import", "Subscribe to the feeds of an OPML file (send the file)"),
    ("export", "The feeds as an OPML file"),
    ("status", "Counts of feeds, stories and posts"),
    ("queue", "Next posts, failed and unconfirmed ones"),
    ("retry", "Send a failed or unconfirmed post again: /retry <id>"),
    ("skip", "Leave a post unsent: /skip <id>"),
    ("preview", "Show a post without posting it: /preview <url> [#target]"),
    ("template", "Show or set the post template: /template [#target] <template>"),
    ("footer", "Show or set the footer: /footer [#target] <text>|off"),
    ("filter", "Keyword filters: /filter add|remove|list"),
    ("route", "Send a feed to targets: /route <feed id> <target id>..."),
    ("targets", "Channels and topics to post to: /targets [add|remove|set]"),
    ("fulltext", "Fetch article pages: /fulltext <feed id> auto|always|never"),
    ("help", "This list"),
)


def help_text(channel: str | None) -> str:
    """The command list."""
    lines = [f"newsbot keeps {channel or 'the channel'} fed from its feeds.", ""]
    lines += [f"/{name} — {description}" for name, description in COMMANDS]
    return "\n".join(lines)


@admin_only
async def help_command(
    update: Update, context: ContextTypes.DEFAULT_TYPE, service: ServiceContext
) -> None:
    """/start and /help."""
    assert update.effective_message is not None
    await update.effective_message.reply_text(help_text(service.settings.channel_id))


@admin_only
async def status_command(
    update: Update, context: ContextTypes.DEFAULT_TYPE, service: ServiceContext
) -> None:
    """Totals: feeds, entries, stories, posts by state and the oldest pending, last poll."""
    assert update.effective_message is not None
    counts = await service.storage.counts()
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
    failed = await service.storage.outbox.list_posts(PostState.FAILED, 1, newest_first=True)
    if failed:
        lines.append(f"Last failure: #{failed[0].id}: {failed[0].last_error} (see /queue)")
    for target in await service.storage.outbox.stopped_targets():
        lines.append(f"Not sending to {target.channel_id}: {target.reason} (/resume)")
    await update.effective_message.reply_text("\n".join(lines))


@admin_only
async def unknown_command(
    update: Update, context: ContextTypes.DEFAULT_TYPE, service: ServiceContext
) -> None:
    """Any command we do not know."""
    message = update.effective_message
    assert message is not None
    word = (message.text or "").split()[0] if message.text else "that"
    await message.reply_text(f"Unknown command {word}. Send /help for the list.")
