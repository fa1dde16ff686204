"""The storage facade the service uses: one database, three narrow stores."""

from __future__ import annotations

from dataclasses import dataclass

from storage.boilerplate import BoilerplateStore
from storage.database import Database
from storage.feeds import FeedStore
from storage.filters import FilterStore
from storage.posts import Outbox
from storage.records import PostState, ServiceCounts
from storage.stories import StoryStore
from storage.targets import TargetStore


@dataclass(frozen=True)
class OperatingCounts:
    """What /metrics reads at each scrape: posts by state, the oldest pending, feeds."""

    posts: dict[PostState, int]
    oldest_pending_at: float | None
    feeds: int
    feeds_paused: int


class Storage:
    """Everything newsbot keeps, behind `feeds`, `stories`, `outbox`, `targets`, `filters`
    and `boilerplate`."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.feeds = FeedStore(db)
        self.stories = StoryStore(db)
        self.outbox = Outbox(db)
        self.targets = TargetStore(db)
        self.filters = FilterStore(db)
        self.boilerplate = BoilerplateStore(db)

    @classmethod
    async def open(cls, path: str, *, checkpoint_in_background: bool = True) -> Storage:
        """Open and migrate the database file at `path` (see `Database.open`)."""
        return cls(await Database.open(path, checkpoint_in_background=checkpoint_in_background))

    async def close(self) -> None:
        """Close the database."""
        await self.db.close()

    async def set_meta(self, key: str, value: str) -> None:
        """Remember a small service value (e.g. the last poll time)."""
        async with self.db.transaction() as conn:
            await conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    async def get_meta(self, key: str) -> str | None:
        """A value stored with set_meta, or None."""
        async with self.db.reading() as conn:
            async with conn.execute("SELECT value FROM meta WHERE key = ?", (key,)) as cur:
                row = await cur.fetchone()
        return str(row[0]) if row else None

    async def operating_counts(self) -> OperatingCounts:
        """Indexed counts only (unlike `counts`, no scan of every entry): cheap every scrape."""
        async with self.db.reading() as conn:
            async with conn.execute("SELECT state, COUNT(*) FROM posts GROUP BY state") as cur:
                by_state = {PostState(r[0]): int(r[1]) for r in await cur.fetchall()}
            async with conn.execute("SELECT COUNT(*), COALESCE(SUM(paused), 0) FROM feeds") as cur:
                row = await cur.fetchone()
        assert row is not None
        oldest = await self.outbox.oldest_pending_at()
        return OperatingCounts(by_state, oldest, int(row[0]), int(row[1]))

    async def counts(self) -> ServiceCounts:
        """Totals for /status."""
        async with self.db.reading() as conn:
            async with conn.execute(
                "SELECT (SELECT COUNT(*) FROM feeds), (SELECT COUNT(*) FROM feeds WHERE paused), "
                "(SELECT COUNT(*) FROM entries), (SELECT COUNT(*) FROM stories), "
                "(SELECT COUNT(*) FROM filtered)"
            ) as cur:
                row = await cur.fetchone()
            async with conn.execute("SELECT state, COUNT(*) FROM posts GROUP BY state") as cur:
                by_state = {PostState(r[0]): int(r[1]) for r in await cur.fetchall()}
        assert row is not None
        last_poll = await self.get_meta("last_poll_at")
        oldest_pending = await self.outbox.oldest_pending_at()
        return ServiceCounts(
            feeds=int(row[0]),
            feeds_paused=int(row[1]),
            entries=int(row[2]),
            stories=int(row[3]),
            posts=by_state,
            last_poll_at=float(last_poll) if last_poll else None,
            oldest_pending_at=oldest_pending,
            filtered=int(row[4]),
        )
