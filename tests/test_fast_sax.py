"""feedparser's element events straight from expat (bot/parsing/fast_sax): the same results
as through xml.sax's wrapper, on every corpus file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import feedparser
import pytest

from bot.parsing import fast_sax
from bot.parsing.feeds import parse_feed
from tests.conftest import carried, corpus_id, corpus_roots
from tests.test_corpus import corpus_files

_HEADERS = {"content-location": "https://site.example/feed.xml", "content-type": "application/xml"}
# The carried corpus is a copy of most of the shared one, byte for byte: a body found the same
# both ways is not parsed again for the second corpus (the result is a function of the bytes).
# Measured (Q28, session 26, load ~20): the second corpus's run 31.4 -> 0.6 s.
_SAME_BOTH_WAYS: set[bytes] = set()


def _raw(body: bytes) -> tuple[Any, str]:
    """feedparser's whole result as parse_feed asks for it, its exception as text."""
    result = feedparser.parse(
        body, response_headers=dict(_HEADERS), sanitize_html=False, resolve_relative_uris=False
    )
    error = result.pop("bozo_exception", None)
    return result, repr(error)


@pytest.mark.parametrize("root", corpus_roots(), ids=corpus_id)
def test_every_corpus_file_parses_the_same_without_the_sax_wrapper(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Atom, RSS 0.9x-2.0, RDF, prefixes feedparser does not know (namespaces_in_use), xml:base
    # and xml:lang, feedparser's own test feeds: entries, details, links, namespaces, errors.
    bodies = [p.read_bytes() for p in corpus_files(root) if p.stat().st_size < 300_000]
    assert len(bodies) > 450
    unchecked = [body for body in dict.fromkeys(bodies) if body not in _SAME_BOTH_WAYS]
    direct = [_raw(body) for body in unchecked]
    monkeypatch.setattr(fast_sax, "SUPPORTED", False)
    assert [_raw(body) for body in unchecked] == direct
    _SAME_BOTH_WAYS.update(unchecked)


def test_expat_hands_elements_to_feedparser_directly() -> None:
    # On the feedparser and Python it was written for; failing here means another version
    # changed the handlers it reproduces, and parsing went back to the slower library path.
    assert fast_sax.SUPPORTED
    body = carried("corpus", "feedparser", "docs", "examples", "examples", "rss10.rdf")
    feed = parse_feed(body.read_bytes(), url="https://site.example/feed.xml")
    assert [e.title for e in feed.entries] == ["First of all"]
    tags = next(iter(fast_sax._TAGS.values()))
    dc_creator = "http://purl.org/dc/elements/1.1/ creator dc"
    assert tags.starts[dc_creator] == ("dc:creator", None, None)
    assert tags.ends[dc_creator] == ("dc:creator", None)
    # RSS 1.0's namespace has no prefix of feedparser's: the feed's own declaration says.
    assert tags.starts["http://purl.org/rss/1.0/ item"] == (
        "item",
        None,
        "http://purl.org/rss/1.0/",
    )
    about = "http://www.w3.org/1999/02/22-rdf-syntax-ns# about rdf"
    assert tags.attributes[about] == ("rdf:about", "rdf:about")
