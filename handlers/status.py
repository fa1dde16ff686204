"""/start, /help, /status and the answer to unknown commands."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.context import ServiceContext
from handlers.access import admin_only
from handlers.replies import ago

# (command, description) as registered with set_my_commands and shown by /help.
COMMANDS: tuple[tuple[str, str], ...] = (
    ("add", "Add a feed: /add <url>"),
    ("remove", "Remove a feed: /remove <id>"),
    ("list", "List feeds with their state"),
    ("pause", "Pause one feed or all: /pause [id]"),
    ("resume", "Resume one feed or all: /resume [id]"),
    ("interval", "How often a feed is checked: /interval <id> <minutes>"),
    ("import", "Subscribe to the feeds of an OPML file (send the file)"),
    ("export", "The feeds as an OPML file"),
    ("status", "Counts of feeds, stories and posts"),
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
    """Totals: feeds, entries, stories, posts by state, last poll."""
    assert update.effective_message is not None
    counts = await service.storage.counts()
    posts = counts.posts
    await update.effective_message.reply_text(
        "\n".join(
            [
                f"Feeds: {counts.feeds} ({counts.feeds_paused} paused)",
                f"Entries: {counts.entries}",
                f"Stories: {counts.stories}",
                "Posts: "
                + ", ".join(
                    f"{posts.get(state, 0)} {state}"
                    for state in ("pending", "sending", "sent", "failed", "unconfirmed")
                ),
                f"Last poll: {ago(counts.last_poll_at)}",
            ]
        )
    )


@admin_only
async def unknown_command(
    update: Update, context: ContextTypes.DEFAULT_TYPE, service: ServiceContext
) -> None:
    """Any command we do not know."""
    message = update.effective_message
    assert message is not None
    word = (message.text or "").split()[0] if message.text else "that"
    await message.reply_text(f"Unknown command {word}. Send /help for the list.")
