"""One story across many sites: URL, original URL and near-duplicate text, within a window."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.compose.entry import ComposedEntry, compose_entry, fingerprint_entry
from bot.matching.rule import StoryRule
from bot.matching.similarity import compare_leads, story_similarity
from bot.parsing.models import FeedEntry
from bot.parsing.urls import canonical_url
from storage.records import EntryToStore, FeedCheck, PostToQueue
from storage.store import Storage
from tests.conftest import carried

WEEK = 7 * 86400


def pairs() -> list[dict[str, object]]:
    path = carried("eval", "pairs-dev.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def entry(key: str, html: str, link: str | None, title: str = "") -> FeedEntry:
    return FeedEntry(
        key=key,
        title=title,
        link=link,
        canonical_url=canonical_url(link) if link else None,
        published_at=None,
        content_html=html,
    )


def to_store(item: FeedEntry, ready: ComposedEntry) -> EntryToStore:
    return EntryToStore(
        entry_key=item.key,
        title=item.title,
        link=item.link,
        canonical_url=item.canonical_url,
        url_keys=ready.url_keys,
        published_at=None,
        postable=True,
        posts=(PostToQueue("-1", None, ready.html),),
        lead=ready.lead,
        band_keys=ready.band_keys,
    )


async def ingest(storage: Storage, feed_id: int, item: FeedEntry, source: str, now: float) -> int:
    """Ingest one entry as the service does; returns its story id."""
    ready = compose_entry(item, source=source, source_url=None, language="en", summary_chars=600)
    await storage.stories.ingest(
        FeedCheck(feed_id, source, None, None, None, now, now + 60),
        [to_store(item, ready)],
        baseline=False,
        rule=StoryRule(window_seconds=WEEK),
    )
    async with storage.db.reading() as conn:
        async with conn.execute(
            "SELECT story_id FROM entries WHERE feed_id = ? AND entry_key = ?", (feed_id, item.key)
        ) as cur:
            row = await cur.fetchone()
    assert row is not None
    return int(row[0])


@pytest.fixture
async def storage(tmp_path: Path) -> AsyncIterator[Storage]:
    opened = await Storage.open(str(tmp_path / "stories.db"))
    yield opened
    await opened.close()


async def test_labelled_pairs_are_merged_exactly_when_they_are_one_story(
    storage: Storage,
) -> None:
    rows = pairs()
    assert len(rows) >= 10
    now = time.time()
    wrong = []
    for row in rows:
        a = await storage.feeds.add(f"https://a.example/{row['id']}", now=now)
        b = await storage.feeds.add(f"https://b.example/{row['id']}", now=now)
        # Links are left out: this is about the text, and some pairs share a site.
        story_a = await ingest(storage, a.id, entry("a", str(row["a"]), None), "Site A", now)
        story_b = await ingest(storage, b.id, entry("b", str(row["b"]), None), "Site B", now)
        if (story_a == story_b) != row["same_story"]:
            wrong.append(row["id"])
    assert wrong == []


def test_a_lede_reused_later_in_another_article_is_not_the_same_story() -> None:
    wire = (
        "A court on Monday allowed thousands of lawsuits to move forward against four "
        "technology companies over claims they designed their products to be addictive."
    )
    reuse = (
        "The new safety guide launched in Manila comes amid a court ruling that allowed "
        "thousands of lawsuits to move forward against four technology companies over claims "
        "they designed their products to be addictive."
    )
    match = compare_leads(wire, reuse)
    assert match.jaccard > 0.4 and not match.same_story


async def test_the_same_link_is_one_story_whatever_the_text(storage: Storage) -> None:
    now = time.time()
    a = await storage.feeds.add("https://a.example/feed", now=now)
    b = await storage.feeds.add("https://b.example/feed", now=now)
    first = await ingest(
        storage, a.id, entry("1", "<p>One text.</p>", "https://n.example/x"), "A", now
    )
    second = await ingest(
        storage,
        b.id,
        entry("2", "<p>Quite another.</p>", "https://n.example/x?utm_source=b"),
        "B",
        now,
    )
    assert first == second


async def test_the_original_url_a_notice_names_joins_the_original(storage: Storage) -> None:
    now = time.time()
    original = await storage.feeds.add("https://origin.example/feed", now=now)
    reprinter = await storage.feeds.add("https://reprints.example/feed", now=now)
    story = await ingest(
        storage,
        original.id,
        entry("o", "<p>Totally original words about rivers.</p>", "https://origin.example/rivers"),
        "Origin News",
        now,
    )
    reprint_html = (
        "<p>Different opening words here entirely, rewritten by the copy desk.</p>"
        '<p>This article was originally published by <a href="https://origin.example/rivers">'
        "Origin News</a> and is reprinted with permission.</p>"
    )
    joined = await ingest(
        storage,
        reprinter.id,
        entry("r", reprint_html, "https://reprints.example/rivers"),
        "Reprints Daily",
        now,
    )
    assert joined == story


async def test_text_matches_only_within_the_window(storage: Storage) -> None:
    text = (
        "<p>The harbour master said on Tuesday that the northern breakwater would be closed "
        "for repairs until the end of March, and that ferries would use the southern berth "
        "in the meantime, adding ten minutes to each crossing.</p>"
    )
    now = time.time()
    a = await storage.feeds.add("https://a.example/feed", now=now)
    b = await storage.feeds.add("https://b.example/feed", now=now)
    c = await storage.feeds.add("https://c.example/feed", now=now)
    old = await ingest(storage, a.id, entry("1", text, "https://a.example/1"), "A", now - 2 * WEEK)
    fresh = await ingest(storage, b.id, entry("2", text, "https://b.example/2"), "B", now)
    again = await ingest(storage, c.id, entry("3", text, "https://c.example/3"), "C", now)
    assert fresh != old
    assert again == fresh


async def test_a_story_first_seen_without_text_is_found_by_a_later_carriers_text(
    storage: Storage,
) -> None:
    text = (
        "<p>The harbour master said on Tuesday that the northern breakwater would be closed "
        "for repairs until the end of March, and that ferries would use the southern berth "
        "in the meantime, adding ten minutes to each crossing.</p>"
    )
    now = time.time()
    a, b, c = [await storage.feeds.add(f"https://{name}.example/feed", now=now) for name in "abc"]
    link = "https://port.example/breakwater"
    story = await ingest(storage, a.id, entry("1", "<p>Breakwater closed.</p>", link), "A", now)
    # The second carrier joins by link and, having text, makes the story findable by it.
    assert await ingest(storage, b.id, entry("2", text, link + "?ref=b"), "B", now) == story
    assert await ingest(storage, c.id, entry("3", text, "https://c.example/3"), "C", now) == story


def test_short_templated_leads_are_too_short_to_match() -> None:
    assert (
        story_similarity(
            "Lead sentence of story 3. It has a second sentence.",
            "Lead sentence of story 4. It has a second sentence.",
        )
        == 0.0
    )


def test_a_baseline_entry_gets_a_quick_fingerprint_and_an_old_one_none() -> None:
    text = (
        "<p>The harbour master said on Tuesday that the northern breakwater would be closed "
        "for repairs until the end of March, and that ferries would use the southern berth.</p>"
    )
    now = time.time()
    recent = FeedEntry("k1", "Breakwater", "https://h.example/1", "https://h.example/1", now, text)
    old = FeedEntry("k2", "Breakwater", "https://h.example/2", "https://h.example/2", 0.0, text)
    quick = fingerprint_entry(recent, since=now - WEEK)
    assert quick.band_keys and quick.lead.startswith("The harbour master said")
    assert quick.url_keys == ("h.example/1",) and not quick.rendered
    full = compose_entry(recent, source="S", source_url=None, language="en", summary_chars=600)
    assert story_similarity(quick.lead, full.lead) > 0
    stale = fingerprint_entry(old, since=now - WEEK)
    assert stale.band_keys == () and stale.lead == "" and stale.url_keys == ("h.example/2",)
