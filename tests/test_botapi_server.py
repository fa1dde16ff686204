"""Tests of the fake Bot API server, driven through a real python-telegram-bot ``Bot``."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import aiohttp
import pytest
from telegram import Bot, BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, MessageEntity
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
)

from bot.delivery.pacing import retry_after_seconds
from tests.support.botapi import FakeBotApi

CHANNEL = "@newsbot_test_channel"
HTML = ParseMode.HTML
NEWS = "\N{NEWSPAPER}"  # U+1F4F0: one code point, two UTF-16 code units


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    server = FakeBotApi()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
async def bot(api: FakeBotApi) -> AsyncIterator[Bot]:
    async with Bot(api.token, base_url=api.base_url, base_file_url=api.base_file_url) as bot:
        yield bot


async def test_get_me(api: FakeBotApi, bot: Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.username, me.is_bot) == (123456, "newsbot_test_bot", True)
    assert api.calls_to("getMe")


async def test_html_message_is_recorded_as_visible_text(api: FakeBotApi, bot: Bot) -> None:
    html = f'{NEWS} <b>Big</b> &amp; <a href="https://ex.com/?a=1&amp;b=2">small</a> news'
    sent = await bot.send_message(CHANNEL, html, parse_mode=HTML)

    assert sent.text == f"{NEWS} Big & small news"
    assert sent.chat.type == "channel" and sent.chat.id == api.chat_key(CHANNEL) < 0
    # Entity offsets are UTF-16: PTB slices them back out correctly only if the fake agrees.
    assert {e.type: sent.parse_entity(e) for e in sent.entities} == {
        MessageEntity.BOLD: "Big",
        MessageEntity.TEXT_LINK: "small",
    }
    assert sent.entities[1].url == "https://ex.com/?a=1&b=2"
    [recorded] = api.messages(CHANNEL)
    assert api.messages(sent.chat.id) == [recorded]
    assert (recorded.text, recorded.html, recorded.parse_mode) == (sent.text, html, "HTML")
    assert (recorded.kind, recorded.message_id, recorded.chat_id) == ("text", 1, sent.chat.id)


@pytest.mark.parametrize(
    ("html", "visible"),
    [
        ('<span class="tg-spoiler">s</span> <tg-spoiler>t</tg-spoiler>', "s t"),
        ("<strong>a</strong><em>b</em><ins>c</ins><del>d</del><strike>e</strike>", "abcde"),
        ('<pre><code class="language-python">x &lt; 1 &gt; 0</code></pre>', "x < 1 > 0"),
        ("<blockquote expandable>quote</blockquote>", "quote"),
        ("&#128240;&#x1F4F0; &#8230; &quot;q&quot;", f'{NEWS}{NEWS} \N{HORIZONTAL ELLIPSIS} "q"'),
        ('<tg-emoji emoji-id="5368324170671202286">\N{THUMBS UP SIGN}</tg-emoji>', "\U0001f44d"),
        ('<a href="tg://user?id=42">Bob</a> <B>caps</B>', "Bob caps"),
        ("  <i>trimmed like Telegram</i>\n", "trimmed like Telegram"),
    ],
)
async def test_valid_html_variants(api: FakeBotApi, bot: Bot, html: str, visible: str) -> None:
    sent = await bot.send_message(42, html, parse_mode=HTML)
    assert sent.text == visible
    assert api.replies_to(42)[0].text == visible


@pytest.mark.parametrize(
    "html",
    [
        "<div>block</div>",
        "<b>unclosed",
        "AT&foo; news",
        "caf&eacute; &hellip; an HTML entity Telegram does not decode",
        "fish & chips",
        "1 < 2",
        "<b><i>mis-nested</b></i>",
        "stray </b> end",
        '<span class="other">x</span>',
        '<a href="https://ex.com/?a=1&b=2">bare ampersand in attribute</a>',
    ],
)
async def test_invalid_html_is_rejected(api: FakeBotApi, bot: Bot, html: str) -> None:
    with pytest.raises(BadRequest, match="(?i)can't parse entities") as caught:
        await bot.send_message(CHANNEL, html, parse_mode=HTML)
    assert "byte offset" in str(caught.value)
    assert api.messages(CHANNEL) == []
    method, _, code, description = api.rejected[-1]
    assert (method, code) == ("sendMessage", 400)
    assert description.startswith("Bad Request: can't parse entities: ")


async def test_bad_tag_reports_byte_offset(bot: Bot) -> None:
    # The offset is in UTF-8 bytes: the emoji is 4 bytes, the space 1.
    with pytest.raises(BadRequest, match='(?i)unsupported start tag "div" at byte offset 5'):
        await bot.send_message(CHANNEL, f"{NEWS} <div>", parse_mode=HTML)


async def test_text_limit_counts_utf16_after_parsing(api: FakeBotApi, bot: Bot) -> None:
    exactly = NEWS * 2048  # 2048 code points but 4096 UTF-16 units
    await bot.send_message(CHANNEL, f"<b>{exactly}</b>", parse_mode=HTML)
    await bot.send_message(CHANNEL, "&amp;" * 4096, parse_mode=HTML)  # 5 bytes sent, 1 shown
    with pytest.raises(BadRequest, match="(?i)message is too long"):
        await bot.send_message(CHANNEL, exactly + "x")  # only 2049 code points
    with pytest.raises(BadRequest, match="(?i)message is too long"):
        await bot.send_message(CHANNEL, f"<i>{exactly}x</i>", parse_mode=HTML)
    assert [m.text for m in api.messages(CHANNEL)] == [exactly, "&" * 4096]


async def test_empty_text_is_rejected(bot: Bot) -> None:
    with pytest.raises(BadRequest, match="(?i)message text is empty"):
        await bot.send_message(CHANNEL, "<b> </b>\n", parse_mode=HTML)


async def test_photo_caption_limit(api: FakeBotApi, bot: Bot) -> None:
    url = "https://example.com/story.jpg"
    sent = await bot.send_photo(CHANNEL, url, caption=NEWS * 512, parse_mode=HTML)
    assert sent.caption == NEWS * 512 and sent.photo[-1].width > 0
    with pytest.raises(BadRequest, match="(?i)message caption is too long"):
        await bot.send_photo(CHANNEL, url, caption="<b>" + "c" * 1025 + "</b>", parse_mode=HTML)
    await bot.send_photo(CHANNEL, b"\x89PNG\r\n\x1a\nnot-really-a-png")  # multipart upload

    first, upload = api.messages(CHANNEL)
    assert (first.kind, first.photo, first.caption, first.text) == ("photo", url, NEWS * 512, None)
    assert upload.photo is not None and upload.photo.startswith("upload:")
    assert upload.caption is None


async def test_injected_429_raises_retry_after_then_recovers(api: FakeBotApi, bot: Bot) -> None:
    api.inject_fault(
        "sendMessage", error_code=429, description="Too Many Requests: retry after 7", retry_after=7
    )
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(CHANNEL, "first try")
    assert retry_after_seconds(caught.value) == 7
    await bot.send_message(CHANNEL, "second try")
    assert [m.text for m in api.messages(CHANNEL)] == ["second try"]
    assert [(r[0], r[2]) for r in api.rejected] == [("sendMessage", 429)]
    assert len(api.calls_to("sendmessage")) == 2


async def test_injected_403_only_hits_the_targeted_chat(api: FakeBotApi, bot: Bot) -> None:
    description = "Forbidden: bot was kicked from the channel chat"
    api.inject_fault("sendMessage", error_code=403, description=description, chat_id=CHANNEL)
    await bot.send_message(42, "private chat is fine")
    with pytest.raises(Forbidden, match="bot was kicked"):
        await bot.send_message(api.chat_key(CHANNEL), "numeric id of the same channel")
    assert api.messages(CHANNEL) == [] and len(api.replies_to(42)) == 1


async def test_injected_500_is_a_network_error(api: FakeBotApi, bot: Bot) -> None:
    api.inject_fault("sendPhoto", error_code=500, description="Internal Server Error", times=2)
    for _ in range(2):
        with pytest.raises(NetworkError) as caught:
            await bot.send_photo(CHANNEL, "https://example.com/a.jpg")
        assert type(caught.value) is NetworkError  # not BadRequest, a subclass
    await bot.send_photo(CHANNEL, "https://example.com/a.jpg")
    assert len(api.messages(CHANNEL)) == 1


async def test_edit_updates_recorded_message_in_place(api: FakeBotApi, bot: Bot) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Read", url="https://ex.com/s")]])
    sent = await bot.send_message(CHANNEL, "<b>Draft</b>", parse_mode=HTML, reply_markup=keyboard)
    [recorded] = api.messages(CHANNEL)
    assert recorded.reply_markup == keyboard.to_dict()

    edited = await bot.edit_message_text(
        "<b>Final</b> story", CHANNEL, sent.message_id, parse_mode=HTML, reply_markup=keyboard
    )
    assert not isinstance(edited, bool) and edited.text == "Final story"
    assert api.messages(CHANNEL) == [recorded]
    assert (recorded.text, recorded.html, recorded.edited) == (
        "Final story",
        "<b>Final</b> story",
        True,
    )
    # Same visible text and entities, different tag spelling: Telegram says "not modified".
    with pytest.raises(BadRequest, match="(?i)message is not modified"):
        await bot.edit_message_text(
            "<strong>Final</strong> story",
            CHANNEL,
            sent.message_id,
            parse_mode=HTML,
            reply_markup=keyboard,
        )
    # An edit without reply_markup removes the keyboard, as on Telegram.
    await bot.edit_message_text("<b>Final</b> story", CHANNEL, sent.message_id, parse_mode=HTML)
    assert recorded.reply_markup is None
    with pytest.raises(BadRequest, match="(?i)message to edit not found"):
        await bot.edit_message_text("x", CHANNEL, 999)
    with pytest.raises(BadRequest, match="(?i)can't parse entities"):
        await bot.edit_message_text("<p>x</p>", CHANNEL, sent.message_id, parse_mode=HTML)
    assert recorded.text == "Final story"

    assert await bot.delete_message(CHANNEL, sent.message_id) is True
    assert recorded.deleted
    with pytest.raises(BadRequest, match="(?i)message to delete not found"):
        await bot.delete_message(CHANNEL, sent.message_id)


async def test_edit_caption(api: FakeBotApi, bot: Bot) -> None:
    photo = await bot.send_photo(CHANNEL, "https://example.com/a.jpg", caption="old")
    await bot.edit_message_caption(CHANNEL, photo.message_id, caption="<i>new</i>", parse_mode=HTML)
    [recorded] = api.messages(CHANNEL)
    assert (recorded.caption, recorded.html, recorded.edited) == ("new", "<i>new</i>", True)
    with pytest.raises(BadRequest, match="(?i)caption is too long"):
        await bot.edit_message_caption(CHANNEL, photo.message_id, caption="c" * 1025)


async def test_user_message_arrives_through_get_updates(api: FakeBotApi, bot: Bot) -> None:
    update_id = api.send_user_message(
        42, "/start@newsbot_test_bot hello", first_name="Ann", username="reader"
    )
    [update] = await bot.get_updates(timeout=0)
    message = update.message
    assert update.update_id == update_id and message is not None
    assert message.text == "/start@newsbot_test_bot hello"
    assert (message.chat.id, message.chat.type) == (42, "private")
    assert message.from_user is not None and message.from_user.username == "reader"
    [command] = message.entities
    assert command.type == MessageEntity.BOT_COMMAND
    assert message.parse_entity(command) == "/start@newsbot_test_bot"
    # Without confirmation the update is served again; offset confirms it.
    assert [u.update_id for u in await bot.get_updates(timeout=0)] == [update_id]
    assert await bot.get_updates(offset=update_id + 1, timeout=0) == ()
    assert api.calls_to("getUpdates")[-1]["offset"] == update_id + 1


async def test_long_poll_returns_when_an_update_arrives(api: FakeBotApi, bot: Bot) -> None:
    started = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.2)
    assert not poll.done()
    api.send_user_message(7, "breaking")
    [update] = await asyncio.wait_for(poll, 2)
    assert update.message is not None and update.message.text == "breaking"
    assert time.monotonic() - started < 2


async def test_long_poll_honours_timeout(bot: Bot) -> None:
    started = time.monotonic()
    assert await bot.get_updates(timeout=1) == ()
    assert 0.9 <= time.monotonic() - started < 3


async def test_chat_rate_limit(api: FakeBotApi, bot: Bot) -> None:
    api.enforce_chat_rate(3, per_seconds=60)
    for n in range(3):
        await bot.send_message(CHANNEL, f"story {n}")
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(CHANNEL, "one too many")
    assert 1 <= retry_after_seconds(caught.value) <= 60
    await bot.send_message(42, "another chat has its own budget")
    assert len(api.messages(CHANNEL)) == 3
    assert api.rejected[-1][2] == 429


async def test_commands_round_trip(api: FakeBotApi, bot: Bot) -> None:
    await bot.set_my_commands([BotCommand("start", "Subscribe"), BotCommand("latest", "News")])
    assert api.commands == [
        {"command": "start", "description": "Subscribe"},
        {"command": "latest", "description": "News"},
    ]
    assert [c.command for c in await bot.get_my_commands()] == ["start", "latest"]
    with pytest.raises(BadRequest, match="(?i)bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Bad Command", "x")])
    await bot.delete_my_commands()
    assert api.commands == [] and await bot.get_my_commands() == ()


async def test_chats_and_housekeeping_methods(api: FakeBotApi, bot: Bot) -> None:
    channel = await bot.get_chat(CHANNEL)
    assert (channel.id, channel.type, channel.username) == (
        api.chat_key(CHANNEL),
        "channel",
        "newsbot_test_channel",
    )
    assert (await bot.get_chat(42)).type == "private"
    assert await bot.send_chat_action(CHANNEL, "typing") is True
    assert await bot.answer_callback_query("cbq-1") is True
    api.send_user_message(5, "queued")
    assert (await bot.get_webhook_info()).pending_update_count == 1
    assert await bot.delete_webhook(drop_pending_updates=True) is True
    assert await bot.get_updates(timeout=0) == ()
    assert await bot.close() is True and await bot.log_out() is True


async def test_unknown_method_and_wrong_token(api: FakeBotApi, bot: Bot) -> None:
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("sendTelepathy")
    with pytest.raises(InvalidToken, match="Unauthorized"):
        await Bot("999:WRONG", base_url=api.base_url).get_me()
    assert [(r[0], r[2], r[3]) for r in api.rejected] == [
        ("sendTelepathy", 404, "Not Found: method not found"),
        ("getMe", 401, "Unauthorized"),
    ]


async def test_latency_slows_answers(api: FakeBotApi, bot: Bot) -> None:
    api.set_latency("sendMessage", 0.3)
    started = time.monotonic()
    await bot.send_message(CHANNEL, "slow")
    assert time.monotonic() - started >= 0.3


async def test_wait_for_messages(api: FakeBotApi, bot: Bot) -> None:
    async def publish_later() -> None:
        await asyncio.sleep(0.1)
        await bot.send_message(CHANNEL, "late story")

    task = asyncio.create_task(publish_later())
    [message] = await api.wait_for_messages(CHANNEL, 1, timeout=3)
    await task
    assert message.text == "late story"
    with pytest.raises(BadRequest):
        await bot.send_message(CHANNEL, "<oops>", parse_mode=HTML)
    with pytest.raises(AssertionError, match=r"(?s)has 1 message.*late story.*oops"):
        await api.wait_for_messages(CHANNEL, 2, timeout=0.2)


async def test_json_body_and_error_shape(api: FakeBotApi) -> None:
    # PTB only sends form data, so the JSON body path is checked with a raw client.
    url = f"{api.base_url}{api.token}"
    async with aiohttp.ClientSession() as session:
        payload = {"chat_id": CHANNEL, "text": "<u>json</u>", "parse_mode": "HTML"}
        async with session.post(f"{url}/sendMessage", json=payload) as response:
            assert response.status == 200
            assert (await response.json())["result"]["text"] == "json"
        async with session.post(f"{url}/nope", json={}) as response:
            assert response.status == 404
            assert await response.json() == {
                "ok": False,
                "error_code": 404,
                "description": "Not Found: method not found",
            }
    assert api.messages(CHANNEL)[0].html == "<u>json</u>"
