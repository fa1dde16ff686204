"""The fake Bot API's chats: kinds (channel, group, forum), the bot's membership and rights,
chats that do not exist, and forum topics; what `newsbot check` asks about."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

JsonDict = dict[str, Any]

# Rights every ChatMemberAdministrator carries (PTB requires them all in the answer).
_ADMIN_RIGHTS = (
    "can_be_edited",
    "is_anonymous",
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
)
# Rights every ChatMemberRestricted carries.
_RESTRICTED_RIGHTS = (
    "is_member",
    "can_change_info",
    "can_invite_users",
    "can_pin_messages",
    "can_send_messages",
    "can_send_polls",
    "can_send_other_messages",
    "can_add_web_page_previews",
    "can_manage_topics",
    "can_send_audios",
    "can_send_documents",
    "can_send_photos",
    "can_send_videos",
    "can_send_video_notes",
    "can_send_voice_notes",
    "can_edit_tag",
    "can_react_to_messages",
)


@dataclass
class ChatSetup:
    """How a test set a chat up: its kind, forum topics, and the bot's place in it."""

    kind: str = "channel"  # "channel" | "supergroup" | "group"
    title: str | None = None
    is_forum: bool = False
    topics: set[int] = field(default_factory=set)
    # The bot's membership: "administrator" | "creator" | "member" | "restricted" | "left" |
    # "kicked", and the rights that go with it.
    status: str = "administrator"
    rights: dict[str, bool] = field(default_factory=dict)


class ChatRights:
    """Mixed into FakeBotApi: chats set up by a test, getChatMember, topics in sendChatAction."""

    if TYPE_CHECKING:

        def chat_key(self, chat_id: int | str) -> int: ...
        def _chat(self, params: JsonDict) -> int: ...
        def _bot_user(self) -> JsonDict: ...

    _setups: dict[int, ChatSetup]
    _missing: set[int]

    def set_chat(
        self,
        chat_id: int | str,
        *,
        kind: str = "channel",
        title: str | None = None,
        is_forum: bool = False,
        topics: tuple[int, ...] = (),
        status: str = "administrator",
        **rights: bool,
    ) -> None:
        """Set up a chat: its kind, forum topics, and the bot's membership and rights there."""
        # Defaults: an administrator may post (channel) and send (group); a test names the
        # rights it takes away, e.g. can_post_messages=False.
        key = self.chat_key(chat_id)
        self._missing.discard(key)
        self._setups[key] = ChatSetup(kind, title, is_forum, set(topics), status, dict(rights))

    def remove_chat(self, chat_id: int | str) -> None:
        """Make the chat unknown: every request naming it gets 400 "chat not found"."""
        self._missing.add(self.chat_key(chat_id))

    def chat_missing(self, chat: int) -> bool:
        """Whether a test removed this chat."""
        return chat in self._missing

    def setup_json(self, chat: int) -> JsonDict | None:
        """The Chat object of a chat a test set up, None for the others."""
        setup = self._setups.get(chat)
        if setup is None:
            return None
        result: JsonDict = {"id": chat, "type": setup.kind, "title": setup.title or f"Chat {chat}"}
        return result | ({"is_forum": True} if setup.is_forum else {})

    def _setup_of(self, chat: int) -> ChatSetup:
        # Chats nobody set up: channels (negative ids) where the bot is an admin that may post.
        return self._setups.get(chat) or ChatSetup()

    async def _m_getChatMember(self, params: JsonDict) -> JsonDict:
        chat = self._chat(params)
        user = self._bot_user()
        if params.get("user_id") != user["id"]:
            return {"user": {"id": params.get("user_id"), "is_bot": False, "first_name": "U"}} | {
                "status": "left"
            }
        setup = self._setup_of(chat)
        answer: JsonDict = {"user": user, "status": setup.status}
        if setup.status == "administrator":
            answer |= dict.fromkeys(_ADMIN_RIGHTS, False) | {"can_manage_chat": True}
            if setup.kind == "channel":
                answer |= {"can_post_messages": True, "can_edit_messages": True}
            answer |= setup.rights
        elif setup.status == "restricted":
            answer |= dict.fromkeys(_RESTRICTED_RIGHTS, True) | {"until_date": 0}
            answer |= setup.rights
        elif setup.status == "creator":
            answer |= {"is_anonymous": False}
        elif setup.status == "kicked":
            answer |= {"until_date": 0}
        return answer

    def check_topic(self, chat: int, thread_id: object) -> None:
        """Raise ValueError when the message thread does not exist in a set-up forum."""
        if thread_id in (None, ""):
            return
        setup = self._setups.get(chat)
        if setup is None:
            return  # chats nobody set up accept any topic, as before
        if not setup.is_forum or int(str(thread_id)) not in setup.topics:
            raise ValueError("message thread not found")
