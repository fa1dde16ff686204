"""Render every post editors have judged again, with this checkout's code: what does a change do?

Each judged (feed, entry) keeps its latest verdict (an "-after" file overrides the first one). Run:
  .venv/bin/python bench/judged_rerender.py --out main.jsonl [--dirs DIR ...]   (once per checkout)
  .venv/bin/python bench/judged_rerender.py --compare main.jsonl branch.jsonl  (changes by verdict)
  --match REGEX renders only the feeds whose file matches (a quick subset; compare reads those).
Feeds are looked up under --dirs (default: $NEWSBOT_CORPUS or ../shared/corpus, and every
/work/pools/* folder: the pool lists' files as the lead's machine keeps them)."""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import multiprocessing
import os
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
JUDGED = REPO / "bench" / "judged"


def latest_verdicts(folder: Path = JUDGED) -> dict[tuple[str, int], dict[str, object]]:
    """Every judged post's latest verdict row: first verdicts, then the "-after" re-judgings."""
    files = sorted(folder.glob("*.jsonl"), key=lambda f: ("after" in f.name, f.name))
    rows: dict[tuple[str, int], dict[str, object]] = {}
    for f in files:
        for line in f.read_text().splitlines():
            row = json.loads(line) if line.strip() else {}
            if row.get("verdict") in ("publish", "reject") and "feed" in row and "entry" in row:
                rows[(str(row["feed"]), int(row["entry"]))] = row | {"verdict_file": f.name}
    return rows


def _render_feed(path: str) -> list[dict[str, str]]:
    os.environ.update(NEWSBOT_TEASER_CHARS="0", NEWSBOT_SITE_NAME_DAYS="0")
    from bot.admin.inspect import inspect_sources
    from bot.config import load_settings

    try:
        entries = asyncio.run(inspect_sources(load_settings(), [path]))
    except Exception as exc:  # a feed that fails to render is reported, not fatal
        return [{"error": f"{type(exc).__name__}: {exc}"}]
    return [{"post": e.post, "message": e.message} for e in entries]


def render_all(dirs: list[Path], out: Path, jobs: int, match: re.Pattern[bytes] | None) -> None:
    verdicts = latest_verdicts()
    feeds = sorted({feed for feed, _ in verdicts})
    found = {f: next((d / f for d in dirs if (d / f).is_file()), None) for f in feeds}
    if match is not None:  # a subset run: only the feeds a rule can touch
        found = {f: p for f, p in found.items() if p is not None and match.search(p.read_bytes())}
        verdicts = {key: row for key, row in verdicts.items() if key[0] in found}
    paths = [str(p) for p in found.values() if p is not None]
    print(f"{len(verdicts)} judged posts, {len(feeds)} feeds, {len(paths)} found", file=sys.stderr)
    with multiprocessing.get_context("spawn").Pool(jobs) as pool:
        rendered = dict(zip(paths, pool.map(_render_feed, paths, chunksize=4), strict=True))
    with out.open("w") as fh:
        for (feed, entry), row in sorted(verdicts.items()):
            path = found[feed]
            posts = rendered.get(str(path), []) if path else []
            now = posts[entry] if entry < len(posts) else {"error": "entry not rendered"}
            fh.write(json.dumps(row | {"now": now}, ensure_ascii=False) + "\n")


def compare(before: Path, after: Path) -> None:
    old = [json.loads(line) for line in before.read_text().splitlines()]
    new = {(r["feed"], r["entry"]): r for r in map(json.loads, after.read_text().splitlines())}
    old = [o for o in old if (o["feed"], o["entry"]) in new]  # AFTER may be a --match subset
    pairs = [(o, new[(o["feed"], o["entry"])]) for o in old]
    changed = [(o, n) for o, n in pairs if o["now"] != n["now"]]
    by = collections.Counter(f"{o['verdict']} {o.get('family') or ''}".strip() for o, _ in changed)
    print(f"{len(changed)} of {len(old)} judged posts change; by latest verdict and family:")
    for key, count in by.most_common():
        print(f"  {count:4d}  {key}")
    for o, n in changed:
        print(
            json.dumps(
                {
                    "feed": o["feed"],
                    "entry": o["entry"],
                    "verdict": o["verdict"],
                    "family": o.get("family"),
                    "defect": o.get("defect"),
                    "before": o["now"],
                    "after": n["now"],
                },
                ensure_ascii=False,
            ),
            file=sys.stderr,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--dirs", type=Path, nargs="*")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--match", help="only feeds whose file matches (bytes regex, any case)")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        compare(*args.compare)
        return 0
    corpus = Path(os.environ.get("NEWSBOT_CORPUS", REPO.parent / "shared" / "corpus"))
    dirs = args.dirs or [corpus, *sorted(Path("/work/pools").glob("*"))]
    match = re.compile(args.match.encode(), re.IGNORECASE) if args.match else None
    render_all([d for d in dirs if d.is_dir()], args.out, args.jobs, match)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
