"""Every file of the feed corpus goes through fetch-from-file, parse, store and render.

The corpus is the one carried in tests/data, and also the full shared one when NEWSBOT_CORPUS
names it (CI does).
"""

from __future__ import annotations

import re
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path

import aiohttp
import pytest

from bot.checker import INTERNAL_ERROR, FeedChecker
from bot.config import Settings
from bot.parts import SharedParts
from bot.render.voice import content_from_json
from bot.workers import off_loop_in
from storage.store import Storage
from tests.conftest import corpus_id, corpus_roots

# Licences and helper lists sit beside the feeds; they are not feeds.
NOT_FEEDS = {"LICENSE", "LICENSE-MIT", "SOURCES.md", "feeds.txt", "URLS.tsv", ".manifest.tsv"}


def corpus_files(root: Path) -> list[Path]:
    """All feed files of the corpus at `root`."""
    files = sorted(p for p in root.rglob("*") if p.is_file() and p.name not in NOT_FEEDS)
    assert len(files) > 500, f"only {len(files)} files under {root}"
    return files


# Issue 11's defect classes, checked on every post of the corpus: unexpanded shortcodes,
# embedded posts' remains, and a summary left dangling on a feed's cut ("…", "[…]").
_SHORTCODE = re.compile(r"\[/?[a-z][\w-]*(?:\s+[\w-]+\s*=[^\]]*)+\]|\[[a-z]+-[a-z-]+\]")
_DANGLING = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])[\"'”’»)]?$")


def lead_defects(message: str, summary_chars: int) -> list[str]:
    """What is wrong with the summary of a rendered post (its paragraphs between the title
    and the links line)."""
    summary = " ".join(message.split("\n\n")[1:-1])
    defects = []
    if _SHORTCODE.search(summary):
        defects.append("shortcode")
    if "pic.twitter.com/" in summary:
        defects.append("embedded post")
    # Only a lone first sentence over the budget is shortened, with an ellipsis, near it.
    if _DANGLING.search(summary) and len(summary) < 0.8 * summary_chars:
        defects.append("dangling cut")
    return defects


def _posts_without_headline(database: str) -> set[int]:
    """Ids of queued posts whose stored content has no headline (read from the SQLite file)."""
    with closing(sqlite3.connect(database)) as conn:
        rows = conn.execute("SELECT id, content FROM posts WHERE content IS NOT NULL").fetchall()
    return {post_id for post_id, content in rows if content_from_json(content).title == ""}


@pytest.mark.parametrize("root", corpus_roots(), ids=corpus_id)
async def test_every_corpus_file_is_parsed_and_rendered_or_recorded_as_an_error(
    tmp_path: Path, root: Path
) -> None:
    files = corpus_files(root)
    # teaser_chars=0, site_name_days=0: no article or home pages are fetched, the corpus
    # links point at the internet.
    settings = Settings(
        _env_file=None,
        database=str(tmp_path / "corpus.db"),
        summary_chars=300,
        teaser_chars=0,
        site_name_days=0,
    )
    storage = await Storage.open(settings.database)
    # Threads, not processes: this test is about exceptions, and threads share the test's
    # interpreter so a failure shows its traceback.
    executor = ThreadPoolExecutor(max_workers=2)
    updated = errors = posts = 0
    error_lines: list[str] = []
    try:
        async with aiohttp.ClientSession() as session:
            shared = SharedParts(settings, storage, session, off_loop_in(executor), "-100")
            checker = FeedChecker(shared, allow_local_files=True)
            for path in files:
                # Backfill, so that entries of every feed are rendered (the newest 30).
                feed = await storage.feeds.add(path.as_uri(), now=0.0, backfill=30)
                outcome = await checker.check(feed)
                if outcome.status == "error":
                    errors += 1
                    stored = await storage.feeds.get(feed.id)
                    assert stored is not None and stored.last_error == outcome.error
                    assert not (outcome.error or "").startswith(INTERNAL_ERROR), (path, outcome)
                    error_lines.append(f"{path.name}: {outcome.error}")
                else:
                    assert outcome.status == "updated", (path, outcome)
                    assert outcome.result is not None
                    updated += 1
                    posts += outcome.result.queued_posts
        queued = await storage.outbox.list_posts(limit=1_000_000)
        untitled = _posts_without_headline(settings.database)
        for post in queued:
            # A post opens with its headline; an untitled item whose stand-in headline its
            # text repeats goes out as its text alone (compose.headlines.headline).
            assert post.text.startswith("<b>") or post.id in untitled, post
            assert lead_defects(post.text, settings.summary_chars) == [], post.text
    finally:
        executor.shutdown()
        await storage.close()
    print(f"corpus: {len(files)} files, {updated} parsed, {errors} recorded errors, {posts} posts")
    assert updated > 0.8 * len(files)
    assert posts > 1000
    print("\n".join(error_lines))
    assert errors < 0.1 * len(files)
