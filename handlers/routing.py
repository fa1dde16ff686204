"""/targets, /route, /filter, /fulltext: where each feed's stories go, and which ones."""

from __future__ import annotations

from telegram import Message, Update
from telegram.error import TelegramError

from bot.admin.desk import AdminDesk
from bot.admin.voice_changes import parse_address
from bot.compose.filters import FilterError, FilterRule, compile_pattern, pattern_note, rule_problem
from bot.delivery.publishers import chat_id_for_telegram
from handlers.context import NewsbotContext
from handlers.replies import ReplyWithUsage, message_of, parse_id, reply_long
from handlers.voice import command_text
from storage.records import (
    ARTICLE_MODES,
    FILTER_KINDS,
    PREVIEW_MODES,
    ArticleMode,
    FilterKind,
    PreviewMode,
    StoredFilter,
    Target,
)
from storage.targets import TargetExists


def _describe(target: Target, default: Target) -> str:
    lines = [target.label + (" — default" if target.id == default.id else "")]
    lines.append(
        f"template: {'custom' if target.template else 'default'}, "
        f"footer: {'set' if target.footer else 'none'}, preview: {target.link_preview}, "
        f"button: {'on' if target.button else 'off'}"
    )
    return "\n".join(lines)


async def _targets_add(
    message: Message, context: NewsbotContext, desk: AdminDesk, args: list[str]
) -> None:
    address = parse_address(args[0]) if args else None
    if address is None:
        raise ReplyWithUsage
    chat_id, thread_id = address
    try:
        # The bot must see the chat to post there: checked now, not at the first post.
        await context.bot.get_chat(chat_id_for_telegram(chat_id))
    except TelegramError as exc:
        await message.reply_text(f"Could not reach {chat_id}: {exc.message}")
        return
    try:
        target = await desk.add_target(chat_id, thread_id, " ".join(args[1:]) or None)
    except TargetExists as exc:
        await message.reply_text(f"Already a target: {exc.target.label}")
        return
    await message.reply_text(f"Added target {target.label}. Route feeds to it with /route.")


async def _targets_set(message: Message, desk: AdminDesk, args: list[str]) -> None:
    target_id = parse_id(args[0]) if len(args) >= 3 else None
    target = await desk.target(target_id) if target_id else None
    if target is None:
        raise ReplyWithUsage
    option, value = args[1].lower(), " ".join(args[2:])
    if option == "preview" and value in PREVIEW_MODES:
        await desk.set_target_preview(target.id, PreviewMode(value))
    elif option == "button" and value in ("on", "off"):
        await desk.set_target_button(target.id, value == "on")
    elif option == "name":
        await desk.set_target_name(target.id, value)
    else:
        raise ReplyWithUsage
    await message.reply_text(f"Target #{target.id}: {option} is now {value}.")


async def targets_command(update: Update, context: NewsbotContext, desk: AdminDesk) -> None:
    """List, add, remove and configure targets (chats and forum topics)."""
    message = message_of(update)
    args = context.args or []
    action = args[0].lower() if args else "list"
    default = await desk.default_target()
    if action == "list" and len(args) <= 1:
        targets = await desk.targets()
        await reply_long(message, [_describe(t, default) for t in targets])
    elif action == "add":
        await _targets_add(message, context, desk, args[1:])
    elif action == "set":
        await _targets_set(message, desk, args[1:])
    elif action == "remove" and len(args) == 2 and (target_id := parse_id(args[1])):
        if target_id == default.id:
            await message.reply_text("The default target (NEWSBOT_CHANNEL_ID) stays.")
        elif await desk.remove_target(target_id):
            await message.reply_text(f"Removed target #{target_id}; its waiting posts failed.")
        else:
            await message.reply_text(f"There is no target #{target_id}. See /targets.")
    else:
        raise ReplyWithUsage


