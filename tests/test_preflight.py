"""`newsbot check`: each problem named on one line with what to do, exit 1; all good, exit 0."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from telegram import Bot

from bot.cli import main
from bot.operations.chat_rights import Destination, check_destination
from storage.store import Storage
from tests.conftest import (
    ADMIN_ID,
    CHANNEL_ID,
    TOKEN,
    ServiceFactory,
    SettingsFactory,
    service_environment,
)
from tests.support.botapi import FakeBotApi
from tests.support.cli import run_newsbot


def _problems(stdout: str) -> list[str]:
    return [
        line.removeprefix("problem").strip()
        for line in stdout.splitlines()
        if line.startswith("problem")
    ]


async def test_all_good_exits_zero_and_names_the_bot(bot_api: FakeBotApi, tmp_path: Path) -> None:
    done = await run_newsbot(service_environment(bot_api, tmp_path / "n.db"), "check")
    assert done.status == 0, done.stdout + done.stderr
    assert "@newsbot_test_bot" in done.stdout
    assert "the bot may post to" in done.stdout
    assert "migrated and writable" in done.stdout
    assert done.stdout.rstrip().endswith("all good")
    assert bot_api.calls_to("getChatMember")
    assert TOKEN not in done.stdout + done.stderr


async def test_a_wrong_token_is_named(bot_api: FakeBotApi, tmp_path: Path) -> None:
    env = service_environment(bot_api, tmp_path / "n.db", bot_token="123456:WRONG")
    done = await run_newsbot(env, "check")
    assert done.status == 1
    assert _problems(done.stdout) == [
        "Telegram refuses the bot token: copy it again from @BotFather into NEWSBOT_BOT_TOKEN"
    ]


async def test_a_missing_channel_is_named(bot_api: FakeBotApi, tmp_path: Path) -> None:
    bot_api.remove_chat(CHANNEL_ID)
    done = await run_newsbot(service_environment(bot_api, tmp_path / "n.db"), "check")
    assert done.status == 1
    [problem] = _problems(done.stdout)
    assert problem.startswith(f"Chat {CHANNEL_ID} does not exist or the bot is not in it")
    assert "check NEWSBOT_CHANNEL_ID" in problem


async def test_a_bot_that_is_not_admin_is_named(bot_api: FakeBotApi, tmp_path: Path) -> None:
    bot_api.set_chat(CHANNEL_ID, title="World News", status="member")
    done = await run_newsbot(service_environment(bot_api, tmp_path / "n.db"), "check")
    assert done.status == 1
    assert _problems(done.stdout) == [
        f'The bot is not an administrator of {CHANNEL_ID} ("World News"): add it in the '
        "channel's settings → Administrators"
    ]


async def test_an_admin_without_the_right_to_post_is_named(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    bot_api.set_chat("@worldnews", can_post_messages=False)
    env = service_environment(bot_api, tmp_path / "n.db", channel_id="@worldnews")
    done = await run_newsbot(env, "check")
    assert done.status == 1
    [problem] = _problems(done.stdout)
    assert problem.startswith("The bot is an administrator of @worldnews but may not post")


async def test_a_missing_forum_topic_of_a_target_is_named(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    # An extra target in a forum group: the group exists and the bot may send, topic 7 does
    # not (topic 5 does).
    database = tmp_path / "n.db"
    storage = await Storage.open(str(database))
    await storage.targets.ensure("-100777", 5, now=time.time())
    await storage.targets.ensure("-100777", 7, now=time.time())
    await storage.close()
    bot_api.set_chat(-100777, kind="supergroup", title="Desk", is_forum=True, topics=(5,))
    done = await run_newsbot(service_environment(bot_api, database), "check")
    assert done.status == 1
    assert _problems(done.stdout) == [
        'Topic 7 does not exist in -100777 ("Desk") (Telegram: Message thread not found): '
        "check the target -100777:7 (/targets lists them)"
    ]
    assert 'topic 5 exists in -100777 ("Desk")' in done.stdout


async def test_the_service_tells_the_admins_at_start_and_keeps_polling(
    bot_api: FakeBotApi, make_settings: SettingsFactory, service_factory: ServiceFactory
) -> None:
    bot_api.set_chat(CHANNEL_ID, title="World News", status="left")
    service = service_factory(make_settings())
    await service.start()
    [notice] = bot_api.replies_to(ADMIN_ID)
    assert notice.text is not None
    assert "cannot post everywhere it should; posts wait in the queue" in notice.text
    assert f'The bot is not a member of {CHANNEL_ID} ("World News")' in notice.text
    # start() returned once the bot polled for updates, i.e. after the check: it goes on.
    assert service.task is not None and not service.task.done()
    assert await service.stop() == 0


async def test_a_webhook_telegram_cannot_reach_is_named(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    url = "https://bot.example.com/newsbot"
    # Registered earlier (the service's last start); Telegram has failed to reach it since.
    async with Bot(TOKEN, base_url=bot_api.base_url) as bot:
        await bot.set_webhook(url, secret_token="x")
    bot_api.webhook_last_error = "Connection refused"
    env = service_environment(
        bot_api, tmp_path / "n.db", webhook_url=url, webhook_listen="127.0.0.1:8443"
    )
    done = await run_newsbot(env, "check")
    assert done.status == 1
    assert _problems(done.stdout) == [
        f"Telegram cannot deliver updates to {url} (Connection refused; 0 waiting): check the "
        "reverse proxy, its certificate and that the port is open"
    ]


def test_a_malformed_setting_is_a_problem_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env here
    monkeypatch.setenv("NEWSBOT_POLL_INTERVAL", "soon")
    assert main(["check"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "problem  NEWSBOT_POLL_INTERVAL: Input should be a valid number, unable to parse string "
        "as a number: fix it in .env or the environment",
        "1 problem(s)",
    ]


@pytest.fixture
def root_logging() -> Iterator[None]:
    """`main` sets up logging for a process; the test process gets its own back."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.mark.usefixtures("root_logging")
