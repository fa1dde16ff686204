"""A feed read back from SQLite is the Feed its constructor builds from the same values."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from storage.records import Feed
from storage.store import Storage


async def test_a_stored_feed_reads_back_as_the_constructor_builds_it(tmp_path: Path) -> None:
    storage = await Storage.open(str(tmp_path / "db"))
    try:
        added = await storage.feeds.add("https://news.example/feed", now=5.0, title="News")
        await storage.feeds.set_paused(added.id, True, now=6.0)
        read = await storage.feeds.get(added.id)
        assert read is not None
        values = [getattr(read, field.name) for field in dataclasses.fields(Feed)]
        built = Feed(*values)
        assert read == built and repr(read) == repr(built) and hash(read) == hash(built)
        assert read.paused is True and read.baselined is False  # SQLite's 0/1 as bools
        assert vars(read) == vars(built)  # every field, none missing or extra
        due = await storage.feeds.due(10.0, 10)
        assert due == []  # paused: not due
    finally:
        await storage.close()
