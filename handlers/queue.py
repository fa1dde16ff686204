"""/queue, /retry, /skip: what waits to be posted, what failed, and settling it."""

from __future__ import annotations

from telegram import Update

from bot.admin.desk import AdminDesk
from handlers.context import NewsbotContext
from handlers.replies import ReplyWithUsage, ago, message_of, parse_id, reply_long
from storage.records import OutboxPost, PostState

# Posts shown per section of /queue; the CLI (`newsbot posts`) lists them all.
SECTION_SIZE = 10


def _line(post: OutboxPost, *, with_error: bool = True) -> str:
    line = f"#{post.id} {post.title or '(untitled)'}"
    if post.attempts:
        line += f" — {post.attempts} tries"
    if with_error and post.last_error:
        line += f" — {post.last_error}"
    return line


async def _section(desk: AdminDesk, state: PostState, heading: str, hint: str = "") -> str | None:
    total = await desk.count_posts(state)
    if not total:
        return None
    posts = await desk.posts(state, SECTION_SIZE)
    lines = [f"{heading} ({total}){hint}:"] + [_line(p) for p in posts]
    if total > len(posts):
        lines.append(f"… and {total - len(posts)} more (newsbot posts --state {state.value})")
    return "\n".join(lines)


async def queue_command(update: Update, context: NewsbotContext, desk: AdminDesk) -> None:
    """The next posts, then the failed and unconfirmed ones, and stopped channels."""
    message = message_of(update)
    oldest = await desk.oldest_pending_at()
    blocks = [
        await _section(desk, PostState.PENDING, "Next up", f", oldest queued {ago(oldest)}"),
        await _section(desk, PostState.FAILED, "Failed", " — /retry <id> or /skip <id>"),
        await _section(
            desk,
            PostState.UNCONFIRMED,
            "Unconfirmed, may be in the channel",
            " — check it, then /retry <id> or /skip <id>",
        ),
    ]
    for target in await desk.stopped_targets():
        blocks.append(f"Not sending to {target.channel_id}: {target.reason} — /resume")
    found = [b for b in blocks if b]
    if not found:
        await message.reply_text("The queue is empty: nothing pending, failed or unconfirmed.")
        return
    await reply_long(message, found)


async def _post_argument(
    update: Update, context: NewsbotContext, desk: AdminDesk
) -> OutboxPost | None:
    message = message_of(update)
    args = context.args or []
    post_id = parse_id(args[0]) if len(args) == 1 else None
    if post_id is None:
        raise ReplyWithUsage
    post = await desk.post(post_id)
    if post is None:
        await message.reply_text(f"There is no post #{post_id}. See /queue.")
    return post


async def retry_command(update: Update, context: NewsbotContext, desk: AdminDesk) -> None:
    """Queue a failed, unconfirmed or skipped post again."""
    message = message_of(update)
    post = await _post_argument(update, context, desk)
    if post is None:
        return
    if not await desk.retry_post(post.id):
        await message.reply_text(
            f"Post #{post.id} is {post.state.value}; only failed, unconfirmed or skipped "
            "posts can be retried."
        )
        return
    await message.reply_text(f"Post #{post.id} queued again: {post.title or '(untitled)'}")


async def skip_command(update: Update, context: NewsbotContext, desk: AdminDesk) -> None:
    """Leave a pending, failed or unconfirmed post unsent for good."""
    message = message_of(update)
    post = await _post_argument(update, context, desk)
    if post is None:
        return
    if not await desk.skip_post(post.id):
        await message.reply_text(f"Post #{post.id} is {post.state.value}; nothing to skip.")
        return
    await message.reply_text(
        f"Skipped post #{post.id}: {post.title or '(untitled)'}. newsbot will not send it."
    )
