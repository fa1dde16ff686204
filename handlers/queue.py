"""/queue, /retry, /skip: what waits to be posted, what failed, and settling it."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.context import ServiceContext
from handlers.access import admin_only
from handlers.replies import ago, parse_feed_id, reply_long
from storage.records import OutboxPost, PostState

# Posts shown per section of /queue; the CLI (`newsbot posts`) lists them all.
SECTION_SIZE = 10

USAGE = {
    "retry": "Usage: /retry <post id>   e.g. /retry 12 (see /queue for ids)",
    "skip": "Usage: /skip <post id>   e.g. /skip 12 (see /queue for ids)",
}


def _line(post: OutboxPost, *, with_error: bool = True) -> str:
    line = f"#{post.id} {post.title or '(untitled)'}"
    if post.attempts:
        line += f" — {post.attempts} tries"
    if with_error and post.last_error:
        line += f" — {post.last_error}"
    return line


async def _section(
    service: ServiceContext, state: PostState, heading: str, hint: str = ""
) -> str | None:
    outbox = service.storage.outbox
    total = await outbox.count(state)
    if not total:
        return None
    posts = await outbox.list_posts(state, limit=SECTION_SIZE)
    lines = [f"{heading} ({total}){hint}:"] + [_line(p) for p in posts]
    if total > len(posts):
        lines.append(f"… and {total - len(posts)} more (newsbot posts --state {state.value})")
    return "\n".join(lines)


@admin_only
async def queue_command(
    update: Update, context: ContextTypes.DEFAULT_TYPE, service: ServiceContext
) -> None:
    """The next posts, then the failed and unconfirmed ones, and stopped channels."""
    message = update.effective_message
    assert message is not None
    oldest = await service.storage.outbox.oldest_pending_at()
    blocks = [
        await _section(service, PostState.PENDING, "Next up", f", oldest queued {ago(oldest)}"),
        await _section(service, PostState.FAILED, "Failed", " — /retry <id> or /skip <id>"),
        await _section(
            service,
            PostState.UNCONFIRMED,
            "Unconfirmed, may be in the channel",
            " — check it, then /retry <id> or /skip <id>",
        ),
    ]
    for target in await service.storage.outbox.stopped_targets():
        blocks.append(f"Not sending to {target.channel_id}: {target.reason} — /resume")
    found = [b for b in blocks if b]
    if not found:
        await message.reply_text("The queue is empty: nothing pending, failed or unconfirmed.")
        return
    await reply_long(message, found)


async def _post_argument(
    update: Update, context: ContextTypes.DEFAULT_TYPE, service: ServiceContext, verb: str
) -> OutboxPost | None:
    message = update.effective_message
    assert message is not None
    args = context.args or []
    post_id = parse_feed_id(args[0]) if len(args) == 1 else None
    if post_id is None:
        await message.reply_text(USAGE[verb])
        return None
    post = await service.storage.outbox.get(post_id)
    if post is None:
        await message.reply_text(f"There is no post #{post_id}. See /queue.")
    return post


@admin_only
async def retry_command(
    update: Update, context: ContextTypes.DEFAULT_TYPE, service: ServiceContext
) -> None:
    """Queue a failed, unconfirmed or skipped post again."""
    message = update.effective_message
    assert message is not None
    post = await _post_argument(update, context, service, "retry")
    if post is None:
        return
    if not await service.storage.outbox.retry(post.id, now=service.checker.clock()):
        await message.reply_text(
            f"Post #{post.id} is {post.state.value}; only failed, unconfirmed or skipped "
            "posts can be retried."
        )
        return
    service.sender.wake.set()
    await message.reply_text(f"Post #{post.id} queued again: {post.title or '(untitled)'}")


@admin_only
async def skip_command(
    update: Update, context: ContextTypes.DEFAULT_TYPE, service: ServiceContext
) -> None:
    """Leave a pending, failed or unconfirmed post unsent for good."""
    message = update.effective_message
    assert message is not None
    post = await _post_argument(update, context, service, "skip")
    if post is None:
        return
    if not await service.storage.outbox.skip(post.id, now=service.checker.clock()):
        await message.reply_text(f"Post #{post.id} is {post.state.value}; nothing to skip.")
        return
    await message.reply_text(
        f"Skipped post #{post.id}: {post.title or '(untitled)'}. newsbot will not send it."
    )
