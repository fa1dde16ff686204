"""Crash safety: the service process is SIGKILLed at random moments, restarted, and counted."""

# Every story must end in the channel exactly once, except posts recorded `unconfirmed` (the
# process died while Telegram had the request), at most one per kill. It prints its numbers:
# `pytest -s tests/test_crash_recovery.py`; NEWSBOT_CRASH_SEED=<n> replays a run.

from __future__ import annotations

import asyncio
import os
import random
import signal
import sqlite3
import sys
import time
from collections import Counter
from contextlib import closing
from functools import partial
from pathlib import Path

from tests.conftest import ADMIN_ID, CHANNEL_ID, service_environment, wait_until
from tests.support.botapi import FakeBotApi
from tests.support.delivery import FEED, publish, stories
from tests.support.feedserver import FeedServer

KILLS = 12
STORIES = 120


def _polled_since(bot_api: FakeBotApi, polls: int) -> bool:
    return len(bot_api.calls_to("getUpdates")) > polls


async def _start(env: dict[str, str], log: Path, *args: str) -> asyncio.subprocess.Process:
    """`newsbot <args>` (default `run`) as a process; its output goes to `log`."""
    with log.open("ab") as out:
        # Its own process group, so whatever it starts (parse workers) can be found afterwards.
        return await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot.cli",
            *(args or ("run",)),
            env=env,
            stdout=out,
            stderr=out,
            start_new_session=True,
        )


def _alive_in_groups(groups: set[int]) -> list[int]:
    """Live processes (not zombies) whose process group is one of `groups`."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text() if entry.name.isdigit() else ""
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split() if stat else []
        if fields and fields[0] != "Z" and int(fields[2]) in groups:
            found.append(int(entry.name))
    return found


async def _leftovers(groups: set[int], grace: float) -> list[int]:
    """Processes of the killed services still alive after `grace` seconds; ended if any."""
    alive = _alive_in_groups(groups)
    for _ in range(int(grace / 0.2)):
        if not alive:
            break
        await asyncio.sleep(0.2)
        alive = _alive_in_groups(groups)
    for pid in alive:  # never leave them behind, even when the test fails
        os.kill(pid, signal.SIGKILL)
    return alive


def _stored_posts(database: Path) -> list[tuple[int, str, int | None, str]]:
    with closing(sqlite3.connect(database)) as conn:
        return conn.execute(
            "SELECT posts.id, posts.state, posts.message_id, stories.title "
            "FROM posts JOIN stories ON stories.id = posts.story_id ORDER BY posts.id"
        ).fetchall()


async def test_killing_the_service_at_random_never_loses_or_doubles_a_post(
    feed_server: FeedServer, bot_api: FakeBotApi, tmp_path: Path
) -> None:
    seed = int(os.environ.get("NEWSBOT_CRASH_SEED") or time.time_ns() % 10**9)
    rng = random.Random(seed)
    database, log = tmp_path / "newsbot.db", tmp_path / "service.log"
    env = service_environment(
        bot_api, database, chat_rate_limit="40", chat_rate_period="1", send_retry_delay="0.1"
    )
    # Telegram takes a moment to answer: a kill can land while it has the request.
    bot_api.set_latency("sendMessage", 0.05)
    publish(feed_server, [])
    # Not a blocking subprocess.run: the servers live on this event loop.
    adding = await _start(env, log, "feeds", "add", feed_server.url(FEED))
    assert await adding.wait() == 0, log.read_text()

    published = 0
    groups: set[int] = set()
    for _ in range(KILLS):
        # Stories keep arriving between and during runs.
        published = min(STORIES, published + rng.randint(6, 14))
        publish(feed_server, stories(published))
        polls = len(bot_api.calls_to("getUpdates"))
        service = await _start(env, log)
        groups.add(service.pid)
        # Half the kills land during start-up, the rest while it polls and sends.
        if rng.random() < 0.5:
            await asyncio.sleep(rng.uniform(0.2, 1.5))
        else:
            polled_again = partial(_polled_since, bot_api, polls)
            await wait_until(polled_again, timeout=20)
            await asyncio.sleep(rng.uniform(0.0, 1.5))
        service.kill()
        assert await service.wait() == -signal.SIGKILL

    publish(feed_server, stories(STORIES))
    service = await _start(env, log)

    def settled() -> bool:
        posts = _stored_posts(database)
        return len(posts) == STORIES and all(p[1] in ("sent", "unconfirmed") for p in posts)

    await wait_until(settled, timeout=60, what="every story posted or unconfirmed")
    service.send_signal(signal.SIGTERM)
    assert await asyncio.wait_for(service.wait(), timeout=20) == 0
    # A killed service's parse workers notice within a second or two and exit.
    assert await _leftovers(groups | {service.pid}, grace=5) == []

    posts = _stored_posts(database)
    in_channel = Counter((m.text or "").split("\n")[0] for m in bot_api.messages(CHANNEL_ID))
    titles = [f"Story number {i} & <friends>" for i in range(1, STORIES + 1)]
    unconfirmed = {title for _, state, _, title in posts if state == "unconfirmed"}
    duplicates = sorted(t for t, count in in_channel.items() if count > 1)
    missing = [t for t in titles if in_channel[t] == 0 and t not in unconfirmed]
    print(
        f"\ncrash test (seed {seed}): kills={KILLS} stories={STORIES} "
        f"duplicates={len(duplicates)} unconfirmed={len(unconfirmed)} "
        f"(in the channel: {sum(in_channel[t] for t in unconfirmed)}) missing={len(missing)}"
    )
    assert sorted(title for *_, title in posts) == sorted(titles)
    assert duplicates == [] and missing == []
    assert set(in_channel) <= set(titles)
    assert len(unconfirmed) <= KILLS
    # What the database says was sent is the message the channel holds.
    by_id = {m.message_id: (m.text or "").split("\n")[0] for m in bot_api.messages(CHANNEL_ID)}
    for _, state, message_id, title in posts:
        if state == "sent":
            assert message_id is not None and by_id[message_id] == title
    # The admins heard of every unconfirmed post.
    notices = "\n".join(m.text or "" for m in bot_api.replies_to(ADMIN_ID))
    for post_id, state, _, title in posts:
        if state == "unconfirmed":
            assert f"#{post_id} {title}" in notices
