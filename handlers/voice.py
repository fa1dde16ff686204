"""/template, /footer, /preview: how posts look, and trying a post without posting it."""

from __future__ import annotations

import logging
import re

from telegram import Message, Update

from bot.admin.desk import AdminDesk
from bot.admin.preview import PreviewError, describe
from bot.delivery.errors import SendError
from bot.fetching.http import FetchError
from bot.parsing.feeds import ParseLimitExceeded
from bot.render.template import DEFAULT_TEMPLATE, TemplateError
from bot.render.voice import validate_voice
from handlers.context import NewsbotContext
from handlers.replies import ReplyWithUsage, message_of, parse_id
from storage.records import Target

log = logging.getLogger(__name__)

# A target is named `#2`: a bare number starts the text ("/footer 24 7 news" is a footer).
_TARGET = re.compile(r"#([0-9]+)(?=\s|$)\s*", re.ASCII)
# /preview's second argument can only be a target, so there the # may be left out.
_TARGET_ARGUMENT = re.compile(r"#?([0-9]+)(?=\s|$)\s*", re.ASCII)


def command_text(message: Message) -> str:
    """What follows the command word, newlines kept (templates span lines)."""
    text = message.text or ""
    return re.sub(r"^\S+[ \t]*\n?", "", text, count=1)


async def _target_and_rest(
    desk: AdminDesk, text: str, pattern: re.Pattern[str] = _TARGET
) -> tuple[Target | None, str, str]:
    """The `#id` target named first (default: the channel's), the rest, and an error."""
    match = pattern.match(text)
    if match is None:
        return await desk.default_target(), text, ""
    target_id = parse_id(match.group(1))  # None: beyond any row id
    target = await desk.target(target_id) if target_id is not None else None
    if target is None:
        return None, "", f"There is no target #{match.group(1)}. See /targets."
    return target, text[match.end() :], ""


async def _set_voice(
    message: Message, desk: AdminDesk, target: Target, field: str, value: str | None
) -> None:
    template = value if field == "template" else target.template
    footer = value if field == "footer" else target.footer
    try:
        validate_voice(template, footer)
    except TemplateError as exc:
        await message.reply_text(f"Not changed: {exc}")
        return
    if field == "template":
        count = await desk.set_target_template(target.id, value)
    else:
        count = await desk.set_target_footer(target.id, value)
    what = "Template" if field == "template" else "Footer"
    state = "reset to the default" if value is None else "set"
    await message.reply_text(
        f"{what} {state} for target {target.label}; it applies from the next post"
        f" ({count} waiting post{'s' if count != 1 else ''} re-rendered)."
    )


async def template_command(update: Update, context: NewsbotContext, desk: AdminDesk) -> None:
    """Show, set or reset a target's post template."""
    message = message_of(update)
    target, rest, error = await _target_and_rest(desk, command_text(message))
    if target is None:
        await message.reply_text(error)
        return
    rest = rest.strip("\n ")
    if not rest:
        current = target.template or DEFAULT_TEMPLATE
        kind = "custom" if target.template else "default"
        raise ReplyWithUsage(f"Template of target {target.label} ({kind}):\n{current}\n\n")
    await _set_voice(message, desk, target, "template", None if rest == "reset" else rest)


async def footer_command(update: Update, context: NewsbotContext, desk: AdminDesk) -> None:
    """Show, set or remove a target's footer."""
    message = message_of(update)
    target, rest, error = await _target_and_rest(desk, command_text(message))
    if target is None:
        await message.reply_text(error)
        return
    rest = rest.strip("\n ")
    if not rest:
        footer = target.footer or "(none)"
        raise ReplyWithUsage(f"Footer of target {target.label}:\n{footer}\n\n")
    await _set_voice(message, desk, target, "footer", None if rest == "off" else rest)


async def preview_command(update: Update, context: NewsbotContext, desk: AdminDesk) -> None:
    """Render a feed's newest entry, or an article, exactly as it would be posted, here."""
    message = message_of(update)
    args = context.args or []
    if not 1 <= len(args) <= 2:
        raise ReplyWithUsage
    target, rest, error = await _target_and_rest(
        desk, args[1] if len(args) == 2 else "", _TARGET_ARGUMENT
    )
    if target is None and error:
        await message.reply_text(error)
        return
    if target is None or rest.strip():
        raise ReplyWithUsage
    try:
        preview = await desk.preview(args[0], target)
    except (FetchError, PreviewError, ParseLimitExceeded) as exc:
        await message.reply_text(f"Could not preview {args[0]}: {exc}")
        return
    note = f"Preview for target {target.label}: {describe(preview.delivery)}."
    if preview.filtered_by:
        note += f"\nIt would not be posted there: filtered by {preview.filtered_by}."
    await message.reply_text(note)
    try:
        await desk.send_private(message.chat_id, preview.delivery)
    except SendError as exc:
        await message.reply_text(f"Telegram refused the post: {exc}")
