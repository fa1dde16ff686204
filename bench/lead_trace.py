"""Which stage left a post without the entry's text: a trace of one feed's entries, by stage.

  .venv/bin/python bench/lead_trace.py FEED [ENTRY ...]    (one line per entry, JSON)
  .venv/bin/python bench/lead_trace.py --judged FAMILY ... (the judged rejects of those families
                                                            whose post renders as judged)
Stages: `cleaning` (the cleaned text is empty: by the feed's learned boilerplate, by the block
roles that are no lead text, or by the cuts), `lead` (text kept, summarize found no lead), `thin`
(a lead of one short sentence), `ok`. Each line names the removing rule as far as it is known."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def _install_taps(log: list[dict[str, Any]]) -> None:
    """Wrap the compose stages so each entry's intermediate texts are recorded."""
    import bot.compose.entry as entry_module

    stages = vars(entry_module)  # the module's globals, which compose_entry looks up
    read_entry, summarize = stages["read_entry"], stages["summarize"]

    def tapped_read(entry: Any, page: Any, credit: Any, teaser: int, boilerplate: Any) -> Any:
        read = read_entry(entry, page, credit, teaser, boilerplate)
        log.append({"entry": entry, "text": read.text, "boilerplate": boilerplate, "sums": []})
        return read

    def tapped_summarize(text: str, **kwargs: Any) -> str:
        summary: str = summarize(text, **kwargs)
        if log:
            log[-1]["sums"].append((text, summary))
        return summary

    stages["read_entry"], stages["summarize"] = tapped_read, tapped_summarize


def _block_roles(html: str) -> list[str]:
    from bot.text.blocks import to_blocks

    return [f"{b.kind}/{b.role}:{b.text[:40]!r}" for b in to_blocks(html) if b.text.strip()][:8]


def _cleaning_rule(entry: Any, boilerplate: frozenset[str]) -> str:
    """Why the cleaned text is empty: learned boilerplate, block roles, or cuts/furniture."""
    from bot.compose.reading import read_text
    from bot.text.blocks import to_blocks

    html = entry.content_html or entry.description_html or ""
    if not html.strip():
        return "no-text"
    unlearned, _ = read_text(html, title=entry.title, site_name=None, site_url=None)
    if unlearned and boilerplate:
        return "boilerplate-learned"
    blocks = [b for b in to_blocks(html) if b.text.strip()]
    if blocks and all(b.kind == "text" and b.role not in ("para", "quote") for b in blocks):
        return "roles:" + ",".join(sorted({b.role for b in blocks}))
    if blocks and all(b.kind != "text" for b in blocks):
        return "kinds:" + ",".join(sorted({b.kind for b in blocks}))
    return "cuts-or-furniture"


def trace(path: str, wanted: set[int] | None = None) -> list[dict[str, Any]]:
    os.environ.update(NEWSBOT_TEASER_CHARS="0", NEWSBOT_SITE_NAME_DAYS="0")
    from bot.admin.inspect import inspect_sources
    from bot.config import load_settings

    log: list[dict[str, Any]] = []
    _install_taps(log)
    entries = asyncio.run(inspect_sources(load_settings(), [path]))
    out = []
    for n, (seen, shown) in enumerate(zip(log, entries, strict=False)):
        if wanted is not None and n not in wanted:
            continue
        text, summary = seen["text"], shown.summary
        if not text.strip():
            stage, rule = "cleaning", _cleaning_rule(seen["entry"], seen["boilerplate"])
        elif not summary.strip():
            stage, rule = "lead", "summarize-empty"
        elif len(summary.split()) < 12 and len(text) > 3 * len(summary):
            stage, rule = "thin", "one-short-sentence"
        else:
            stage, rule = "ok", ""
        html = seen["entry"].content_html or seen["entry"].description_html or ""
        out.append(
            {
                "entry": n,
                "stage": stage,
                "rule": rule,
                "summary": summary[:120],
                "text": text[:300],
                "blocks": _block_roles(html) if stage != "ok" else [],
            }
        )
    return out


def _judged(families: list[str], before: Path) -> dict[str, set[int]]:
    by_feed: dict[str, set[int]] = {}
    for line in before.read_text().splitlines():
        row = json.loads(line)
        same = row["now"].get("message") == row["message"]
        if row["verdict"] == "reject" and row.get("family") in families and same:
            by_feed.setdefault(row["feed"], set()).add(int(row["entry"]))
    return by_feed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("feed", nargs="?")
    parser.add_argument("entries", nargs="*", type=int)
    parser.add_argument("--judged", nargs="*", default=None)
    parser.add_argument("--before", type=Path, default=Path("/work/judged-b30.jsonl"))
    parser.add_argument("--dirs", nargs="*", type=Path, default=None)
    args = parser.parse_args()
    if args.judged is None:
        for row in trace(args.feed, set(args.entries) or None):
            print(json.dumps(row, ensure_ascii=False))
        return
    dirs = args.dirs or [Path("/work/shared/corpus"), *Path("/work/pools").glob("*")]
    for feed, entries in sorted(_judged(args.judged, args.before).items()):
        path = next((d / feed for d in dirs if (d / feed).is_file()), None)
        if path is None:
            continue
        try:
            rows = trace(str(path), entries)
        except Exception as exc:  # a feed that fails is reported, not fatal
            rows = [{"error": f"{type(exc).__name__}: {exc}"}]
        for row in rows:
            print(json.dumps({"feed": feed} | row, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
