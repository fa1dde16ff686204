"""Editors' changes reach waiting posts; `newsbot inspect` renders as /preview does."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from bot.admin.inspect import inspect_sources
from bot.admin.voice_changes import parse_address, rerender_pending
from bot.config import Settings
from bot.render.content import PostContent
from bot.render.voice import Voice, content_to_json, render_for
from storage.records import EntryToStore, FeedCheck, PostToQueue
from storage.store import Storage
from tests.support.rss import Item, rss
from tests.test_cli import newsbot

CONTENT = PostContent("Ferry resumes", "The ferry is back.", "https://h.example/1", "Gazette")


async def test_a_new_template_re_renders_the_posts_still_waiting(tmp_path: Path) -> None:
    storage = await Storage.open(str(tmp_path / "n.db"))
    feed = await storage.feeds.add("https://h.example/feed", now=0)
    target = await storage.targets.ensure("-1001", None, now=0)
    old = render_for(CONTENT, Voice())
    queued = PostToQueue(
        "-1001", None, old.html, None, old.options_json(), content_to_json(CONTENT)
    )
    entry = EntryToStore("1", "t", None, None, ("h.example/1",), None, True, (queued,))
    await storage.stories.ingest(
        FeedCheck(feed.id, None, None, None, None, 1.0, 2.0),
        [entry],
        baseline=False,
    )
    await storage.targets.set_template(target.id, "NEW {title}")
    await storage.targets.set_button(target.id, False)
    assert await rerender_pending(storage, target.id, now=3.0) == 1
    [post] = await storage.outbox.list_posts()
    assert post.text == "NEW Ferry resumes"
    assert json.loads(post.options or "{}")["button"] is False
    await storage.close()


def test_targets_are_typed_as_chat_and_optional_topic() -> None:
    assert parse_address("-1001234567890:42") == ("-1001234567890", 42)
    assert parse_address("@harbour_news") == ("@harbour_news", None)
    assert parse_address("harbour news") is None and parse_address("@ab") is None


async def test_inspect_renders_each_entry_as_it_would_be_posted(tmp_path: Path) -> None:
    feed = tmp_path / "f.xml"
    image = "https://img.h.example/1.jpg"
    feed.write_text(
        rss(
            "Gazette",
            "https://h.example",
            [
                Item(
                    "Ferry",
                    "https://h.example/1",
                    "<p>Back.</p>",
                    "g1",
                    image=image,
                    categories=("Ferry",),
                )
            ],
        )
    )
    settings = Settings(_env_file=None)
    [entry] = await inspect_sources(settings, [str(feed)], voice=Voice(footer="📢 Join us"))
    assert entry.photo == image
    assert entry.post == f"photo post ({image}), “Read more” button"
    assert entry.message.endswith("#Ferry\n\n📢 Join us")


def test_inspect_uses_a_targets_voice_and_never_changes_the_database(tmp_path: Path) -> None:
    import asyncio

    async def make_db() -> None:
        storage = await Storage.open(str(tmp_path / "newsbot.db"))
        target = await storage.targets.ensure("-1001", None, now=0)
        await storage.targets.set_template(target.id, "🗞 {title}")
        await storage.close()

    asyncio.run(make_db())
    database = tmp_path / "newsbot.db"
    digest = hashlib.sha256(database.read_bytes()).hexdigest()
    feed = tmp_path / "f.xml"
    feed.write_text(rss("Gazette", "https://h.example", [Item("Ferry", "https://h.example/1")]))
    result = newsbot("inspect", str(feed), "--json", "--target", "1", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["message"] == "🗞 Ferry"
    missing = newsbot("inspect", str(feed), "--target", "7", cwd=tmp_path)
    assert missing.returncode == 1 and "no target #7" in missing.stderr
    assert hashlib.sha256(database.read_bytes()).hexdigest() == digest
