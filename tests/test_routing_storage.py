"""Storage for routing: one post per story and target (chat + topic), filters recorded."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from storage.database import migration_scripts
from storage.records import (
    ArticleMode,
    EntryToStore,
    FeedCheck,
    FilteredBy,
    FilterKind,
    PostToQueue,
)
from storage.store import Storage

CHAT = "-1001"


def _entry(key: str, url_key: str, posts: tuple[PostToQueue, ...], **extra: object) -> EntryToStore:
    return EntryToStore(
        entry_key=key,
        title=f"title {key}",
        link=f"https://{url_key}",
        canonical_url=f"https://{url_key}",
        url_keys=(url_key,),
        published_at=None,
        postable=bool(extra.pop("postable", True)),
        posts=posts,
        **extra,  # type: ignore[arg-type]
    )


def _post(chat: str, topic: int | None = None) -> PostToQueue:
    return PostToQueue(chat, topic, f"<b>to {chat}:{topic}</b>", options='{"button": false}')


def _check(feed_id: int) -> FeedCheck:
    return FeedCheck(feed_id, "Feed", None, None, None, 100.0, 160.0)


def test_migration_0004_keeps_every_column_and_state_of_posts(tmp_path: Path) -> None:
    """Migrations landing before 0004 may add to posts: rebuilding it must not drop them."""
    scripts = dict(migration_scripts())
    with sqlite3.connect(tmp_path / "m.db") as conn:
        for number in sorted(n for n in scripts if n < 4):
            conn.executescript(scripts[number])
        before = {r[1] for r in conn.execute("PRAGMA table_info(posts)")}
        states_before = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'posts'")
        check_before = re.search(r"CHECK \(state IN \([^)]*\)\)", states_before.fetchone()[0])
        conn.executescript(scripts[4])
        after = {r[1] for r in conn.execute("PRAGMA table_info(posts)")}
        sql_after = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'posts'").fetchone()
    assert before <= after, f"0004 drops {before - after}"
    assert {"thread_id", "media_url", "options", "content"} <= after
    assert check_before is not None and check_before.group() in sql_after[0]


async def test_a_story_goes_once_to_each_chat_and_each_topic(tmp_path: Path) -> None:
    storage = await Storage.open(str(tmp_path / "n.db"))
    a = await storage.feeds.add("https://a.example/feed", now=0)
    b = await storage.feeds.add("https://b.example/feed", now=0)
    targets = (_post(CHAT), _post(CHAT, 7), _post(CHAT, 9), _post("@other"))
    first = await storage.stories.ingest(
        _check(a.id), [_entry("1", "x.example/s", targets)], baseline=False
    )
    # The same story through another feed, routed to the topic 7 and a new chat.
    second = await storage.stories.ingest(
        _check(b.id),
        [_entry("9", "x.example/s", (_post(CHAT, 7), _post("@third")))],
        baseline=False,
    )
    assert first.queued_posts == 4
    assert second.queued_posts == 1  # only @third lacked it
    posts = await storage.outbox.list_posts()
    assert [(p.channel_id, p.thread_id) for p in posts] == [
        (CHAT, None),
        (CHAT, 7),
        (CHAT, 9),
        ("@other", None),
        ("@third", None),
    ]
    assert posts[0].options == '{"button": false}'
    await storage.close()


async def test_a_story_a_feed_held_when_added_is_not_posted_to_other_targets(
    tmp_path: Path,
) -> None:
    storage = await Storage.open(str(tmp_path / "n.db"))
    a = await storage.feeds.add("https://a.example/feed", now=0)
    b = await storage.feeds.add("https://b.example/feed", now=0)
    await storage.stories.ingest(
        _check(a.id),
        [_entry("1", "x.example/old", (), postable=False)],
        baseline=True,
    )
    later = await storage.stories.ingest(
        _check(b.id),
        [_entry("2", "x.example/old", (_post("@other"),))],
        baseline=False,
    )
    assert later.queued_posts == 0
    await storage.close()


async def test_filtered_entries_are_recorded_with_the_rule(tmp_path: Path) -> None:
    storage = await Storage.open(str(tmp_path / "n.db"))
    feed = await storage.feeds.add("https://a.example/feed", now=0)
    target = await storage.targets.ensure(CHAT, None, now=0)
    await storage.stories.ingest(
        _check(feed.id),
        [
            _entry(
                "1", "x.example/a", (), filtered=(FilteredBy(target.id, "target #1 exclude sport"),)
            )
        ],
        baseline=False,
    )
    assert await storage.filters.filtered() == [("title 1", "target #1 exclude sport")]
    assert (await storage.counts()).filtered == 1
    await storage.close()


async def test_routes_fall_back_to_the_default_target(tmp_path: Path) -> None:
    storage = await Storage.open(str(tmp_path / "n.db"))
    feed = await storage.feeds.add("https://a.example/feed", now=0)
    [default] = await storage.targets.for_feed(feed.id, default_chat=CHAT, now=0)
    assert (default.chat_id, default.thread_id) == (CHAT, None)
    topic = await storage.targets.add(CHAT, 5, name="Sport", now=0)
    await storage.targets.set_routes(feed.id, [topic.id, default.id])
    routed = await storage.targets.for_feed(feed.id, default_chat=CHAT, now=0)
    assert [t.address for t in routed] == [CHAT, f"{CHAT}:5"]
    await storage.targets.set_routes(feed.id, [])
    assert await storage.targets.for_feed(feed.id, default_chat=CHAT, now=0) == [default]
    await storage.close()


async def test_a_feeds_routing_is_its_targets_their_rules_and_its_article_mode(
    tmp_path: Path,
) -> None:
    storage = await Storage.open(str(tmp_path / "n.db"))
    feed = await storage.feeds.add("https://a.example/feed", now=0)
    other = await storage.feeds.add("https://b.example/feed", now=0)
    # No routes yet: the default chat's target, created on first use, and no rules.
    first = await storage.targets.routing(feed.id, default_chat=CHAT, now=0)
    [default] = first.targets
    assert (default.chat_id, default.thread_id, first.article_mode) == (CHAT, None, "auto")
    assert (first.feed_rules, first.target_rules) == ([], {default.id: []})
    assert (await storage.targets.routing(feed.id, default_chat=CHAT, now=1)).targets == [default]

    topic = await storage.targets.add(CHAT, 5, name="Sport", now=0)
    await storage.targets.set_routes(feed.id, [topic.id])
    await storage.targets.set_article_mode(feed.id, ArticleMode.ALWAYS)
    mine = await storage.filters.add(
        FilterKind.INCLUDE, "harbour", feed_id=feed.id, target_id=None, now=0
    )
    await storage.filters.add(FilterKind.EXCLUDE, "x", feed_id=other.id, target_id=None, now=0)
    sport = await storage.filters.add(
        FilterKind.EXCLUDE, "golf", feed_id=None, target_id=topic.id, now=0
    )
    await storage.filters.add(FilterKind.EXCLUDE, "y", feed_id=None, target_id=default.id, now=0)
    routing = await storage.targets.routing(feed.id, default_chat=CHAT, now=2)
    assert [t.id for t in routing.targets] == [topic.id]
    assert routing.feed_rules == [mine]
    assert routing.target_rules == {topic.id: [sport]}
    assert routing.article_mode == "always"
    await storage.close()
