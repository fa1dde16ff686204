"""The corpus as a specification: no exception escapes, keys are stable, declared results hold.

Files from feedparser's suite declare `Expect:` Python expressions over a parse result; those
parts that speak of titles, links and ids are checked against newsbot's own entries. The W3C
validator's guid cases declare verdicts about ids and permalinks; their newsbot meaning is
checked: a guid is the entry's identity, repeats are one entry, a guid that is not a web
address is never used as the link.
"""

from __future__ import annotations

import ast
import html
import re
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import pytest

from bot.parsing.models import FeedEntry, ParsedFeed
from tests.conftest import corpus_id, corpus_roots
from tests.support.corpus import ESCAPED, Parsed, parse_corpus_file
from tests.test_corpus import corpus_files

SPOKEN_OF = {"title", "link", "id", "guid"}
_EXPECT = re.compile(r"Expect:\s*(.+?)\s*(?:-->|\n|$)")


@pytest.fixture(scope="module", params=corpus_roots(), ids=corpus_id)
def corpus_root(request: pytest.FixtureRequest) -> Path:
    """The carried corpus, then the full shared one when NEWSBOT_CORPUS names it."""
    root: Path = request.param
    return root


@pytest.fixture(scope="module")
def two_runs(corpus_root: Path) -> Iterator[tuple[dict[str, Parsed], dict[str, Parsed]]]:
    """Every corpus file parsed twice, in two fresh interpreters (different hash seeds)."""
    files = [str(p) for p in corpus_files(corpus_root)]
    roots = [str(corpus_root)] * len(files)
    context = get_context("spawn")
    with (
        ProcessPoolExecutor(1, mp_context=context) as first,
        ProcessPoolExecutor(1, mp_context=context) as second,
    ):
        # Both submitted before either is read: the two interpreters parse side by side (a
        # core that is free, at the end of a run, halves this fixture's wall time).
        one_run = first.map(parse_corpus_file, files, roots, chunksize=16)
        two_run = second.map(parse_corpus_file, files, roots, chunksize=16)
        one, two = list(one_run), list(two_run)
    yield {p.path: p for p in one}, {p.path: p for p in two}


def test_no_exception_escapes_and_most_files_are_feeds(
    two_runs: tuple[dict[str, Parsed], dict[str, Parsed]], corpus_root: Path
) -> None:
    one, _ = two_runs
    escaped = [f"{p.path}: {p.error}" for p in one.values() if (p.error or "").startswith(ESCAPED)]
    assert escaped == []
    feeds = [p for p in one.values() if p.feed is not None]
    assert len(one) == len(corpus_files(corpus_root))
    assert len(feeds) > 0.85 * len(one)


def test_entry_keys_are_the_same_in_two_runs(
    two_runs: tuple[dict[str, Parsed], dict[str, Parsed]],
) -> None:
    one, two = two_runs
    with_entries = [path for path, parsed in one.items() if parsed.keys]
    assert len(with_entries) > 300
    for path in with_entries:
        assert one[path].keys == two[path].keys, path
        assert len(set(one[path].keys)) == len(one[path].keys), path


class Unsupported(Exception):
    """The expression asks about something newsbot's model does not have."""


class Node(dict[str, Any]):
    """A feedparser-like result node: attribute or key access; unknown keys are Unsupported."""

    def __init__(self, known: dict[str, Any], absent: set[str]) -> None:
        super().__init__(known)
        self.absent = absent  # modelled keys the document does not have

    def __missing__(self, key: str) -> Any:
        if key in self.absent:
            raise KeyError(key)
        raise Unsupported(key)

    def __getattr__(self, name: str) -> Any:
        return self[name]

    def has_key(self, key: str) -> bool:
        return key in self


def _node(values: dict[str, Any]) -> Node:
    return Node({k: v for k, v in values.items() if v is not None}, set(values))


def _entry_node(entry: FeedEntry) -> Node:
    guid = entry.key[3:] if entry.key.startswith("id:") else None
    return _node({"title": entry.title, "link": entry.link, "id": guid, "guid": guid})


