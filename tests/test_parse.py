"""Parsing details: relative links, ids as written, and feedparser's speed-ups changing nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.parsing import feedparser_speedups
from bot.parsing.feeds import parse_feed
from bot.parsing.models import NotAFeed, ParsedFeed
from tests.conftest import corpus_id, corpus_roots
from tests.test_corpus import corpus_files


def _parse_all(files: list[bytes]) -> list[ParsedFeed | str]:
    results: list[ParsedFeed | str] = []
    for body in files:
        try:
            results.append(parse_feed(body, url="https://site.example/feeds/main.xml"))
        except NotAFeed as exc:
            results.append(str(exc))
    return results


@pytest.mark.parametrize("root", corpus_roots(), ids=corpus_id)
def test_the_speedups_give_the_same_results_on_the_corpus(root: Path) -> None:
    bodies = [p.read_bytes() for p in corpus_files(root) if p.stat().st_size < 300_000]
    assert len(bodies) > 450
    fast = _parse_all(bodies)
    feedparser_speedups.uninstall()
    try:
        plain = _parse_all(bodies)
    finally:
        feedparser_speedups.install()
    assert fast == plain


def test_relative_links_in_content_are_made_absolute() -> None:
    body = b"""<rss version="2.0"><channel><title>T</title><link>/</link>
    <item><title>A</title><link>/2026/a</link><guid isPermaLink="false">a</guid>
    <description>&lt;p&gt;See &lt;a href="/2026/b"&gt;b&lt;/a&gt; and
    &lt;a href="https://other.example/c"&gt;c&lt;/a&gt;&lt;/p&gt;</description></item>
    </channel></rss>"""
    entry = parse_feed(body, url="https://site.example/feeds/main.xml").entries[0]
    assert entry.link == "https://site.example/2026/a"
    assert 'href="https://site.example/2026/b"' in entry.content_html
    assert 'href="https://other.example/c"' in entry.content_html


def test_ids_are_kept_as_written_whatever_the_feeds_url() -> None:
    body = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
    <entry><id>tag:site.example,2026:1</id><title>One</title>
      <link rel="alternate" href="/one"/></entry>
    <entry><id>2</id><title>Two</title><link href="/two"/></entry></feed>"""
    old = parse_feed(body, url="http://site.example/atom.xml")
    new = parse_feed(body, url="https://feeds.site.example/v2/atom")
    assert [e.key for e in old.entries] == ["id:tag:site.example,2026:1", "id:2"]
    assert [e.key for e in new.entries] == [e.key for e in old.entries]
    assert [e.link for e in new.entries] == [
        "https://feeds.site.example/one",
        "https://feeds.site.example/two",
    ]


def test_windows_1252_quotes_in_a_latin_1_feed_come_out_as_with_feedparser_as_shipped() -> None:
    # Bytes 0x93/0x94 are C1 controls in ISO-8859-1 and curly quotes in Windows-1252, which
    # feedparser maps them to; the speed-ups skip that mapping only for text without them.
    body = (
        b'<?xml version="1.0" encoding="iso-8859-1"?><rss version="2.0"><channel><title>Caf\xe9'
        b"</title><item><title>\x93Quoted\x94 news</title><link>https://site.example/1</link>"
        b"<description>Plain ASCII text.</description></item></channel></rss>"
    )
    fast = parse_feed(body, url="https://site.example/feed.xml")
    feedparser_speedups.uninstall()
    try:
        plain = parse_feed(body, url="https://site.example/feed.xml")
    finally:
        feedparser_speedups.install()
    assert fast == plain
    assert fast.entries[0].title == "\u201cQuoted\u201d news"
    assert fast.title == "Café"
