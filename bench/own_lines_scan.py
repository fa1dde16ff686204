"""Where the last check of a lead fires (whole_items.own_lines_lead): feeds and entries whose
post would be headline-only on main and now carries the entry's own lines. One process:
  .venv/bin/python bench/own_lines_scan.py --out FIRINGS.jsonl DIR_OR_LIST ... [--sample N]
Main's summary was "" wherever the check returns text (it is the last alternative), so one
run of this checkout counts the firings; FIRINGS.jsonl has each entry's text and new lead."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _tap(fired: list[dict[str, Any]]) -> None:
    import bot.compose.entry as entry_module

    stages = vars(entry_module)  # the module's globals, which _summary looks up
    own_lines_lead = stages["own_lines_lead"]

    def tapped(text: str, title: str | None, *args: Any, **kwargs: Any) -> str:
        lead: str = own_lines_lead(text, title, *args, **kwargs)
        if lead:
            fired.append({"title": title, "text": text[:400], "lead": lead})
        return lead

    stages["own_lines_lead"] = tapped


def _timeout(*_: object) -> None:
    raise TimeoutError


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--list", type=Path, help="feed keys, one a line, looked up in DIRS")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=28)
    args = parser.parse_args()
    os.environ.update(NEWSBOT_TEASER_CHARS="0", NEWSBOT_SITE_NAME_DAYS="0")
    from bot.admin.inspect import inspect_sources
    from bot.config import load_settings

    if args.list:
        keys = args.list.read_text().split()
        found = (next((d / k for d in args.dirs if (d / k).is_file()), None) for k in keys)
        files = [str(p) for p in found if p is not None]
    else:
        files = sorted(str(p) for d in args.dirs for p in d.rglob("*") if p.is_file())
    if args.sample:
        files = random.Random(args.seed).sample(files, min(args.sample, len(files)))
    fired: list[dict[str, Any]] = []
    _tap(fired)
    settings = load_settings()
    signal.signal(signal.SIGALRM, _timeout)
    feeds = firing = 0
    with args.out.open("w") as out:
        for path in files:
            fired.clear()
            signal.alarm(60)
            try:
                asyncio.run(inspect_sources(settings, [path]))
            except Exception as exc:  # not a feed, or too slow: counted as no firing
                print(f"{path}: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
                continue
            finally:
                signal.alarm(0)
            feeds += 1
            if feeds % 50 == 0:
                print(
                    f"{feeds} of {len(files)} feeds, fires on {firing}", file=sys.stderr, flush=True
                )
            firing += bool(fired)
            for row in fired:
                out.write(json.dumps({"feed": path} | row, ensure_ascii=False) + "\n")
            out.flush()
    print(f"{feeds} feeds rendered, the check fires on {firing}", file=sys.stderr)


if __name__ == "__main__":
    main()
