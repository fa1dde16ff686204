"""Posts that come out empty or thin although their entry had text: every entry of every feed
file given, composed as on the first check (boilerplate learned over the file), listed when its
summary is under --summary-chars while the entry's own text (tags stripped) holds --text-chars.

Run: .venv/bin/python bench/thin_posts.py DIR ... > thin.jsonl   (one line a thin post)
     .venv/bin/python bench/thin_posts.py --diff before.jsonl after.jsonl
An editor reads the lines and groups them by the rule that removed the text; a post that is
rightly headline-only (its text all boilerplate, a file listing) stays so."""

# Not a timing: an audit list (issue 11's empty and headline-only posts, helper E5).

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from html import unescape
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.compose.entry import compose_batch, learn_boilerplate, source_name  # noqa: E402
from bot.parsing.feeds import parse_feed  # noqa: E402
from bot.parsing.models import NotAFeed  # noqa: E402
from bot.text.boilerplate import FeedBoilerplate  # noqa: E402

_NOT_FEEDS = {".md", ".tsv", ".txt", ".html", ".htm", ".py", ".go", ".rs", ".js", ".json5"}
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def _files(directories: list[str]) -> list[Path]:
    found: list[Path] = []
    for directory in directories:
        found += sorted(
            path
            for path in Path(directory).rglob("*")
            if path.is_file()
            and path.suffix not in _NOT_FEEDS
            and "LICENSE" not in path.name
            and "defusedxml" not in path.parts
        )
    return found


def _plain(html: str) -> str:
    return _SPACE.sub(" ", unescape(_TAG.sub(" ", html))).strip()


def _thin(path: Path, summary_chars: int, text_chars: int) -> list[dict[str, object]]:
    try:
        parsed = parse_feed(path.read_bytes(), url=path.as_uri(), headers={})
    except (NotAFeed, ValueError, OSError):
        return []
    source = source_name(parsed.title, parsed.site_url, path.as_uri(), parsed.channel)
    learned = learn_boilerplate(FeedBoilerplate(), parsed.entries, now=1.8e9)
    composed = compose_batch(
        parsed.entries,
        source=source,
        source_url=parsed.site_url,
        language=parsed.language,
        summary_chars=600,
        boilerplate=learned.phrases,
    )
    rows: list[dict[str, object]] = []
    for index, (entry, post) in enumerate(zip(parsed.entries, composed, strict=True)):
        text = _plain(entry.content_html)
        if post.content is None or len(text) < text_chars:
            continue
        if len(post.content.summary) < summary_chars:
            rows.append(
                {
                    "feed": str(path),
                    "entry": index,
                    "title": entry.title,
                    "summary": post.content.summary,
                    "text": text[:400],
                }
            )
    return rows


def _audit(paths: list[Path], summary_chars: int, text_chars: int) -> Iterator[dict[str, object]]:
    with ProcessPoolExecutor(max_workers=1) as pool:
        jobs = [pool.submit(_thin, path, summary_chars, text_chars) for path in paths]
        for job in jobs:
            try:
                yield from job.result()
            except Exception as error:  # one broken file must not end the audit
                print(f"skipped: {error!r}", file=sys.stderr)


def _diff(before: Path, after: Path) -> None:
    def keyed(path: Path) -> dict[tuple[str, int], dict[str, object]]:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        return {(str(row["feed"]), int(row["entry"])): row for row in rows}

    old, new = keyed(before), keyed(after)
    for key in sorted(old.keys() - new.keys()):
        print(f"fixed  {key[0]} #{key[1]}: {old[key]['title']!s:.60}")
    for key in sorted(new.keys() - old.keys()):
        print(f"new    {key[0]} #{key[1]}: {new[key]['title']!s:.60} | {new[key]['summary']}")
    print(f"before {len(old)}, after {len(new)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dirs", nargs="*")
    parser.add_argument("--summary-chars", type=int, default=40)
    parser.add_argument("--text-chars", type=int, default=80)
    parser.add_argument("--diff", nargs=2, type=Path)
    arguments = parser.parse_args()
    if arguments.diff:
        _diff(*arguments.diff)
        return
    files = _files(arguments.dirs)
    for row in _audit(files, arguments.summary_chars, arguments.text_chars):
        print(json.dumps(row, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
