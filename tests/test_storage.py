"""Storage: migrations, pragmas, and the outbox guarantees."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from storage.database import migration_scripts
from storage.records import EntryToStore, FeedCheck, PostState, PostToQueue
from storage.store import Storage

CHAT = "-1"


def _entry(key: str, url_key: str, text: str | None = "<b>post</b>") -> EntryToStore:
    """An entry as the service stores it: with `text`, one post to CHAT; without, none."""
    return EntryToStore(
        entry_key=key,
        title=f"title {key}",
        link=f"https://{url_key}",
        canonical_url=f"https://{url_key}",
        url_keys=(url_key,),
        published_at=None,
        postable=text is not None,
        posts=(PostToQueue(CHAT, None, text),) if text is not None else (),
    )


def _check(feed_id: int, now: float = 100.0) -> FeedCheck:
    return FeedCheck(feed_id, "Feed", None, '"e"', None, now, now + 60)


async def test_a_new_database_is_migrated_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "n.db"
    storage = await Storage.open(str(path))
    async with storage.db.reading() as conn:
        async with conn.execute("PRAGMA foreign_keys") as cur:
            assert (await cur.fetchone())[0] == 1  # type: ignore[index]
        async with conn.execute("PRAGMA journal_mode") as cur:
            assert (await cur.fetchone())[0] == "wal"  # type: ignore[index]
    await storage.close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == len(migration_scripts())
    # Opening again applies nothing twice.
    await (await Storage.open(str(path))).close()


async def test_one_story_gets_one_post_per_channel_even_across_feeds(tmp_path: Path) -> None:
    storage = await Storage.open(str(tmp_path / "n.db"))
    a = await storage.feeds.add("https://a.example/feed", now=0)
    b = await storage.feeds.add("https://b.example/feed", now=0)
    first = await storage.stories.ingest(
        _check(a.id), [_entry("1", "x.example/story")], baseline=False
    )
    second = await storage.stories.ingest(
        _check(b.id), [_entry("9", "x.example/story")], baseline=False
    )
    again = await storage.stories.ingest(
        _check(a.id), [_entry("1", "x.example/story")], baseline=False
    )
    assert (first.new_stories, first.queued_posts) == (1, 1)
    assert (second.new_stories, second.joined_stories, second.queued_posts) == (0, 1, 0)
    assert again.new_entries == 0 and again.queued_posts == 0
    counts = await storage.counts()
    assert (counts.entries, counts.stories, counts.posts) == (2, 1, {"pending": 1})
    await storage.close()


async def test_the_outbox_refuses_a_second_post_of_a_story_to_a_channel(tmp_path: Path) -> None:
    storage = await Storage.open(str(tmp_path / "n.db"))
    feed = await storage.feeds.add("https://a.example/feed", now=0)
    await storage.stories.ingest(_check(feed.id), [_entry("1", "x/1")], baseline=False)
    async with storage.db.transaction() as conn:
        with pytest.raises(sqlite3.IntegrityError):
            await conn.execute(
                "INSERT INTO posts (story_id, channel_id, text, created_at, updated_at) "
                "SELECT story_id, channel_id, 'again', 0, 0 FROM posts"
            )
    await storage.close()


async def test_a_post_left_sending_becomes_unconfirmed_not_resent(tmp_path: Path) -> None:
    storage = await Storage.open(str(tmp_path / "n.db"))
    feed = await storage.feeds.add("https://a.example/feed", now=0)
    result = await storage.stories.ingest(
        _check(feed.id),
        [_entry("1", "x/1"), _entry("2", "x/2")],
        baseline=False,
    )
    first, second = result.queued_post_ids
    await storage.outbox.mark_sending(first, now=1)
    assert await storage.outbox.recover_interrupted(now=2) == [first]
    post = await storage.outbox.get(first)
    assert post is not None and post.state is PostState.UNCONFIRMED
    pending = await storage.outbox.next_pending()
    assert pending is not None and pending.id == second
    await storage.close()


async def test_posts_of_a_paused_feed_wait(tmp_path: Path) -> None:
    storage = await Storage.open(str(tmp_path / "n.db"))
    feed = await storage.feeds.add("https://a.example/feed", now=0)
    await storage.stories.ingest(_check(feed.id), [_entry("1", "x/1")], baseline=False)
    await storage.feeds.set_paused(feed.id, True, now=5)
    assert await storage.outbox.next_pending() is None
    assert await storage.feeds.due(now=10**10, limit=10) == []
    await storage.feeds.set_paused(None, False, now=5)
    assert await storage.outbox.next_pending() is not None
    await storage.close()


async def test_a_baseline_records_entries_without_posts(tmp_path: Path) -> None:
    storage = await Storage.open(str(tmp_path / "n.db"))
    feed = await storage.feeds.add("https://a.example/feed", now=0)
    result = await storage.stories.ingest(
        _check(feed.id),
        [_entry("1", "x/1", None), _entry("2", "x/2", None)],
        baseline=True,
    )
    assert (result.new_entries, result.queued_posts) == (2, 0)
    refreshed = await storage.feeds.get(feed.id)
    assert refreshed is not None and refreshed.baselined and refreshed.etag == '"e"'
    await storage.close()


async def test_an_ingest_that_fails_leaves_nothing_behind(tmp_path: Path) -> None:
    storage = await Storage.open(str(tmp_path / "n.db"))
    try:
        with pytest.raises(sqlite3.IntegrityError):
            # Feed 99 does not exist: the entries violate their foreign key after the
            # story rows were written in the same transaction.
            await storage.stories.ingest(_check(99), [_entry("1", "x.example/a")], baseline=False)
        counts = await storage.counts()
        assert (counts.stories, counts.entries) == (0, 0)
    finally:
        await storage.close()


async def test_posts_go_out_in_publication_order_across_feeds(tmp_path: Path) -> None:
    storage = await Storage.open(str(tmp_path / "n.db"))
    a = await storage.feeds.add("https://a.example/feed", now=0)
    b = await storage.feeds.add("https://b.example/feed", now=0)

    def dated(key: str, published: float | None) -> EntryToStore:
        return EntryToStore(
            entry_key=key,
            title=key,
            link=None,
            canonical_url=None,
            url_keys=(f"x/{key}",),
            published_at=published,
            postable=True,
            posts=(PostToQueue(CHAT, None, f"<b>{key}</b>"),),
        )

    # Feed A is checked first, but feed B's story was published earlier.
    await storage.stories.ingest(
        _check(a.id, now=1000.0),
        [dated("a-late", 900.0), dated("a-future", 5000.0)],
        baseline=False,
    )
    await storage.stories.ingest(
        _check(b.id, now=1001.0),
        [dated("b-early", 100.0), dated("b-undated", None)],
        baseline=False,
    )
    order = []
    while (post := await storage.outbox.next_pending()) is not None:
        order.append(post.text)
        await storage.outbox.mark_sent(post.id, len(order), now=2000.0)
    assert order == ["<b>b-early</b>", "<b>a-late</b>", "<b>a-future</b>", "<b>b-undated</b>"]
    await storage.close()


async def test_a_skipped_post_is_skipped_until_retried(tmp_path: Path) -> None:
    storage = await Storage.open(str(tmp_path / "n.db"))
    feed = await storage.feeds.add("https://a.example/feed", now=0)
    result = await storage.stories.ingest(
        _check(feed.id), [_entry("1", "x/1"), _entry("2", "x/2")], baseline=False
    )
    skipped, sent = result.queued_post_ids
    await storage.outbox.mark_sent(sent, 7, now=1)
    assert await storage.outbox.skip(skipped, now=2)
    assert not await storage.outbox.skip(skipped, now=3)  # settled already
    assert not await storage.outbox.skip(sent, now=3)
    post = await storage.outbox.get(skipped)
    assert post is not None and post.state is PostState.SKIPPED
    assert post.last_error == "skipped by an editor"
    assert await storage.outbox.next_pending() is None
    assert [p.id for p in await storage.outbox.list_posts(PostState.SKIPPED)] == [skipped]
    assert await storage.outbox.list_posts(PostState.FAILED) == []
    assert (await storage.counts()).posts == {PostState.SKIPPED: 1, PostState.SENT: 1}
    assert await storage.outbox.retry(skipped, now=4)
    again = await storage.outbox.next_pending()
    assert again is not None and again.id == skipped and again.state is PostState.PENDING
    await storage.close()


def _posts_schema(conn: sqlite3.Connection) -> dict[str, object]:
    """What a rebuild of posts must keep: columns, foreign keys and indexes."""
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'posts'"
    )
    return {
        "columns": [tuple(r) for r in conn.execute("PRAGMA table_info(posts)")],
        "foreign keys": sorted(
            tuple(r)[2:] for r in conn.execute("PRAGMA foreign_key_list(posts)")
        ),
        "indexes": sorted((name, " ".join(sql.split())) for name, sql in indexes),
    }


async def test_migration_0007_turns_skipped_failures_into_skipped_posts(tmp_path: Path) -> None:
    """A database at version 6 kept /skip as 'failed' + skipped_at; it reads as skipped after."""
    path = tmp_path / "v6.db"
    with closing(sqlite3.connect(path)) as conn:
        for number, script in migration_scripts():
            if number <= 6:
                conn.executescript(script)
        conn.execute("PRAGMA user_version = 6")
        conn.executemany(
            "INSERT INTO stories (id, title, created_at) VALUES (?, ?, 0)",
            [(1, "skipped"), (2, "failed"), (3, "sent")],
        )
        conn.executemany(
            "INSERT INTO posts (id, story_id, channel_id, state, text, created_at, updated_at, "
            "last_error, skipped_at, thread_id) VALUES (?, ?, '-1', ?, 't', 0, 0, ?, ?, NULL)",
            [
                (1, 1, "failed", "skipped by an editor", 5.0),
                (2, 2, "failed", "BadRequest: no", None),
                (3, 3, "sent", None, None),
            ],
        )
        conn.commit()
        before = _posts_schema(conn)

    storage = await Storage.open(str(path))
    skipped, failed = await storage.outbox.get(1), await storage.outbox.get(2)
    assert skipped is not None and skipped.state is PostState.SKIPPED
    assert failed is not None and failed.state is PostState.FAILED
    assert [p.id for p in await storage.outbox.list_posts(PostState.SKIPPED)] == [1]
    assert (await storage.counts()).posts == {"skipped": 1, "failed": 1, "sent": 1}
    assert await storage.outbox.retry(1, now=9)  # /retry of a skipped post still works
    await storage.close()

    with closing(sqlite3.connect(path)) as conn:
        latest = max(number for number, _ in migration_scripts())
        assert conn.execute("PRAGMA user_version").fetchone()[0] == latest
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert _posts_schema(conn) == before
        with pytest.raises(sqlite3.IntegrityError):  # one post per story and target still
            conn.execute(
                "INSERT INTO posts (story_id, channel_id, text, created_at, updated_at) "
                "VALUES (3, '-1', 'again', 0, 0)"
            )
        with pytest.raises(sqlite3.IntegrityError):  # the CHECK on state is still there
            conn.execute(
                "INSERT INTO posts (story_id, channel_id, state, text, created_at, updated_at) "
                "VALUES (3, '@other', 'lost', 't', 0, 0)"
            )