def test_quick_asks_no_one_and_creates_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # --quick runs beside the service (a health check): it never creates or migrates the
    # database, and asks Telegram nothing (the Bot API address here does not even exist).
    monkeypatch.chdir(tmp_path)
    for name, value in {
        "BOT_TOKEN": TOKEN,
        "CHANNEL_ID": str(CHANNEL_ID),
        "ADMIN_IDS": str(ADMIN_ID),
        "DATABASE": str(tmp_path / "n.db"),
        "API_BASE_URL": "http://127.0.0.1:9/bot",
    }.items():
        monkeypatch.setenv(f"NEWSBOT_{name}", value)
    assert main(["check", "--quick"]) == 1
    assert _problems(capsys.readouterr().out) == [
        f"There is no database at {tmp_path / 'n.db'} yet: `newsbot run` creates it"
    ]
    assert not (tmp_path / "n.db").exists()


@pytest.mark.parametrize(
    ("setup", "level", "text"),
    [
        ({"kind": "supergroup", "status": "member"}, "ok", "the bot may post to -100555"),
        ({"kind": "supergroup", "status": "administrator"}, "ok", "the bot may post to -100555"),
        (
            {"kind": "supergroup", "status": "restricted", "can_send_messages": False},
            "problem",
            "The bot is restricted in -100555",
        ),
        ({"kind": "group", "status": "left"}, "problem", "The bot is not a member of -100555"),
        ({"kind": "supergroup", "status": "kicked"}, "problem", "The bot is banned from -100555"),
        (
            {"kind": "channel", "status": "administrator", "can_post_messages": False},
            "problem",
            "The bot is an administrator of -100555",
        ),
    ],
)
async def test_the_bots_place_in_a_group_or_channel(
    bot_api: FakeBotApi, setup: dict[str, Any], level: str, text: str
) -> None:
    bot_api.set_chat(-100555, title="Desk", **setup)
    async with Bot(TOKEN, base_url=bot_api.base_url) as bot:
        [finding] = await check_destination(bot, bot.id, Destination("-100555"))
    assert (finding.level, finding.text.startswith(f'{text} ("Desk")')) == (level, True), finding
