"""`newsbot` as a real process (python -m bot.cli), for tests of the operator's commands."""

from __future__ import annotations

import asyncio
import sys
from dataclasses import dataclass

from tests.conftest import REPO


@dataclass(frozen=True)
class Finished:
    """What a finished `newsbot` process printed, and its exit status."""

    status: int
    stdout: str
    stderr: str


async def start_newsbot(env: dict[str, str], *args: str) -> asyncio.subprocess.Process:
    """Start `newsbot ARGS` with `env`, its output piped."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        *args,
        env=env,
        cwd=str(REPO),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def run_newsbot(env: dict[str, str], *args: str, timeout: float = 60) -> Finished:
    """Run `newsbot ARGS` to the end (the test's servers keep serving meanwhile)."""
    process = await start_newsbot(env, *args)
    try:
        stdout, stderr = await asyncio.wait_for(process.communicate(), timeout)
    except TimeoutError:
        process.kill()
        await process.wait()
        raise AssertionError(f"newsbot {' '.join(args)} still ran after {timeout:g} s") from None
    assert process.returncode is not None
    return Finished(process.returncode, stdout.decode(), stderr.decode())
