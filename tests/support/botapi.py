"""A fake Telegram Bot API server on 127.0.0.1 for tests; PTB talks to it via ``base_url``.

Chats addressed as ``'@name'`` get a stable negative channel id; ``messages()`` accepts either
form, and ``SentMessage.chat_id`` is always the numeric id, as Telegram reports it.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import math
import re
import time
import zlib
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from aiohttp import web

from tests.support.telegram_html import FormattedText, TelegramTextError, check_text, utf16_len

JsonDict = dict[str, Any]

# PTB sends nested values JSON-encoded inside form fields; these are decoded back.
_JSON_PARAMS = frozenset(
    {"reply_markup", "link_preview_options", "entities", "caption_entities", "allowed_updates"}
    | {"commands", "scope", "reply_parameters"}
)
_INT_PARAMS = frozenset({"chat_id", "message_id", "offset", "limit", "timeout", "user_id"})
_SEND_METHODS = frozenset({"sendmessage", "sendphoto"})  # what enforce_chat_rate counts
_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are"
    " exactly the same as a current content and reply markup of the message"
)
_COMMAND = re.compile(r"/[A-Za-z0-9_]{1,64}(@[A-Za-z0-9_]{3,32})?")
_BOT_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")
_BUTTON_URL = re.compile(r"(https?|tg)://\S+")
_NUMERIC = re.compile(r"-?\d+")


@dataclass
class SentMessage:
    """A message the bot put in a chat, updated in place by edits and deletes."""

    message_id: int
    chat_id: int | str  # always the numeric id, also for chats addressed as '@name'
    text: str | None = None  # visible text, tags stripped and entities decoded
    html: str | None = None  # text or caption exactly as sent
    parse_mode: str | None = None
    kind: str = "text"  # "text" | "photo" | "document"
    photo: str | None = None  # URL or file_id as sent; "upload:<filename>" for uploads
    document: str | None = None  # file name of a sent document
    document_bytes: bytes | None = None  # its content
    caption: str | None = None  # visible caption
    reply_markup: JsonDict | None = None
    link_preview_options: JsonDict | None = None
    edited: bool = False
    deleted: bool = False
    date: int = 0
    entities: list[JsonDict] = field(default_factory=list)  # of the text or the caption


@dataclass
class _Fault:
    method: str
    error_code: int
    description: str
    retry_after: int | None
    times: int
    chat_id: int | None


class _ApiError(Exception):
    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(code, description)
        self.code, self.description, self.retry_after = code, description, retry_after


def _bad(description: str) -> _ApiError:
    return _ApiError(400, f"Bad Request: {description}")


def _normalise(key: str, value: Any) -> Any:
    if isinstance(value, str) and key in _JSON_PARAMS:
        try:
            return json.loads(value)
        except ValueError:
            return value  # left for the method to reject
    if isinstance(value, str) and key in _INT_PARAMS and _NUMERIC.fullmatch(value):
        return int(value)
    return value


async def _wait(event: asyncio.Event, seconds: float) -> None:
    """Wait for ``event`` at most ``seconds``; timing out is not an error."""
    try:
        await asyncio.wait_for(event.wait(), max(seconds, 0))
    except TimeoutError:
        pass


class FakeBotApi:
    """In-process Bot API: records what the bot sends, serves updates, injects faults."""

    def __init__(
        self, token: str = "123456:TEST-TOKEN", bot_username: str = "newsbot_test_bot"
    ) -> None:
        self.token, self.bot_username = token, bot_username
        self.base_url = self.base_file_url = ""
        self.calls: list[tuple[str, JsonDict]] = []
        self.rejected: list[tuple[str, JsonDict, int, str]] = []
        self.commands: list[JsonDict] = []
        self._runner: web.AppRunner | None = None
        self._closing = asyncio.Event()
        self._updates: list[JsonDict] = []
        self._last_update_id = 1000
        self._updates_changed = asyncio.Event()
        self._messages_changed = asyncio.Event()
        self._messages: dict[int, list[SentMessage]] = defaultdict(list)
        self._last_message_id: dict[int, int] = defaultdict(int)
        self._channel_names: dict[int, str] = {}
        self._users: dict[int, JsonDict] = {}
        self._faults: list[_Fault] = []
        self._garbage: dict[str, int] = {}
        self._latency: dict[str, float] = {}
        self._rate: tuple[int, float] | None = None
        self._sent_at: dict[int, deque[float]] = defaultdict(deque)
        # Files users sent to the bot, by file_id: (file_path, content).
        self._files: dict[str, tuple[str, bytes]] = {}
        # Bot API method names are case-insensitive; "_m_sendMessage" serves "sendmessage".
        self._methods: dict[str, Callable[[JsonDict], Awaitable[Any]]] = {
            name[3:].lower(): getattr(self, name) for name in dir(self) if name.startswith("_m_")
        }
        self._methods |= {"sendmessage": partial(self._send, kind="text")}
        self._methods |= {"sendphoto": partial(self._send, kind="photo")}
        self._methods |= {"editmessagetext": partial(self._edit, kind="text")}
        self._methods |= {"editmessagecaption": partial(self._edit, kind="photo")}
        self._methods |= dict.fromkeys(("close", "logout"), self._ok)

    async def start(self) -> None:
        """Serve on 127.0.0.1 on a free port and fill in ``base_url``/``base_file_url``."""
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        # A short shutdown timeout: a long poll still in flight must not stall stop().
        self._runner = web.AppRunner(app, shutdown_timeout=1.0, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        port = self._runner.addresses[0][1]
        self.base_url = f"http://127.0.0.1:{port}/bot"
        self.base_file_url = f"http://127.0.0.1:{port}/file/bot"

    async def stop(self) -> None:
        """Release pending long polls and slow answers, then shut the server down."""
        self._closing.set()
        self._updates_changed.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def chat_key(self, chat_id: int | str) -> int:
        """Numeric id of a chat; ``'@name'`` maps to a stable negative channel id."""
        if isinstance(chat_id, int):
            return chat_id
        if _NUMERIC.fullmatch(chat_id.strip()):
            return int(chat_id)
        if not re.fullmatch(r"@[A-Za-z0-9_]{1,32}", chat_id):
            raise ValueError(f"not a chat id: {chat_id!r}")
        # crc32 rather than a counter so a given name has the same id in every test run.
        key = -1001000000000 - zlib.crc32(chat_id[1:].lower().encode()) % 10**9
        self._channel_names.setdefault(key, chat_id[1:])
        return key

    def messages(self, chat_id: int | str) -> list[SentMessage]:
        """Messages the bot successfully sent to a chat (numeric id or '@name'), in order."""
        return list(self._messages.get(self.chat_key(chat_id), []))

    def replies_to(self, user_id: int) -> list[SentMessage]:
        """Messages the bot sent to a user's private chat."""
        return self.messages(user_id)

    def calls_to(self, method: str) -> list[JsonDict]:
        """Params of every request to ``method`` (case-insensitive), in order."""
        return [params for name, params in self.calls if name.lower() == method.lower()]

    async def wait_for_messages(
        self,
        chat_id: int | str,
        count: int,
        timeout: float = 10.0,  # noqa: ASYNC109 - part of the agreed test API
    ) -> list[SentMessage]:
        """Wait until the chat holds at least ``count`` messages; AssertionError on timeout."""
        deadline = asyncio.get_running_loop().time() + timeout
        while len(found := self.messages(chat_id)) < count:
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                key = self.chat_key(chat_id)
                errors = [(r[0], r[2], r[3]) for r in self.rejected if self._chat_of(r[1]) == key]
                raise AssertionError(
                    f"chat {chat_id} has {len(found)} message(s), wanted {count} within "
                    f"{timeout}s; has: {[m.text or m.caption for m in found]!r}; "
                    f"rejected requests to it: {errors!r}"
                )
            self._messages_changed.clear()
            await _wait(self._messages_changed, remaining)
        return found

    def inject_fault(
        self,
        method: str,
        *,
        error_code: int,
        description: str,
        retry_after: int | None = None,
        times: int = 1,
        chat_id: int | str | None = None,
    ) -> None:
        """Answer the next ``times`` calls to ``method`` (optionally for one chat) with an error."""
        key = None if chat_id is None else self.chat_key(chat_id)
        fault = _Fault(method.lower(), error_code, description, retry_after, times, key)
        self._faults.append(fault)

    def answer_garbage(self, method: str, *, times: int = 1) -> None:
        """Answer the next ``times`` calls to ``method`` with ``ok`` and a result that is no
        object of the method (a broken proxy, say): the client cannot read it."""
        self._garbage[method.lower()] = times

    def set_latency(self, method: str, seconds: float) -> None:
        """Delay every answer to ``method`` by ``seconds``."""
        self._latency[method.lower()] = seconds

    def enforce_chat_rate(self, max_messages: int, per_seconds: float) -> None:
        """Answer 429 to sends once a chat got ``max_messages`` within ``per_seconds``."""
        self._rate = (max_messages, per_seconds)

    def send_user_message(
        self,
        user_id: int,
        text: str,
        *,
        first_name: str = "User",
        username: str | None = None,
        group_id: int | None = None,
    ) -> int:
        """Queue a message from a user to the bot, in their private chat or in the group
        `group_id` (a negative id); returns its update_id."""
        user: JsonDict = {"id": user_id, "is_bot": False, "first_name": first_name}
        self._users[user_id] = user | ({"username": username} if username else {})
        chat = (
            self._chat_json(user_id)
            if group_id is None
            else {"id": group_id, "type": "supergroup", "title": f"Group {group_id}"}
        )
        message: JsonDict = {
            "message_id": self._next_message_id(group_id or user_id),
            "date": int(time.time()),
            "chat": chat,
            "from": self._users[user_id],
            "text": text,
        }
        if command := _COMMAND.match(text):
            length = utf16_len(command.group())
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        self._last_update_id += 1
        self._updates.append({"update_id": self._last_update_id, "message": message})
        self._updates_changed.set()
        return self._last_update_id

    def send_user_document(
        self,
        user_id: int,
        file_name: str,
        data: bytes,
        *,
        caption: str | None = None,
        mime_type: str = "application/octet-stream",
    ) -> int:
        """Queue a document a user sends the bot (downloadable via getFile); returns update_id."""
        file_id = f"BQAC{hashlib.sha1(data, usedforsecurity=False).hexdigest()[:24]}"
        self._files[file_id] = (f"documents/file_{len(self._files)}_{file_name}", data)
        update_id = self.send_user_message(user_id, caption or "")
        message = self._updates[-1]["message"]
        del message["text"]
        message.pop("entities", None)
        if caption:
            message["caption"] = caption
        message["document"] = {
            "file_id": file_id,
            "file_unique_id": file_id[-12:],
            "file_name": file_name,
            "mime_type": mime_type,
            "file_size": len(data),
        }
        return update_id

    async def _handle(self, request: web.Request) -> web.Response:
        tail = request.match_info["tail"]
        if tail.startswith(f"file/bot{self.token}/"):
            path = tail.removeprefix(f"file/bot{self.token}/")
            found = [data for file_path, data in self._files.values() if file_path == path]
            self.calls.append(("file", {"path": path}))
            if not found:
                return web.Response(status=404, text="Not Found")
            return web.Response(body=found[0], content_type="application/octet-stream")
        try:
            params = await self._read_params(request)
        except ValueError:
            params = {}
        match = re.fullmatch(r"bot([^/]*)/([^/]+)", request.match_info["tail"])
        method = match.group(2) if match else request.match_info["tail"]
        self.calls.append((method, params))
        try:
            if match is None:
                raise _ApiError(404, "Not Found")
            if match.group(1) != self.token:
                raise _ApiError(401, "Unauthorized")
            handler = self._methods.get(method.lower())
            if handler is None:
                raise _ApiError(404, "Not Found: method not found")
            if delay := self._latency.get(method.lower()):
                await _wait(self._closing, delay)  # stop() cuts slow answers short
            self._apply_faults(method.lower(), params)
            if self._garbage.get(method.lower()):
                self._garbage[method.lower()] -= 1
                return web.json_response({"ok": True, "result": "garbage"})
            self._check_rate(method.lower(), params)
            result = await handler(params)
        except _ApiError as error:
            self.rejected.append((method, params, error.code, error.description))
            body = {"ok": False, "error_code": error.code, "description": error.description}
            if error.retry_after is not None:
                body["parameters"] = {"retry_after": error.retry_after}
            return web.json_response(body, status=error.code)
        return web.json_response({"ok": True, "result": result})

    async def _read_params(self, request: web.Request) -> JsonDict:
        raw: JsonDict = dict(request.query)
        if request.content_type == "application/json":
            body = await request.json()
            if not isinstance(body, dict):
                raise ValueError("JSON body must be an object")
            raw.update(body)
        elif request.can_read_body:
            for key, value in (await request.post()).items():
                if isinstance(value, web.FileField):
                    data = value.file.read()
                    raw[key] = {"upload": value.filename, "size": len(data), "data": data}
                else:
                    raw[key] = value
        return {key: _normalise(key, value) for key, value in raw.items()}

    def _chat_of(self, params: JsonDict) -> int | None:
        try:
            return self.chat_key(params["chat_id"])
        except (KeyError, ValueError, AttributeError):
            return None

    def _apply_faults(self, method: str, params: JsonDict) -> None:
        for fault in self._faults:
            if fault.method != method or fault.times <= 0:
                continue
            if fault.chat_id is not None and fault.chat_id != self._chat_of(params):
                continue
            fault.times -= 1
            raise _ApiError(fault.error_code, fault.description, fault.retry_after)

    def _check_rate(self, method: str, params: JsonDict) -> None:
        chat = self._chat_of(params)
        if self._rate is None or method not in _SEND_METHODS or chat is None:
            return
        limit, window = self._rate
        now, sent = time.monotonic(), self._sent_at[chat]
        while sent and sent[0] <= now - window:
            sent.popleft()
        if len(sent) >= limit:
            retry = max(1, math.ceil(sent[0] + window - now))
            raise _ApiError(429, f"Too Many Requests: retry after {retry}", retry)

    def _chat(self, params: JsonDict) -> int:
        if params.get("chat_id") in (None, ""):
            raise _bad("chat_id is empty")
        chat = self._chat_of(params)
        if chat is None:
            raise _bad("chat not found")
        return chat

    def _next_message_id(self, chat: int) -> int:
        # One sequence per chat, shared by user and bot messages, as in private chats.
        self._last_message_id[chat] += 1
        return self._last_message_id[chat]

    def _chat_json(self, chat: int) -> JsonDict:
        if chat < 0:
            name = self._channel_names.get(chat)
            result: JsonDict = {"id": chat, "type": "channel", "title": name or f"Channel {chat}"}
            return result | ({"username": name} if name else {})
        first_name = self._users.get(chat, {}).get("first_name", "User")
        return {"id": chat, "type": "private", "first_name": first_name}

    def _bot_user(self) -> JsonDict:
        head = self.token.split(":")[0]
        bot_id = int(head) if head.isdigit() else 1
        return {
            "id": bot_id,
            "is_bot": True,
            "first_name": "Newsbot",
            "username": self.bot_username,
        }

    def _format(self, raw: Any, params: JsonDict, *, caption: bool) -> FormattedText:
        try:
            return check_text(raw, params.get("parse_mode") or None, caption=caption)
        except TelegramTextError as error:
            raise _ApiError(400, error.description) from error

    def _markup(self, params: JsonDict) -> JsonDict | None:
        markup = params.get("reply_markup")
        if markup is not None and not isinstance(markup, dict):
            raise _bad("can't parse reply keyboard markup JSON object")
        for row in (markup or {}).get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode()) <= 64:
                    raise _bad("BUTTON_DATA_INVALID")
                if "url" in button and not _BUTTON_URL.fullmatch(str(button["url"])):
                    raise _bad("BUTTON_URL_INVALID")
                if set(button) <= {"text"}:
                    raise _bad("text buttons are unallowed in the inline keyboard")
        return markup

    def _message_json(self, msg: SentMessage) -> JsonDict:
        chat = self.chat_key(msg.chat_id)
        result: JsonDict = {"message_id": msg.message_id, "date": msg.date}
        result["chat"] = self._chat_json(chat)
        if chat < 0:
            result["sender_chat"] = result["chat"]  # channel posts have no "from"
        else:
            result["from"] = self._bot_user()
        if msg.kind == "text":
            result |= {"text": msg.text, "entities": msg.entities}
        elif msg.kind == "document":
            size = len(msg.document_bytes or b"")
            digest = hashlib.sha1(msg.document_bytes or b"", usedforsecurity=False).hexdigest()
            result["document"] = {"file_id": f"BQAC{digest[:24]}", "file_unique_id": digest[:12]}
            result["document"] |= {"file_name": msg.document, "file_size": size}
            if msg.caption:
                result |= {"caption": msg.caption, "caption_entities": msg.entities}
        else:
            digest = hashlib.sha1(str(msg.photo).encode(), usedforsecurity=False).hexdigest()
            result["photo"] = [
                {"file_id": f"AgAC{digest[:20]}{w}", "file_unique_id": f"AQAD{digest[:10]}{w}"}
                | {"width": w, "height": w * 9 // 16, "file_size": w * 60}
                for w in (320, 1280)
            ]
            if msg.caption:
                result |= {"caption": msg.caption, "caption_entities": msg.entities}
        if msg.reply_markup and "inline_keyboard" in msg.reply_markup:
            result["reply_markup"] = msg.reply_markup
        if msg.link_preview_options:
            result["link_preview_options"] = msg.link_preview_options
        if msg.edited:
            result["edit_date"] = int(time.time())
        return result

    def _find(self, params: JsonDict, missing: str) -> SentMessage:
        chat, message_id = self._chat(params), params.get("message_id")
        for msg in self._messages.get(chat, []):
            if msg.message_id == message_id and not msg.deleted:
                return msg
        raise _bad(missing)

    def _set_content(
        self, msg: SentMessage, params: JsonDict, raw: str, formatted: FormattedText
    ) -> None:
        msg.html, msg.parse_mode = raw or None, params.get("parse_mode")
        msg.reply_markup = self._markup(params)  # absent on edit: Telegram drops the keyboard
        msg.entities = formatted.entities
        if msg.kind == "text":
            msg.text, msg.link_preview_options = formatted.text, params.get("link_preview_options")
        else:
            msg.caption = formatted.text or None

    async def _send(self, params: JsonDict, kind: str) -> JsonDict:
        chat = self._chat(params)
        photo = params.get("photo")
        if kind == "photo":
            photo = f"upload:{photo['upload']}" if isinstance(photo, dict) else photo
            if not isinstance(photo, str) or not photo.strip():
                raise _bad("there is no photo in the request")
        raw = params.get("text") if kind == "text" else params.get("caption", "")
        formatted = self._format(raw, params, caption=kind == "photo")
        self._markup(params)  # validate before a message id is used up
        msg = SentMessage(self._next_message_id(chat), chat, kind=kind, photo=photo)
        msg.date = int(time.time())
        self._set_content(msg, params, str(raw), formatted)
        self._messages[chat].append(msg)
        if self._rate is not None:
            self._sent_at[chat].append(time.monotonic())
        self._messages_changed.set()
        return self._message_json(msg)

    async def _edit(self, params: JsonDict, kind: str) -> JsonDict:
        msg = self._find(params, "message to edit not found")
        field_name = "text" if kind == "text" else "caption"
        if msg.kind != kind:
            raise _bad(f"there is no {field_name} in the message to edit")
        raw = params.get(field_name, "")
        formatted = self._format(raw, params, caption=kind == "photo")
        # Telegram compares what the user would see, so <b> vs <strong> is "not modified".
        old = (msg.text or msg.caption, msg.entities, msg.reply_markup)
        if (formatted.text or None, formatted.entities, self._markup(params)) == old:
            raise _ApiError(400, _NOT_MODIFIED)
        self._set_content(msg, params, str(raw), formatted)
        msg.edited = True
        self._messages_changed.set()
        return self._message_json(msg)

    async def _m_sendDocument(self, params: JsonDict) -> JsonDict:
        chat = self._chat(params)
        document = params.get("document")
        if not isinstance(document, dict) or "data" not in document:
            raise _bad("there is no document in the request")
        raw = params.get("caption", "")
        formatted = self._format(raw, params, caption=True)
        msg = SentMessage(self._next_message_id(chat), chat, kind="document")
        msg.document, msg.document_bytes = document["upload"], document["data"]
        msg.date = int(time.time())
        msg.html, msg.parse_mode = raw or None, params.get("parse_mode")
        msg.caption, msg.entities = formatted.text or None, formatted.entities
        self._messages[chat].append(msg)
        self._messages_changed.set()
        return self._message_json(msg)

    async def _m_getFile(self, params: JsonDict) -> JsonDict:
        file_id = str(params.get("file_id", ""))
        if file_id not in self._files:
            raise _bad("invalid file_id")
        path, data = self._files[file_id]
        return {"file_id": file_id, "file_unique_id": file_id[-12:], "file_size": len(data)} | {
            "file_path": path
        }

    async def _ok(self, params: JsonDict) -> bool:
        return True

    async def _m_getMe(self, params: JsonDict) -> JsonDict:
        flags = {"can_join_groups": True, "can_read_all_group_messages": False}
        return self._bot_user() | flags | {"supports_inline_queries": False}

    async def _m_getUpdates(self, params: JsonDict) -> list[JsonDict]:
        offset, limit = params.get("offset") or 0, params.get("limit") or 100
        timeout = params.get("timeout") or 0
        if not all(isinstance(v, int) for v in (offset, limit, timeout)):
            raise _bad("wrong parameter value in getUpdates")
        if offset > 0:  # confirms every update below offset
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        elif offset < 0:  # -N: forget all but the last N
            self._updates = self._updates[offset:]
        deadline = asyncio.get_running_loop().time() + timeout
        while not self._updates and not self._closing.is_set():
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                break
            self._updates_changed.clear()
            await _wait(self._updates_changed, remaining)
        return self._updates[: max(1, min(limit, 100))]

    async def _m_deleteWebhook(self, params: JsonDict) -> bool:
        if params.get("drop_pending_updates") in (True, "true"):
            self._updates.clear()
        return True

    async def _m_getWebhookInfo(self, params: JsonDict) -> JsonDict:
        pending = len(self._updates)
        return {"url": "", "has_custom_certificate": False, "pending_update_count": pending}

    async def _m_setMyCommands(self, params: JsonDict) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise _bad("can't parse commands JSON object")
        for command in commands:
            if not _BOT_COMMAND_NAME.fullmatch(str(command.get("command", ""))):
                raise _bad("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise _bad("BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands = commands
        return True

    async def _m_deleteMyCommands(self, params: JsonDict) -> bool:
        self.commands = []
        return True

    async def _m_getMyCommands(self, params: JsonDict) -> list[JsonDict]:
        return self.commands

    async def _m_editMessageReplyMarkup(self, params: JsonDict) -> JsonDict:
        msg = self._find(params, "message to edit not found")
        markup = self._markup(params)
        if markup == msg.reply_markup:
            raise _ApiError(400, _NOT_MODIFIED)
        msg.reply_markup, msg.edited = markup, True
        return self._message_json(msg)

    async def _m_deleteMessage(self, params: JsonDict) -> bool:
        self._find(params, "message to delete not found").deleted = True
        return True

    async def _m_getChat(self, params: JsonDict) -> JsonDict:
        # ChatFullInfo fields PTB requires to de-serialise the answer.
        gifts = ("unlimited_gifts", "limited_gifts", "unique_gifts", "premium_subscription")
        accepted = dict.fromkeys((*gifts, "gifts_from_channels"), False)
        extra = {"accent_color_id": 0, "max_reaction_count": 11, "accepted_gift_types": accepted}
        return self._chat_json(self._chat(params)) | extra

    async def _m_answerCallbackQuery(self, params: JsonDict) -> bool:
        if not params.get("callback_query_id"):
            raise _bad("query is too old and response timeout expired or query ID is invalid")
        return True

    async def _m_sendChatAction(self, params: JsonDict) -> bool:
        self._chat(params)
        return True
