"""The command table: one row per command drives registration, the menu, /help and usage."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from telegram import BotCommand, Update

from bot.admin.desk import AdminDesk
from bot.render.template import PLACEHOLDERS
from handlers.access import DeskHandler, Handler, admitted, in_order
from handlers.context import NewsbotContext
from handlers.feeds import (
    add_command,
    interval_command,
    list_command,
    name_command,
    pause_command,
    remove_command,
    resume_command,
)
from handlers.opml import export_command, import_command
from handlers.queue import queue_command, retry_command, skip_command
from handlers.replies import ReplyWithUsage, message_of
from handlers.routing import filter_command, fulltext_command, route_command, targets_command
from handlers.status import status_command
from handlers.voice import footer_command, preview_command, template_command
from storage.records import PREVIEW_MODES


@dataclass(frozen=True)
class Command:
    """One editor command: what runs, how the menu and /help describe it, how it is used."""

    name: str
    handler: DeskHandler
    description: str  # one line, for the menu and /help
    usage: str  # the reply when the command is used wrongly
    admin_only: bool = True
    aliases: tuple[str, ...] = ()
    # False for commands that only read: they run at once, not after the chat's changes.
    changes: bool = True

    def callback(self) -> Handler:
        """The PTB callback: the admin check, the handler, and its usage line when asked."""

        @functools.wraps(self.handler)
        async def run(update: Update, context: NewsbotContext) -> None:
            if self.admin_only and not await admitted(update, context):
                return
            try:
                async with in_order(update, context, changes=self.changes):
                    await self.handler(update, context, context.bot_data.desk)
            except ReplyWithUsage as wrong:
                await message_of(update).reply_text(wrong.note + self.usage)

        return run


def help_text(channel: str | None) -> str:
    """The command list, as /help and /start show it."""
    lines = [f"newsbot keeps {channel or 'the channel'} fed from its feeds.", ""]
    lines += [f"/{command.name} — {command.description}" for command in COMMANDS]
    return "\n".join(lines)


async def help_command(update: Update, context: NewsbotContext, desk: AdminDesk) -> None:
    """/start and /help."""
    await message_of(update).reply_text(help_text(desk.channel_name))


def bot_commands() -> list[BotCommand]:
    """The command menu registered with set_my_commands."""
    return [BotCommand(command.name, command.description) for command in COMMANDS]


_TEMPLATE_USAGE = (
    "Usage: /template [#target] <template>   (or: /template [#target] reset)\n"
    "/template [#target] shows the current one. Placeholders:\n"
    + "\n".join(f"{{{name}}} — {meaning}" for name, meaning in PLACEHOLDERS.items())
    + "\nA line whose placeholders are all empty is left out. Telegram HTML tags: "
    "<b>, <i>, <u>, <s>, <a href>, <code>, <pre>, <blockquote>, <tg-spoiler>."
)

COMMANDS: tuple[Command, ...] = (
    Command(
        "add",
        add_command,
        "Add a feed: /add <url>",
        "Usage: /add <feed URL>   e.g. /add https://example.com/feed.xml",
    ),
    Command(
        "remove",
        remove_command,
        "Remove a feed: /remove <id>",
        "Usage: /remove <feed id>   e.g. /remove 3 (see /list for ids)",
    ),
    Command("list", list_command, "List feeds with their state", "Usage: /list", changes=False),
    Command(
        "pause",
        pause_command,
        "Pause one feed or all: /pause [id]",
        "Usage: /pause [feed id]   (no id pauses every feed)",
    ),
    Command(
        "resume",
        resume_command,
        "Resume one feed, or all feeds and a stopped channel: /resume [id]",
        "Usage: /resume [feed id]   (no id resumes every feed and a stopped channel)",
    ),
    Command(
        "interval",
        interval_command,
        "How often a feed is checked: /interval <id> <minutes>",
        "Usage: /interval <feed id> <minutes>   e.g. /interval 3 60 "
        "(/interval 3 default goes back to the standard interval)",
    ),
    Command(
        "name",
        name_command,
        "The site name posts credit: /name <id> [name|auto]",
        "Usage: /name <feed id> <name>   e.g. /name 3 The Washington Post\n"
        "/name <feed id> shows it; /name <feed id> auto goes back to the name read from the "
        "site's home page or its feed's title.",
    ),
    Command(
        "import",
        import_command,
        "Subscribe to the feeds of an OPML file (send the file)",
        "Usage: send the OPML file as a document",
    ),
    Command("export", export_command, "The feeds as an OPML file", "Usage: /export", changes=False),
    Command(
        "status",
        status_command,
        "Counts of feeds, stories and posts",
        "Usage: /status",
        changes=False,
    ),
    Command(
        "queue",
        queue_command,
        "Next posts, failed and unconfirmed ones",
        "Usage: /queue",
        changes=False,
    ),
    Command(
        "retry",
        retry_command,
        "Send a failed or unconfirmed post again: /retry <id>",
        "Usage: /retry <post id>   e.g. /retry 12 (see /queue for ids)",
    ),
    Command(
        "skip",
        skip_command,
        "Leave a post unsent: /skip <id>",
        "Usage: /skip <post id>   e.g. /skip 12 (see /queue for ids)",
    ),
    Command(
        "preview",
        preview_command,
        "Show a post without posting it: /preview <url> [#target]",
        "Usage: /preview <feed or article URL> [#target]",
        changes=False,
    ),
    Command(
        "template",
        template_command,
        "Show or set the post template: /template [#target] <template>",
        _TEMPLATE_USAGE,
    ),
    Command(
        "footer",
        footer_command,
        "Show or set the footer: /footer [#target] <text>|off",
        "Usage: /footer [#target] <text>   e.g. /footer 📢 Join @channel for more\n"
        "/footer [#target] off removes it; /footer [#target] shows it.",
    ),
    Command(
        "filter",
        filter_command,
        "Keyword filters: /filter add|remove|list",
        "Usage:\n/filter add feed|target <id> include|exclude <words or /regex/>\n"
        "/filter remove <filter id>\n/filter list\n"
        "Words match whole words in any case; /regex/i ignores case. "
        "Title and summary are checked.",
    ),
    Command(
        "route",
        route_command,
        "Send a feed to targets: /route <feed id> <target id>...",
        "Usage: /route <feed id> <target id> [<target id> ...]   (/targets lists ids)\n"
        "/route <feed id> default — back to the default channel; /route lists the routes.",
    ),
    Command(
        "targets",
        targets_command,
        "Channels and topics to post to: /targets [add|remove|set]",
        "Usage:\n/targets — list\n/targets add <chat id or @channel>[:<topic id>] [name]\n"
        "/targets remove <id>\n/targets set <id> preview " + "|".join(PREVIEW_MODES) + "\n"
        "/targets set <id> button on|off\n/targets set <id> name <name>",
    ),
    Command(
        "fulltext",
        fulltext_command,
        "Fetch article pages: /fulltext <feed id> auto|always|never",
        "Usage: /fulltext <feed id> auto|always|never\n"
        "auto fetches the article page when the feed gives only a teaser.",
    ),
    Command("help", help_command, "This list", "Usage: /help", aliases=("start",), changes=False),
)
