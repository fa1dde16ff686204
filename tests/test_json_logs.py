"""NEWSBOT_LOG_FORMAT=json: one JSON object per line, extra fields kept, the token redacted."""

from __future__ import annotations

import io
import json
import logging
import time
from pathlib import Path

from bot.logs import JsonLines, RedactSecrets
from storage.store import Storage
from tests.conftest import TOKEN, service_environment
from tests.support.botapi import FakeBotApi
from tests.support.cli import run_newsbot
from tests.support.feedserver import FeedServer
from tests.support.rss import Item, rss


def _logger(stream: io.StringIO) -> logging.Logger:
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonLines([TOKEN]))
    handler.addFilter(RedactSecrets([TOKEN]))
    logger = logging.getLogger("newsbot.test.json")
    logger.handlers[:] = [handler]
    logger.propagate = False
    logger.setLevel(logging.INFO)
    return logger


def test_a_record_is_one_json_line_with_its_extra_fields() -> None:
    stream = io.StringIO()
    _logger(stream).warning("feed #%d failed", 7, extra={"feed_id": 7, "url": "https://x.example/"})
    [line] = stream.getvalue().splitlines()
    record = json.loads(line)
    assert record["level"] == "WARNING"
    assert record["logger"] == "newsbot.test.json"
    assert record["message"] == "feed #7 failed"
    assert (record["feed_id"], record["url"]) == (7, "https://x.example/")
    assert record["time"].endswith("Z") and record["time"][:2] == "20"


def test_the_token_is_redacted_in_message_extras_and_tracebacks() -> None:
    stream = io.StringIO()
    logger = _logger(stream)
    try:
        raise RuntimeError(f"POST https://api.telegram.org/bot{TOKEN}/sendMessage failed")
    except RuntimeError:
        logger.exception("request to %s failed", f"/bot{TOKEN}/getMe", extra={"url": TOKEN})
    text = stream.getvalue()
    assert TOKEN not in text
    [line] = text.splitlines()  # the traceback's newlines are escaped inside the one line
    record = json.loads(line)
    assert record["message"] == "request to /bot[token]/getMe failed"
    assert record["url"] == "[token]"
    assert (
        "RuntimeError: POST https://api.telegram.org/bot[token]/sendMessage" in record["exception"]
    )


async def test_the_service_logs_json_lines(
    feed_server: FeedServer, bot_api: FakeBotApi, tmp_path: Path
) -> None:
    database = tmp_path / "n.db"
    now = time.time()
    items = [Item("Story", "https://e.example/1", "<p>Body.</p>", "g1", now)]
    feed_server.set_feed("f.xml", rss("Feed", "https://e.example", items))
    storage = await Storage.open(str(database))
    await storage.feeds.add(feed_server.url("f.xml"), now=now, backfill=1)
    await storage.close()
    env = service_environment(bot_api, database, log_format="json")
    done = await run_newsbot(env, "run", "--once")
    assert done.status == 0, done.stderr
    assert TOKEN not in done.stderr
    records = [json.loads(line) for line in done.stderr.splitlines()]
    assert all({"time", "level", "logger", "message"} <= r.keys() for r in records)
    assert any(r["message"] == "post 1 sent as message 1" for r in records), records
