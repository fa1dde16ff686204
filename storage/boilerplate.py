"""Each feed's learned boilerplate, kept as the learner's JSON (bot/text/boilerplate.py)."""

from __future__ import annotations

from storage.database import Database


class BoilerplateStore:
    """One JSON state per feed: read before its entries are composed; the ingest writes it
    (storage.stories)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def get(self, feed_id: int) -> str | None:
        """The feed's stored state, or None before its first check with entries."""
        async with self._db.reading() as conn:
            async with conn.execute(
                "SELECT state FROM feed_boilerplate WHERE feed_id = ?", (feed_id,)
            ) as cur:
                row = await cur.fetchone()
        return None if row is None else str(row[0])