async def route_command(update: Update, context: NewsbotContext, desk: AdminDesk) -> None:
    """Route a feed to one or more targets, or show the routes."""
    message = message_of(update)
    args = context.args or []
    default = await desk.default_target()
    if not args:
        routes = await desk.routes()
        lines = [
            f"#{feed.id} {feed.display_name} → "
            + ", ".join(f"#{t}" for t in routes.get(feed.id, [default.id]))
            for feed in await desk.feeds()
        ]
        await reply_long(message, lines or ["No feeds yet."])
        return
    feed_id = parse_id(args[0])
    if feed_id is None:
        raise ReplyWithUsage
    feed = await desk.feed(feed_id)
    if feed is None:
        await message.reply_text(f"There is no feed #{feed_id}. See /list.")
        return
    if len(args) == 1:
        routed = (await desk.routes()).get(feed.id, [default.id])
        raise ReplyWithUsage(f"Feed #{feed.id} goes to {', '.join(f'#{t}' for t in routed)}.\n")
    if args[1:] == ["default"]:
        await desk.set_routes(feed.id, [])
        await message.reply_text(f"Feed #{feed.id} goes to the default target {default.label}.")
        return
    parsed = [parse_id(a) for a in args[1:]]
    if any(t is None for t in parsed):
        raise ReplyWithUsage
    # A target named twice is routed to once (and listed once).
    target_ids = list(dict.fromkeys(t for t in parsed if t is not None))
    targets = [await desk.target(t) for t in target_ids]
    missing = [f"#{t}" for t, found in zip(target_ids, targets, strict=True) if found is None]
    if missing:
        await message.reply_text(f"There is no target {', '.join(missing)}. See /targets.")
        return
    await desk.set_routes(feed.id, [t.id for t in targets if t])
    await message.reply_text(
        f"Feed #{feed.id} now goes to " + ", ".join(t.label for t in targets if t) + "."
    )


async def filter_command(update: Update, context: NewsbotContext, desk: AdminDesk) -> None:
    """Add, remove and list include/exclude filters of feeds and targets."""
    message = message_of(update)
    args = (context.args or [])[:4]
    action = args[0].lower() if args else ""
    if action == "list" and len(args) == 1:
        stored = [(f, _problem(f)) for f in await desk.filters()]
        rules = [_listed(f, problem) for f, problem in stored]
        recent = [f"“{title}” — {rule}" for title, rule in await desk.recently_filtered(10)]
        disabled = sum(problem is not None for _, problem in stored)
        heading = f"Filters ({disabled} disabled, skipped):" if disabled else "Filters:"
        blocks = [heading + "\n" + ("\n".join(rules) or "none")]
        if recent:
            blocks.append("Recently filtered:\n" + "\n".join(recent))
        await reply_long(message, blocks)
    elif action == "remove" and len(args) == 2 and (filter_id := parse_id(args[1])):
        removed = await desk.remove_filter(filter_id)
        await message.reply_text(
            f"Removed filter {filter_id}." if removed else f"There is no filter {filter_id}."
        )
    elif action == "add" and len(args) == 4:
        await _filter_add(message, desk, args)
    else:
        raise ReplyWithUsage


async def _filter_add(message: Message, desk: AdminDesk, args: list[str]) -> None:
    scope, owner, kind = args[1].lower(), parse_id(args[2]), args[3].lower()
    # The pattern is the rest of the message, spaces and all.
    pattern = command_text(message).split(None, 4)[4:]
    if scope not in ("feed", "target") or owner is None or kind not in FILTER_KINDS or not pattern:
        raise ReplyWithUsage
    exists = await desk.feed(owner) if scope == "feed" else await desk.target(owner)
    if exists is None:
        await message.reply_text(f"There is no {scope} #{owner}.")
        return
    try:
        compile_pattern(pattern[0].strip())
    except FilterError as exc:
        await message.reply_text(f"Not added: {exc}")
        return
    stored = await desk.add_filter(
        FilterKind(kind),
        pattern[0].strip(),
        feed_id=owner if scope == "feed" else None,
        target_id=owner if scope == "target" else None,
    )
    note = pattern_note(stored.pattern)
    await message.reply_text(
        f"Added filter {stored.id}: {stored.scope} {kind} {stored.pattern}"
        + (f"\n{note}" if note else "")
    )


def _problem(stored: StoredFilter) -> str | None:
    # Stored before patterns ran on RE2, a rule may no longer compile: it is skipped.
    return rule_problem(FilterRule(stored.kind, stored.pattern, stored.scope, stored.id))


def _listed(stored: StoredFilter, problem: str | None) -> str:
    line = f"{stored.id}: {stored.scope} {stored.kind} {stored.pattern}"
    return line if problem is None else f"{line} (disabled: {problem})"


async def fulltext_command(update: Update, context: NewsbotContext, desk: AdminDesk) -> None:
    """When to fetch a feed's article pages: auto (teasers), always, never."""
    message = message_of(update)
    args = context.args or []
    feed_id = parse_id(args[0]) if args else None
    if feed_id is None or len(args) > 2 or (len(args) == 2 and args[1] not in ARTICLE_MODES):
        raise ReplyWithUsage
    if await desk.feed(feed_id) is None:
        await message.reply_text(f"There is no feed #{feed_id}. See /list.")
        return
    if len(args) == 1:
        mode = await desk.article_mode(feed_id)
        raise ReplyWithUsage(f"Feed #{feed_id} article pages: {mode}.\n")
    await desk.set_article_mode(feed_id, ArticleMode(args[1]))
    await message.reply_text(f"Feed #{feed_id} article pages: {args[1]}.")
