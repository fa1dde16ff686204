"""The Dockerfile, compose.yaml and the systemd unit: what their commands run works here.

No container engine runs in the tests, so the image's entry command and health command are
read from the Dockerfile and run in this venv against the test servers, with the image's
environment (its /data volume mapped to a temporary folder)."""

from __future__ import annotations

import asyncio
import configparser
import json
import re
import shlex
import signal
import tomllib
from pathlib import Path

from bot.app import EXIT_CONFLICT
from tests.conftest import REPO, TOKEN, service_environment, wait_until
from tests.support.botapi import FakeBotApi
from tests.support.cli import Finished, run_newsbot, start_newsbot
from tests.support.ports import free_port


def _instructions() -> list[tuple[str, str]]:
    """The Dockerfile's instructions (continuation lines joined), in order."""
    text = re.sub(r"\\\n\s*", " ", (REPO / "Dockerfile").read_text())
    found = []
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            keyword, _, rest = line.strip().partition(" ")
            found.append((keyword.upper(), rest.strip()))
    return found


def _final_stage() -> list[tuple[str, str]]:
    steps = _instructions()
    last_from = max(i for i, (keyword, _) in enumerate(steps) if keyword == "FROM")
    return steps[last_from:]


def _exec_form(step: str) -> list[str]:
    command = json.loads(step[step.index("[") :])
    assert isinstance(command, list) and all(isinstance(c, str) for c in command)
    return command


def _image_env() -> dict[str, str]:
    env: dict[str, str] = {}
    for keyword, rest in _final_stage():
        if keyword == "ENV":
            for pair in shlex.split(rest):
                key, _, value = pair.partition("=")
                env[key] = value
    return env


def _newsbot_args(command: list[str]) -> list[str]:
    """The arguments of a `newsbot …` command, which the venv runs as `python -m bot.cli`."""
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["scripts"]
    assert command[0] == "newsbot" and scripts["newsbot"] == "bot.cli:main"
    return command[1:]


def test_the_image_runs_as_a_user_with_the_database_on_a_volume() -> None:
    stage = _final_stage()
    [user] = [rest for keyword, rest in stage if keyword == "USER"]
    assert user not in ("root", "0")
    [volume] = [_exec_form(rest) for keyword, rest in stage if keyword == "VOLUME"]
    database = _image_env()["NEWSBOT_DATABASE"]
    assert str(Path(database).parent) in volume
    assert stage[0][1].startswith("python:3.12-slim")
    # Everything the build copies is in the repository.
    for keyword, rest in _instructions():
        if keyword == "COPY" and not rest.startswith("--from"):
            *sources, _ = rest.split()
            assert all((REPO / source).exists() for source in sources), rest


async def test_the_image_command_runs_and_its_health_command_tells_up_from_down(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    stage = _final_stage()
    [cmd] = [_exec_form(rest) for keyword, rest in stage if keyword == "CMD"]
    [health] = [_exec_form(rest) for keyword, rest in stage if keyword == "HEALTHCHECK"]
    image = _image_env()
    # The image's settings, with its volume in tmp_path and its port one that is free here.
    host = image["NEWSBOT_METRICS_ADDRESS"].rpartition(":")[0]
    data = tmp_path / "data"
    data.mkdir()
    env = service_environment(bot_api, data / Path(image["NEWSBOT_DATABASE"]).name)
    env["NEWSBOT_METRICS_ADDRESS"] = f"{host}:{free_port()}"

    service = await start_newsbot(env, *_newsbot_args(cmd))
    try:
        await wait_until(lambda: bool(bot_api.calls_to("getUpdates")), timeout=30, what="polling")
        healthy = await _health_command(env, health)
        assert healthy.status == 0, healthy.stdout + healthy.stderr
        assert "the running service is healthy" in healthy.stdout
    finally:
        service.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(service.communicate(), 30)
    assert service.returncode == 0, stderr.decode()
    assert TOKEN not in stderr.decode()

    stopped = await _health_command(env, health)
    assert stopped.status == 1
    assert "No service answers at http://127.0.0.1:" in stopped.stdout


async def _health_command(env: dict[str, str], health: list[str]) -> Finished:
    return await run_newsbot(env, *_newsbot_args(health))


def test_compose_runs_the_image_with_one_data_volume_and_restarts_it() -> None:
    compose = (REPO / "compose.yaml").read_text()
    live = "\n".join(line for line in compose.splitlines() if not line.lstrip().startswith("#"))
    assert re.search(r"^\s+restart: unless-stopped$", live, re.M)
    assert re.search(r"^\s+env_file: \.env$", live, re.M)
    volume = str(Path(_image_env()["NEWSBOT_DATABASE"]).parent)
    mounts = re.findall(r"^\s+- ([\w-]+):(\S+)$", live, re.M)
    assert mounts == [("newsbot-data", volume)]
    assert re.search(r"^volumes:\n  newsbot-data:$", live, re.M)
    assert f"NEWSBOT_METRICS_ADDRESS: {_image_env()['NEWSBOT_METRICS_ADDRESS']}" in live


def test_the_systemd_unit_runs_newsbot_and_does_not_restart_into_a_conflict() -> None:
    unit = configparser.ConfigParser(interpolation=None, strict=False)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(REPO / "docs" / "newsbot.service")
    service = unit["Service"]
    assert service["ExecStart"].split()[1:] == ["run"]
    assert service["RestartPreventExitStatus"] == str(EXIT_CONFLICT)
    assert service["KillSignal"] == "SIGTERM"
    assert service["User"] != "root"
    assert service["Environment"].startswith("NEWSBOT_DATABASE=/var/lib/newsbot/")
