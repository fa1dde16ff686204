"""Session 24's feedparser speed-ups (bot/parsing/feedparser_speedups): handler lookups without
an exception, no HTML check for passes that are off, RFC 822 dates not failed through the W3C
parser's int(). Each gives feedparser's own result, on every corpus file, broken ones too."""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import feedparser
import pytest
from feedparser import datetimes, mixin
from feedparser.datetimes.w3dtf import _parse_date_w3dtf

from bot.parsing import feedparser_speedups
from bot.parsing.feedparser_speedups import quick_w3dtf
from tests.conftest import corpus_id, corpus_roots
from tests.test_corpus import corpus_files

_HEADERS = {"content-location": "https://site.example/feed.xml", "content-type": "application/xml"}
# The carried corpus is a copy of most of the shared one, byte for byte: a body (a date) found
# the same both ways is not checked again for the second corpus (answers are functions of it).
# Measured (Q28, session 26, load ~20): the second corpus's run 40.5 -> 1.5 s.
_SAME_WITH_AND_WITHOUT: set[bytes] = set()
_DATES_CHECKED: set[str] = set()


def _raw(body: bytes) -> tuple[Any, str]:
    """feedparser's whole result as parse_feed asks for it, its exception as text."""
    result = feedparser.parse(
        body, response_headers=dict(_HEADERS), sanitize_html=False, resolve_relative_uris=False
    )
    error = result.pop("bozo_exception", None)
    return result, repr(error)


def _without_session_24(monkeypatch: pytest.MonkeyPatch) -> None:
    """The speed-ups as they were before: feedparser's two tag handlers and date handlers, and
    pop with the earlier edits only."""
    earlier_pop = feedparser_speedups._rewritten(
        feedparser_speedups._ORIGINAL[7],
        {
            feedparser_speedups._ROUND_TRIP: "if not output.isascii(): "
            + feedparser_speedups._ROUND_TRIP,
            feedparser_speedups._TRANSLATE: "if not output.isascii() and "
            "_C1_CONTROL.search(output): " + feedparser_speedups._TRANSLATE,
            feedparser_speedups._PARAMS_GET: "_plain_get(self.contentparams, ",
            **feedparser_speedups._DROPS,
        },
        "pop",
    )
    assert earlier_pop is not None
    monkeypatch.setattr(mixin._FeedParserMixin, "pop", earlier_pop)
    monkeypatch.setattr(
        mixin._FeedParserMixin, "unknown_starttag", feedparser_speedups._ORIGINAL[12]
    )
    monkeypatch.setattr(mixin._FeedParserMixin, "unknown_endtag", feedparser_speedups._ORIGINAL[13])
    monkeypatch.setattr(datetimes, "_date_handlers", list(feedparser_speedups._ORIGINAL[14]))


def test_the_edits_apply_to_this_feedparser() -> None:
    # Failing here means feedparser's source changed and parsing went back to its own code.
    assert feedparser_speedups._STARTTAG is mixin._FeedParserMixin.unknown_starttag
    assert feedparser_speedups._ENDTAG is mixin._FeedParserMixin.unknown_endtag
    assert "_HTMLISH" in vars(feedparser_speedups)
    assert datetimes._date_handlers[0] is quick_w3dtf


