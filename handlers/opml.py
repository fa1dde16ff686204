"""/import and /export: the subscription list as an OPML file."""

from __future__ import annotations

import logging

from telegram import InputFile, Update
from telegram.error import TelegramError

from bot.admin.desk import AdminDesk
from bot.admin.opml import OpmlError, format_report, parse_opml
from handlers.context import NewsbotContext
from handlers.replies import message_of, reply_long

log = logging.getLogger(__name__)

# An OPML list of thousands of feeds is well under a megabyte.
MAX_OPML_BYTES = 5 * 1024 * 1024


async def import_command(update: Update, context: NewsbotContext, desk: AdminDesk) -> None:
    """/import as text: explain that the OPML file itself is what to send."""
    await message_of(update).reply_text(
        "Send me the OPML file (as a document; a caption is optional). I will fetch and "
        "validate each feed in it and subscribe to those that work."
    )


async def import_document(update: Update, context: NewsbotContext, desk: AdminDesk) -> None:
    """An OPML document sent to the bot: subscribe to its feeds, reply with what happened."""
    message = update.effective_message
    assert message is not None and message.document is not None
    document = message.document
    if document.file_size is not None and document.file_size > MAX_OPML_BYTES:
        await message.reply_text(
            f"That file is too large for an OPML list ({document.file_size} bytes)."
        )
        return
    try:
        data = bytes(await (await document.get_file()).download_as_bytearray())
    except TelegramError as exc:
        await message.reply_text(f"Could not download the file: {exc}")
        return
    try:
        outlines = parse_opml(data)
    except OpmlError as exc:
        await message.reply_text(f"Could not import {document.file_name or 'that file'}: {exc}")
        return
    if not outlines:
        await message.reply_text("That OPML document lists no feeds (no outline has an xmlUrl).")
        return
    await message.reply_text(f"Importing {len(outlines)} feed(s); this may take a moment…")
    report = await desk.import_feeds(outlines)
    await reply_long(message, format_report(report))


async def export_command(update: Update, context: NewsbotContext, desk: AdminDesk) -> None:
    """Send the subscriptions as an OPML file."""
    message = message_of(update)
    count, data = await desk.export_feeds()
    if not count:
        await message.reply_text("No feeds yet. Add one with /add <feed URL>.")
        return
    await message.reply_document(
        document=InputFile(data, filename="newsbot-feeds.opml"),
        caption=f"{count} feed(s). Send this file back to a newsbot to import them.",
    )
