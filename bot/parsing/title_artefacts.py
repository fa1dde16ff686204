"""What a site generator or a wiki leaves in its feed's titles: ASCII quotes round every title
(front matter's `title: '"…"'`), a source file's extension ("操作系统-进程管理.md"), a wiki
change's page id before its edit summary ("reviews:guide_to_php_design_patterns - Review …")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from urllib.parse import parse_qs, unquote, urlsplit

from bot.parsing.identity import stand_in_headline
from bot.parsing.models import FeedEntry

# Typewriter quotes round the whole title and none inside: a template quoting its field.
_QUOTED = re.compile(r'^\s*"(?P<words>[^"]*\w[^"]*)"\s*$')
# Nearly every item, of enough items that it is the generator's habit, not a quoted headline.
_SHARE = 0.8
_MIN_ITEMS = 3
# A markup source file's extension closing a title, against its name.
_SOURCE_FILE = re.compile(r"(?<=[^\W_])\.(?:md|markdown|mdx|mkd|rst|adoc|asciidoc|textile|ipynb)$")
# Two titles so named make it the generator's habit; one may be a file the post is about.
_HABIT = 2
# A DokuWiki page id ("develop:simpletest_mock_functions", "start") and the edit summary after.
_WIKI_CHANGE = re.compile(r"^(?P<id>[a-z0-9_.-]+(?::[a-z0-9_.-]+)*)(?: - (?P<summary>.+))?$")
# The summaries the wiki writes itself (DokuWiki's lang strings): no headline.
_AUTOMATIC_SUMMARIES = frozenset(
    ("created", "removed", "external edit", "old revision restored", "page created")
)

# A bracketed note opening a page's text ("(19th Oct 2005) Here's some more detail …").
_BRACKETED_START = re.compile(r"^\s*\([^()<>]{1,40}\)")


def _unquoted(entries: Sequence[FeedEntry]) -> list[FeedEntry]:
    quoted = [_QUOTED.match(e.title) for e in entries]
    if len(entries) < _MIN_ITEMS or sum(m is not None for m in quoted) < _SHARE * len(entries):
        return list(entries)
    return [
        replace(e, title=m["words"].strip()) if m else e
        for e, m in zip(entries, quoted, strict=True)
    ]


def _without_file_types(entries: Sequence[FeedEntry]) -> list[FeedEntry]:
    if sum(bool(_SOURCE_FILE.search(e.title)) for e in entries) < _HABIT:
        return list(entries)
    return [replace(e, title=_SOURCE_FILE.sub("", e.title)) for e in entries]


def _page_ids(link: str | None) -> set[str]:
    """The wiki page ids an item's link can address (".../doku.php/ns/page", "?id=ns:page")."""
    if not link:
        return set()
    parts = urlsplit(link)
    # DokuWiki's own addresses: a package index's "yubatake - 4.0.1" at /rb-de0/yubatake is none.
    if "doku.php" not in parts.path and "id=" not in parts.query:
        return set()
    path = unquote(parts.path).strip("/").casefold()
    ids = {path.replace("/", ":")[i:] for i in range(len(path)) if i == 0 or path[i - 1] == "/"}
    ids |= {v.casefold() for v in parse_qs(parts.query).get("id", [])}
    return ids


def _wiki_headline(entry: FeedEntry) -> str | None:
    """The headline of a wiki change titled by its page id, or None where that is no id."""
    found = _WIKI_CHANGE.match(entry.title)
    if found is None or found["id"] not in _page_ids(entry.link):
        return None
    summary = (found["summary"] or "").strip()
    if summary.casefold() in _AUTOMATIC_SUMMARIES:
        # The page's text says what it is: its first sentence heads it, not a dated aside.
        text = _BRACKETED_START.sub("", entry.content_html, count=1)
        return stand_in_headline("", text, entry.link) or None
    return summary or None


def _without_page_ids(entries: Sequence[FeedEntry]) -> list[FeedEntry]:
    headlines = [_wiki_headline(e) if " - " in e.title else None for e in entries]
    # A wiki titles every change so: one item so titled may be a page named by its address.
    if sum(h is not None for h in headlines) < _HABIT:
        return list(entries)
    return [replace(e, title=h) if h else e for e, h in zip(entries, headlines, strict=True)]


def without_title_artefacts(entries: Sequence[FeedEntry]) -> list[FeedEntry]:
    """The entries without the quotes, file extensions or wiki page ids the software that
    wrote their feed put in their titles."""
    return _without_page_ids(_without_file_types(_unquoted(entries)))
