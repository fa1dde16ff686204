"""/template, /footer, /preview: how posts look, and trying a post without posting it."""

from __future__ import annotations

import logging
import re

from telegram import Message, Update
from telegram.ext import ContextTypes

from bot.admin.preview import PreviewError, describe, executor_off_loop, preview_url
from bot.admin.voice_changes import rerender_pending, voice_of
from bot.compose.filters import FilterRule
from bot.context import ServiceContext
from bot.delivery.errors import SendError
from bot.delivery.publishers import OutgoingPost
from bot.fetching.http import FetchError, check_url
from bot.render.template import DEFAULT_TEMPLATE, PLACEHOLDERS, TemplateError
from bot.render.voice import validate_voice
from handlers.access import admin_only
from storage.records import Target

log = logging.getLogger(__name__)

USAGE = {
    "template": "Usage: /template [#target] <template>   (or: /template [#target] reset)\n"
    "/template [#target] shows the current one. Placeholders:\n"
    + "\n".join(f"{{{name}}} — {meaning}" for name, meaning in PLACEHOLDERS.items())
    + "\nA line whose placeholders are all empty is left out. Telegram HTML tags: "
    "<b>, <i>, <u>, <s>, <a href>, <code>, <pre>, <blockquote>, <tg-spoiler>.",
    "footer": "Usage: /footer [#target] <text>   e.g. /footer 📢 Join @channel for more\n"
    "/footer [#target] off removes it; /footer [#target] shows it.",
    "preview": "Usage: /preview <feed or article URL> [#target]",
}
_TARGET = re.compile(r"#?(\d+)(?=\s|$)\s*")


def command_text(message: Message) -> str:
    """What follows the command word, newlines kept (templates span lines)."""
    text = message.text or ""
    return re.sub(r"^\S+[ \t]*\n?", "", text, count=1)


async def _target_and_rest(service: ServiceContext, text: str) -> tuple[Target | None, str, str]:
    """The `#id` target named first (default: the channel's), the rest, and an error."""
    match = _TARGET.match(text)
    if match:
        target = await service.storage.targets.get(int(match.group(1)))
        if target is None:
            return None, "", f"There is no target #{match.group(1)}. See /targets."
        return target, text[match.end() :], ""
    default = await service.storage.targets.ensure(
        service.checker.channel_id, None, now=service.checker.clock()
    )
    return default, text, ""


async def _set_voice(
    message: Message, service: ServiceContext, target: Target, field: str, value: str | None
) -> None:
    template = value if field == "template" else target.template
    footer = value if field == "footer" else target.footer
    try:
        validate_voice(template, footer)
    except TemplateError as exc:
        await message.reply_text(f"Not changed: {exc}")
        return
    targets = service.storage.targets
    await (targets.set_template if field == "template" else targets.set_footer)(target.id, value)
    count = await rerender_pending(service.storage, target.id, now=service.checker.clock())
    what = "Template" if field == "template" else "Footer"
    state = "reset to the default" if value is None else "set"
    await message.reply_text(
        f"{what} {state} for target {target.label}; it applies from the next post"
        f" ({count} waiting post{'s' if count != 1 else ''} re-rendered)."
    )


@admin_only
async def template_command(
    update: Update, context: ContextTypes.DEFAULT_TYPE, service: ServiceContext
) -> None:
    """Show, set or reset a target's post template."""
    message = update.effective_message
    assert message is not None
    target, rest, error = await _target_and_rest(service, command_text(message))
    if target is None:
        await message.reply_text(error)
        return
    rest = rest.strip("\n ")
    if not rest:
        current = target.template or DEFAULT_TEMPLATE
        kind = "custom" if target.template else "default"
        await message.reply_text(
            f"Template of target {target.label} ({kind}):\n{current}\n\n{USAGE['template']}"
        )
        return
    await _set_voice(message, service, target, "template", None if rest == "reset" else rest)


@admin_only
async def footer_command(
    update: Update, context: ContextTypes.DEFAULT_TYPE, service: ServiceContext
) -> None:
    """Show, set or remove a target's footer."""
    message = update.effective_message
    assert message is not None
    target, rest, error = await _target_and_rest(service, command_text(message))
    if target is None:
        await message.reply_text(error)
        return
    rest = rest.strip("\n ")
    if not rest:
        footer = target.footer or "(none)"
        await message.reply_text(f"Footer of target {target.label}:\n{footer}\n\n{USAGE['footer']}")
        return
    await _set_voice(message, service, target, "footer", None if rest == "off" else rest)


@admin_only
async def preview_command(
    update: Update, context: ContextTypes.DEFAULT_TYPE, service: ServiceContext
) -> None:
    """Render a feed's newest entry, or an article, exactly as it would be posted, here."""
    message = update.effective_message
    chat = update.effective_chat
    assert message is not None and chat is not None
    args = context.args or []
    if not 1 <= len(args) <= 2:
        await message.reply_text(USAGE["preview"])
        return
    target, rest, error = await _target_and_rest(service, args[1] if len(args) == 2 else "")
    if target is None or rest.strip():
        await message.reply_text(error or USAGE["preview"])
        return
    _, target_rules = await service.storage.filters.for_feed(0, [target.id])
    rules = tuple(FilterRule(f.kind, f.pattern, f.scope, f.id) for f in target_rules[target.id])
    try:
        url = check_url(args[0], allow_private=service.settings.allow_private_addresses)
        preview = await preview_url(
            executor_off_loop(service.checker.executor),
            service.checker.session,
            service.settings,
            url,
            voice=voice_of(target),
            rules=rules,
        )
    except (FetchError, PreviewError) as exc:
        await message.reply_text(f"Could not preview {args[0]}: {exc}")
        return
    note = f"Preview for target {target.label}: {describe(preview.delivery)}."
    if preview.filtered_by:
        note += f"\nIt would not be posted there: filtered by {preview.filtered_by}."
    await message.reply_text(note)
    # The service's own publisher, so the preview is paced like every other message.
    try:
        await service.sender.publisher.send(OutgoingPost(str(chat.id), None, preview.delivery))
    except SendError as exc:
        await message.reply_text(f"Telegram refused the post: {exc}")
