"""JSON Feed 1.0/1.1 gives the same ParsedFeed as RSS and Atom do."""

from __future__ import annotations

import json
from calendar import timegm
from pathlib import Path

import pytest

from bot.parsing.feeds import parse_feed
from bot.parsing.models import NotAFeed
from tests.conftest import carried, corpus_id, corpus_roots


def test_a_json_feed_gives_entries_like_any_feed() -> None:
    parsed = parse_feed(
        carried("corpus", "reader/tests/data/full.json").read_bytes(), url="https://x/"
    )
    assert (parsed.title, parsed.site_url, parsed.language) == (
        "My Example Feed",
        "https://example.org/",
        "en",
    )
    second, first = parsed.entries
    assert (second.key, second.title, second.link) == (
        "id:2",
        "Title",
        "https://example.org/second-item",
    )
    assert second.canonical_url == "https://example.org/second-item"
    assert second.content_html == 'Content with <a href="http://example.com/">link</a>'
    assert second.published_at == timegm((2020, 1, 2, 21, 0, 0))
    assert first.key == "id:1" and first.title == "Hello, world!"  # untitled: the text stands in
    assert first.published_at == timegm((2020, 1, 2, 12, 0, 0))
    assert not parsed.malformed


def test_json_feed_1_0_with_numeric_ids_and_plain_text() -> None:
    body = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1",
            "title": "Numbers",
            "items": [
                {"id": 7, "url": "/posts/7", "content_text": "First <line>.\n\nSecond one."},
                {"id": 7, "url": "/posts/7-again", "content_text": "Repeated id."},
            ],
        }
    ).encode()
    parsed = parse_feed(body, url="https://blog.example/feed.json")
    assert len(parsed.entries) == 1  # a repeated id counts once
    entry = parsed.entries[0]
    assert entry.key == "id:7" and entry.link == "https://blog.example/posts/7"
    assert entry.content_html == "<p>First &lt;line&gt;.</p><p>Second one.</p>"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b'{"version": "https://jsonfeed.org/version/1234", "items": []}', "not 1 or 1.1"),
        (b'{"name": "some other JSON"}', "not a JSON Feed"),
        (b'{"version": "https://jsonfeed.org/version/1", "items": [', "broken JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "not a feed"),
    ],
)
def test_other_json_is_not_a_feed(body: bytes, reason: str) -> None:
    with pytest.raises(NotAFeed, match=reason):
        parse_feed(body, url="https://x/")


def test_wrong_types_everywhere_still_parse_without_an_exception() -> None:
    parsed = parse_feed(
        carried("corpus", "reader/tests/data/invalid.json").read_bytes(), url="https://x/"
    )
    assert parsed.title is None
    assert [e.key for e in parsed.entries][:1] == ["id:2"]


@pytest.mark.parametrize("root", corpus_roots(), ids=corpus_id)
def test_every_json_feed_of_the_corpus_parses(root: Path) -> None:
    files = sorted(root.rglob("*.json"))
    assert len(files) >= 10
    parsed = {}
    for path in files:
        try:
            parsed[path.name] = parse_feed(path.read_bytes(), url=path.as_uri())
        except NotAFeed:
            continue
    assert {"example.json", "json_feed.json", "jsonfeed_elastic_1.1.json", "full.json"} <= set(
        parsed
    )
    assert len(parsed["json_feed.json"].entries) > 10
    for feed in parsed.values():
        assert len({e.key for e in feed.entries}) == len(feed.entries)
