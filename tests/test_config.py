"""Configuration: clear one-line errors naming the variable, and the token never shown."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from bot.config import ConfigError, Settings, load_settings
from bot.delivery.publishers import chat_id_for_telegram
from bot.logs import RedactSecrets
from tests.conftest import REPO

SECRET = "987654:SECRET-token-value-xyz"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in list(__import__("os").environ):
        if name.startswith("NEWSBOT_") and name not in ("NEWSBOT_CORPUS", "NEWSBOT_EVAL"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)  # no stray .env


def test_values_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBOT_ADMIN_IDS", "11, 22")
    monkeypatch.setenv("NEWSBOT_CHANNEL_ID", "-1001")
    monkeypatch.setenv("NEWSBOT_POLL_INTERVAL", "1")
    settings = load_settings()
    assert settings.admin_ids == (11, 22)
    assert settings.channel_id == "-1001"
    assert chat_id_for_telegram(settings.channel_id) == -1001
    assert settings.poll_interval == 1.0


def test_a_dotenv_file_is_read(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("NEWSBOT_CHANNEL_ID=@my_channel\nNEWSBOT_DATABASE=x.db\n")
    settings = load_settings()
    assert settings.channel_id == "@my_channel"
    assert chat_id_for_telegram(settings.channel_id) == "@my_channel"
    assert settings.database == "x.db"


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("NEWSBOT_POLL_INTERVAL", "soon"),
        ("NEWSBOT_POLL_INTERVAL", "0.5"),
        ("NEWSBOT_ADMIN_IDS", "alice,bob"),
        ("NEWSBOT_CHANNEL_ID", "my channel"),
        ("NEWSBOT_ALLOW_PRIVATE_ADDRESSES", "perhaps"),
    ],
)
def test_a_malformed_value_is_one_line_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError) as caught:
        load_settings()
    message = str(caught.value)
    assert message.startswith(variable + ":")
    assert "\n" not in message


@pytest.mark.parametrize(
    "missing", ["NEWSBOT_BOT_TOKEN", "NEWSBOT_CHANNEL_ID", "NEWSBOT_ADMIN_IDS"]
)
def test_a_real_run_requires_token_channel_and_admins(
    monkeypatch: pytest.MonkeyPatch, missing: str
) -> None:
    values = {
        "NEWSBOT_BOT_TOKEN": SECRET,
        "NEWSBOT_CHANNEL_ID": "-1001",
        "NEWSBOT_ADMIN_IDS": "1",
    }
    for name, value in values.items():
        if name != missing:
            monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match=missing):
        load_settings().require_for_run()


def test_the_token_never_appears_in_settings_repr_or_errors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NEWSBOT_BOT_TOKEN", SECRET)
    monkeypatch.setenv("NEWSBOT_POLL_INTERVAL", SECRET)  # a token pasted in the wrong place
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert SECRET not in str(caught.value)
    monkeypatch.setenv("NEWSBOT_POLL_INTERVAL", "5")
    settings = load_settings()
    assert SECRET not in repr(settings) and SECRET not in str(settings)
    assert settings.token() == SECRET


def test_log_records_are_redacted() -> None:
    record = logging.LogRecord(
        "httpx", logging.INFO, __file__, 1, "POST %s", (f"https://api/bot{SECRET}/getMe",), None
    )
    assert RedactSecrets([SECRET]).filter(record)
    assert SECRET not in record.getMessage() and "[token]" in record.getMessage()


def test_env_example_documents_every_setting() -> None:
    documented = set(re.findall(r"^(NEWSBOT_[A-Z_]+)=", (REPO / ".env.example").read_text(), re.M))
    fields = {"NEWSBOT_" + name.upper() for name in Settings.model_fields}
    assert documented == fields
    readme = (REPO / "README.md").read_text()
    assert all(f"`{name}`" in readme for name in fields)