def _names(expr: ast.AST) -> set[str]:
    spoken: set[str] = set()
    for node in ast.walk(expr):
        if isinstance(node, ast.Attribute):
            spoken.add(node.attr)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            spoken.add(node.value)
    return spoken


def _conjuncts(expression: str) -> list[ast.expr]:
    tree = ast.parse(expression, mode="eval").body
    if isinstance(tree, ast.BoolOp) and isinstance(tree.op, ast.And):
        return list(tree.values)
    return [tree]


def _checks(parsed: Parsed, body: bytes) -> list[tuple[str, bool | None]]:
    """Each title/link/id conjunct of the file's expectation, and whether it holds."""
    match = _EXPECT.search(body[:4000].decode("utf-8", "replace"))
    if match is None:
        return []
    feed = parsed.feed
    assert feed is not None
    items = parsed.items or feed.entries
    scope = {
        "feed": _node({"title": feed.title, "link": feed.site_url}),
        "entries": [_entry_node(e) for e in items],
        "bozo": feed.malformed,
        "len": len,
        "ord": ord,
    }
    results: list[tuple[str, bool | None]] = []
    for conjunct in _conjuncts(match.group(1).strip()):
        if not _names(conjunct) & SPOKEN_OF or "guidislink" in _names(conjunct):
            continue
        text = ast.unparse(conjunct)
        try:
            holds = bool(eval(compile(ast.Expression(conjunct), "<Expect>", "eval"), {}, scope))  # noqa: S307
        except Unsupported:
            holds = None
        results.append((text, holds))
    return results


def test_feedparser_expectations_about_titles_links_and_ids_hold(
    two_runs: tuple[dict[str, Parsed], dict[str, Parsed]],
) -> None:
    one, _ = two_runs
    checked: list[str] = []
    failed: list[str] = []
    for path, parsed in sorted(one.items()):
        if "/feedparser/" not in path or parsed.feed is None:
            continue
        for text, holds in _checks(parsed, Path(path).read_bytes()):
            checked.append(f"{Path(path).name}: {text}")
            if holds is not True:
                failed.append(f"{Path(path).name}: {text} -> {holds}")
    assert len(checked) >= 25, checked
    assert failed == []


def _guids(body: bytes) -> list[str | None]:
    found = []
    for item in re.findall(rb"<item>(.*?)</item>", body, re.S):
        guid = re.search(rb"<guid[^>]*>(.*?)</guid>", item, re.S)
        text = guid.group(1).decode() if guid else None
        if text is not None:
            text = html.unescape(re.sub(r"<!\[CDATA\[(.*?)\]\]>", r"\1", text, flags=re.S))
        found.append(text.strip() if text is not None else None)
    return found


def _verdict(body: bytes) -> str:
    match = re.search(rb"Expect:\s*(\S+)", body)
    assert match is not None
    return match.group(1).decode()


def test_w3c_guid_cases_mean_identity_and_never_a_bad_link(
    two_runs: tuple[dict[str, Parsed], dict[str, Parsed]],
) -> None:
    one, _ = two_runs
    cases = [p for p in sorted(one) if "/element-channel-item-guid/" in p]
    assert len(cases) >= 20
    for path in cases:
        body = Path(path).read_bytes()
        verdict, feed = _verdict(body), one[path].feed
        assert isinstance(feed, ParsedFeed), path
        guids = _guids(body)
        expected_keys = {f"id:{g}" for g in guids if g}
        assert expected_keys <= set(one[path].keys), (path, one[path].keys)
        if any(not g for g in guids):
            assert any(not k.startswith("id:") for k in one[path].keys), path
        if verdict.startswith("DuplicateValue"):
            assert len(feed.entries) < len(guids), path  # repeats are one entry
        if verdict.startswith("!DuplicateValue"):
            assert len(feed.entries) == len(guids), path
        for entry in feed.entries:
            if entry.link is not None:
                assert entry.link.startswith(("http://", "https://")), (path, entry.link)
        if verdict.startswith(("InvalidPermalink", "InvalidHttpGUID", "!InvalidLink")):
            assert all(e.link is None for e in feed.entries), path
        if verdict == "!InvalidPermalink":
            assert [e.link for e in feed.entries] == guids, path
