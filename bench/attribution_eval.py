"""Print reprint-detection metrics on $NEWSBOT_EVAL/reprints-dev.jsonl (or --file)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.attribution.scoring import eval_dir, evaluate, load_rows  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--file", type=Path, help="labelled jsonl (default: reprints-dev.jsonl)")
    parser.add_argument("--errors", action="store_true", help="list misclassified ids")
    args = parser.parse_args(argv)
    path = args.file or eval_dir() / "reprints-dev.jsonl"
    if not path.is_file():
        print(f"labelled data not found: {path} (set NEWSBOT_EVAL)", file=sys.stderr)
        return 2
    report = evaluate(load_rows(path))
    print(f"file: {path}")
    print(report.summary())
    if args.errors:
        print("errors:")
        for line in report.errors:
            print("  " + line)
    failing = report.failures()
    if failing:
        print("below bar: " + ", ".join(failing))
    return 1 if failing else 0


if __name__ == "__main__":
    raise SystemExit(main())
