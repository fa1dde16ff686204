"""Whether the bot may post to a chat (and topic): getChat, getChatMember, a chat action."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from telegram import Bot, ChatFullInfo, ChatMember, ChatMemberRestricted
from telegram.constants import ChatAction, ChatMemberStatus, ChatType
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, TelegramError

from bot.config import ENV_PREFIX

Level = Literal["ok", "warning", "problem"]


@dataclass(frozen=True)
class Finding:
    """One line of a check's report: fine, worth a look, or something that stops newsbot."""

    level: Level
    text: str


@dataclass(frozen=True)
class Destination:
    """A chat posts go to, and the forum topic in it; `default` for NEWSBOT_CHANNEL_ID."""

    chat_id: str
    thread_id: int | None = None
    default: bool = False

    @property
    def address(self) -> str:
        """`chat` or `chat:topic`, as editors type it."""
        return self.chat_id if self.thread_id is None else f"{self.chat_id}:{self.thread_id}"


def _telegram_chat_id(chat_id: str) -> int | str:
    return chat_id if chat_id.startswith("@") else int(chat_id)


def _label(dest: Destination, chat: ChatFullInfo) -> str:
    if dest.chat_id.startswith("@"):
        return dest.chat_id
    if chat.username:
        return f"@{chat.username}"
    return f'{dest.chat_id} ("{chat.title}")' if chat.title else dest.chat_id


def _fix_address(dest: Destination) -> str:
    if dest.default:
        return f"check {ENV_PREFIX}CHANNEL_ID (a channel's @username or its -100… id)"
    return f"check the target {dest.address} (/targets lists them)"


def unreachable(exc: TelegramError, base_url: str) -> Finding:
    """Telegram could not be asked at all (network, a wrong NEWSBOT_API_BASE_URL)."""
    return Finding(
        "problem",
        f"Cannot reach the Bot API at {base_url}: {exc.message}: check the network and "
        f"{ENV_PREFIX}API_BASE_URL",
    )


async def check_token(bot: Bot, base_url: str) -> Finding:
    """getMe: the token works, and the bot's username."""
    # initialize() asks getMe once (a running service's bot has asked it already); the
    # InvalidToken it raises names the token, so only its type is used.
    try:
        await bot.initialize()
    except InvalidToken:
        return Finding(
            "problem",
            f"Telegram refuses the bot token: copy it again from @BotFather into "
            f"{ENV_PREFIX}BOT_TOKEN",
        )
    except NetworkError as exc:
        return unreachable(exc, base_url)
    return Finding("ok", f"the token works: the bot is @{bot.username} (id {bot.id})")


async def check_destination(bot: Bot, bot_id: int, dest: Destination) -> list[Finding]:
    """Whether the bot may post to `dest`: the chat exists, the bot's rights, the topic."""
    chat_id = _telegram_chat_id(dest.chat_id)
    try:
        chat = await bot.get_chat(chat_id)
        member = await bot.get_chat_member(chat_id, bot_id)
    except Forbidden as exc:
        return [
            Finding(
                "problem",
                f"The bot was removed from {dest.chat_id} (Telegram: {exc.message}): add it "
                "back (for a channel: the channel's settings → Administrators)",
            )
        ]
    except BadRequest as exc:
        return [
            Finding(
                "problem",
                f"Chat {dest.chat_id} does not exist or the bot is not in it (Telegram: "
                f"{exc.message}): {_fix_address(dest)}, and add the bot to the chat",
            )
        ]
    label = _label(dest, chat)
    found = [_membership(chat, member, label)]
    if dest.thread_id is not None and found[0].level == "ok":
        found.append(await _check_topic(bot, chat, dest, label))
    return found


def _membership(chat: ChatFullInfo, member: ChatMember, label: str) -> Finding:
    status = member.status
    if chat.type == ChatType.PRIVATE:
        return Finding("ok", f"{label} is a private chat; the bot may write to it")
    if status == ChatMemberStatus.BANNED:
        return Finding("problem", f"The bot is banned from {label}: unban it and add it again")
    if status == ChatMemberStatus.LEFT:
        where = "the channel's settings → Administrators" if chat.type == ChatType.CHANNEL else ""
        fix = f"add it in {where}" if where else "add it to the group"
        return Finding("problem", f"The bot is not a member of {label}: {fix}")
    if chat.type == ChatType.CHANNEL:
        return _channel_rights(member, label)
    if status == ChatMemberStatus.RESTRICTED and isinstance(member, ChatMemberRestricted):
        if not member.can_send_messages:
            return Finding(
                "problem",
                f"The bot is restricted in {label} and may not send messages: lift the "
                "restriction in the group's settings → Permissions → Exceptions",
            )
    elif status == ChatMemberStatus.MEMBER:
        permissions = chat.permissions
        if permissions is not None and permissions.can_send_messages is False:
            return Finding(
                "problem",
                f"Members may not send messages in {label}: make the bot an administrator "
                "of the group",
            )
    return Finding("ok", f"the bot may post to {label} ({chat.type})")


def _channel_rights(member: ChatMember, label: str) -> Finding:
    if member.status == ChatMemberStatus.OWNER:
        return Finding("ok", f"the bot may post to {label} (channel, as its owner)")
    if member.status != ChatMemberStatus.ADMINISTRATOR:
        return Finding(
            "problem",
            f"The bot is not an administrator of {label}: add it in the channel's settings → "
            "Administrators",
        )
    if not getattr(member, "can_post_messages", False):
        return Finding(
            "problem",
            f'The bot is an administrator of {label} but may not post: turn on "Post '
            'messages" in its administrator rights',
        )
    return Finding("ok", f"the bot may post to {label} (channel administrator)")


async def _check_topic(bot: Bot, chat: ChatFullInfo, dest: Destination, label: str) -> Finding:
    topic = dest.thread_id
    if not chat.is_forum:
        return Finding(
            "problem",
            f"{label} has no topics (it is not a forum), so topic {topic} cannot be posted "
            f"to: {_fix_address(dest)}",
        )
    # The Bot API has no "get topic"; a chat action in the topic fails when it does not exist
    # and shows nothing to the group's members but a moment of "typing".
    try:
        await bot.send_chat_action(chat.id, ChatAction.TYPING, message_thread_id=topic)
    except BadRequest as exc:
        return Finding(
            "problem",
            f"Topic {topic} does not exist in {label} (Telegram: {exc.message}): "
            f"{_fix_address(dest)}",
        )
    return Finding("ok", f"topic {topic} exists in {label}")
