"""Print reprint-detection metrics on the labelled dev files (both by default), or on --file.

`--half a` / `--half b` scores one half of a fixed split by id hash (bot.attribution.scoring
.half_of): rules are tuned looking at half a only, half b checks they generalise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.attribution.scoring import DEV_FILES, eval_dir, evaluate, half_of, load_rows  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--file", type=Path, action="append", help="labelled jsonl (default: the dev files)"
    )
    parser.add_argument("--half", choices=("a", "b"), help="score one half of the fixed split")
    parser.add_argument("--errors", action="store_true", help="list misclassified ids")
    args = parser.parse_args(argv)
    paths = args.file or [eval_dir() / name for name in DEV_FILES]
    missing = [p for p in paths if not p.is_file()]
    if missing:
        print(f"labelled data not found: {missing[0]} (set NEWSBOT_EVAL)", file=sys.stderr)
        return 2
    rows = [row for path in paths for row in load_rows(path)]
    if args.half:
        rows = [row for row in rows if half_of(row) == args.half]
    report = evaluate(rows)
    print(
        "files: " + ", ".join(str(p) for p in paths) + (f" (half {args.half})" if args.half else "")
    )
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
