"""Parsing details: relative links, ids as written, and feedparser's speed-ups changing nothing."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from feedparser import mixin, urls

from bot.parsing import feedparser_speedups
from bot.parsing.feeds import parse_feed
from bot.parsing.jsonfeed import looks_like_json
from bot.parsing.models import FeedEntry, NotAFeed, ParsedFeed
from bot.parsing.written_language import in_written_language
from tests.conftest import corpus_id, corpus_roots
from tests.test_corpus import corpus_files

# The carried corpus is a copy of most of the shared one, byte for byte: each body (address)
# checked in this process is not checked again for the second corpus. The answers are pure
# functions of it, so the second run checks what only it has. Measured (Q28, session 26, under
# load ~20): the second corpus's speed-ups check 60.6 -> 2.7 s, lean parse 90.7 -> 28.9 s; the
# quick join little (181 -> 121 s: the shared corpus's own 15 large files hold most addresses).
_SAME_FAST_AND_PLAIN: set[bytes] = set()
_JOINS_CHECKED: set[str] = set()
_LEAN_ENTRIES: dict[bytes, int] = {}


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
    unchecked = [body for body in dict.fromkeys(bodies) if body not in _SAME_FAST_AND_PLAIN]
    fast = _parse_all(unchecked)
    feedparser_speedups.uninstall()
    try:
        plain = _parse_all(unchecked)
    finally:
        feedparser_speedups.install()
    assert fast == plain
    _SAME_FAST_AND_PLAIN.update(unchecked)


_ADDRESS_IN_TEXT = re.compile(r"[a-zA-Z][\w+.-]*:[^\s\"'<>]+")
_BASES = ("", "https://site.example/feeds/main.xml", "http://site.example/", "http://[::1", "x:y")


@pytest.mark.parametrize("root", corpus_roots(), ids=corpus_id)
def test_the_quick_join_gives_feedparsers_answer(root: Path) -> None:
    # Every address written in the corpus, against bases of each kind (none, https, http,
    # one urlsplit cannot read, another scheme), and the shapes it must leave to urljoin.
    addresses = {
        m.group()
        for p in corpus_files(root)
        for m in _ADDRESS_IN_TEXT.finditer(p.read_text("latin-1"))
    }
    addresses |= {
        "http://a.example/x?", "http://a.example/x#", "http://a.example/x?#f", "HTTP://a.example/",
        "http://a.example/x;p", "http:///a.example/x", "http://[::1]/x", "http://bücher.example/",
        "https://a.example/x y", "https://a.example", "https://a.example?q", "//a.example/x", "x",
    }  # fmt: skip
    for base in _BASES:
        for address in addresses - _JOINS_CHECKED:
            expected = urls._urljoin(base, address)
            assert feedparser_speedups.quick_urljoin(base, address) == expected, (base, address)
    _JOINS_CHECKED.update(addresses)


def without_post_details(entry: FeedEntry) -> FeedEntry:
    """The entry less what a post alone reads of it."""
    return replace(
        entry,
        categories=(),
        unnamed_categories=(),
        image_url=None,
        language=None,
        author=None,
        source_name=None,
        source_url=None,
        channel_art=frozenset(),
        description_html="",
    )


@pytest.mark.parametrize("root", corpus_roots(), ids=corpus_id)
def test_a_parse_without_post_details_is_the_full_parse_less_them(root: Path) -> None:
    # A new feed's baseline is keyed, stored, learned from and fingerprinted from this parse:
    # every other field must be what the full parse gives.
    compared = 0
    for path in corpus_files(root):
        body = path.read_bytes()
        if body in _LEAN_ENTRIES:  # the same bytes, compared for the other corpus
            compared += _LEAN_ENTRIES[body]
            continue
        try:
            full = parse_feed(body, url="https://site.example/feeds/main.xml")
        except NotAFeed:
            _LEAN_ENTRIES[body] = 0
            continue
        lean = parse_feed(body, url="https://site.example/feeds/main.xml", post_details=False)
        # A JSON Feed is read whole either way (its items are plain JSON, cheap to read).
        if looks_like_json(body):
            lean = in_written_language(lean)
        else:
            # The language as written is read for posts alone: the lean parse keeps the
            # feed's declaration, which the same reading turns into the full parse's.
            assert in_written_language(lean).language == full.language, path
            entries = tuple(map(without_post_details, full.entries))
            full = replace(full, language=lean.language, entries=entries)
        assert lean == full, path
        _LEAN_ENTRIES[body] = len(lean.entries)
        compared += len(lean.entries)
    assert compared > 3_000


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


def test_the_quick_pop_copies_content_parameters_flat() -> None:
    # The quick pop runs in a copy of feedparser's module globals: it must see the flat copy
    # install() puts there, not the copy module it would otherwise have captured.
    feed = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><id>1</id><title type="html">A &amp;amp; B</title><content type="html">&lt;p&gt;x</content>
</entry></feed>"""
    pop = mixin._FeedParserMixin.pop
    copies = pop.__globals__["copy"]
    assert copies.deepcopy is feedparser_speedups._deepcopy
    parsed = parse_feed(feed, url="https://site.example/feed")
    assert parsed.entries[0].content_html == "<p>x"