@pytest.mark.parametrize("root", corpus_roots(), ids=corpus_id)
def test_every_corpus_file_gives_feedparsers_whole_result_with_and_without_them(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # feedparser's own test feeds are in the corpus: ill-formed XML, unknown namespaces, SVG and
    # MathML in content, xml:base, every date format it reads; each result whole, not only
    # what newsbot reads of it.
    bodies = [p.read_bytes() for p in corpus_files(root) if p.stat().st_size < 300_000]
    assert len(bodies) > 450
    # Broken copies too: each of twenty files cut off half-way (an unclosed element, bozo).
    bodies += [body[: len(body) // 2] for body in bodies[::25]]
    unchecked = [body for body in dict.fromkeys(bodies) if body not in _SAME_WITH_AND_WITHOUT]
    fast = [_raw(body) for body in unchecked]
    _without_session_24(monkeypatch)
    assert [_raw(body) for body in unchecked] == fast
    _SAME_WITH_AND_WITHOUT.update(unchecked)


_ITEM_WITH_EXTENSION = b"""<?xml version="1.0"?>
<rss version="2.0" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"><channel>
<title>Site</title><link>https://site.example/</link>
<item><title>A story</title><link>https://site.example/a</link>
<slash:comments>4</slash:comments><post-id xmlns="com-wordpress:feed-additions:1">7</post-id>
<pubDate>Mon, 07 Dec 2026 08:00:00 +0000</pubDate></item></channel></rss>"""


def test_a_handler_raising_attribute_error_still_falls_back_to_the_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # feedparser's try around the handler catches an AttributeError from inside it too: the
    # element is then stored as one without a handler. The quick lookup keeps that.
    def broken(self: Any, *args: Any) -> None:
        raise AttributeError("inside the handler")

    monkeypatch.setattr(mixin._FeedParserMixin, "_start_slash_comments", broken, raising=False)
    monkeypatch.setattr(mixin._FeedParserMixin, "_end_slash_comments", broken, raising=False)
    fast, _ = _raw(_ITEM_WITH_EXTENSION)
    assert fast["entries"][0]["slash_comments"] == "4"
    assert fast["entries"][0]["post-id"] == "7"
    _without_session_24(monkeypatch)
    assert _raw(_ITEM_WITH_EXTENSION)[0] == fast


def test_an_rfc_822_date_is_read_as_before() -> None:
    fast, _ = _raw(_ITEM_WITH_EXTENSION)
    assert fast["entries"][0]["published_parsed"][:6] == (2026, 12, 7, 8, 0, 0)
    # "mon," is no year: None, as feedparser's W3C parser answers after int("mon,") fails.
    assert quick_w3dtf("Mon, 07 Dec 2026 08:00:00 +0000") is None
    assert quick_w3dtf("2026-12-07 08:00:00") == _parse_date_w3dtf("2026-12-07 08:00:00")


_DATE = re.compile(
    rb"<(?:pubDate|dc:date|published|updated|lastBuildDate|issued|modified|created)>([^<]{1,80})<",
    re.IGNORECASE,
)


def _answer(text: str) -> tuple[str, Any]:
    try:
        return "value", _parse_date_w3dtf(text)
    except Exception as exc:  # what _parse_date catches and skips, or anything else
        return "raised", type(exc)


def _quick_answer(text: str) -> tuple[str, Any]:
    try:
        return "value", quick_w3dtf(text)
    except Exception as exc:
        return "raised", type(exc)


@pytest.mark.parametrize("root", corpus_roots(), ids=corpus_id)
def test_the_quick_w3c_date_parser_answers_as_feedparsers_on_every_date(root: Path) -> None:
    dates = {
        match.group(1).decode("utf-8", "replace")
        for path in corpus_files(root)
        for match in _DATE.finditer(path.read_bytes())
    }
    assert len(dates) > 1000
    # And texts near the shortcut's edge: words, signs, digits, "-", "t", spaces, "İ".
    rng = random.Random(2024)
    letters = "abcdefghijklmnopqrstuvwxyzMTZ0123456789-+:., _\t\u0130\u00e9"
    dates |= {"".join(rng.choices(letters, k=rng.randint(0, 30))) for _ in range(30_000)}
    dates |= {"Mon,", " Mon, 07", "mon-07-12", "1st-", "a", "", "  ", "Sun 2026-12-07"}
    unchecked = sorted(dates - _DATES_CHECKED)
    assert [_quick_answer(d) for d in unchecked] == [_answer(d) for d in unchecked]
    _DATES_CHECKED.update(dates)
