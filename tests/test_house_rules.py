"""Rules of the house that a reviewer would otherwise have to remember (docs/DESIGN.md)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

PACKAGES = ("bot", "handlers", "storage")
MAX_FUNCTION_LINES = 60
# A function may run longer when a comment says why, on the lines just above its `def`.
REASON_MARK = "# Long because"
MAX_MODULE_LINES = 400
MODULE_REASON_MARK = "# Long module because"


def _modules() -> list[Path]:
    return sorted(p for package in PACKAGES for p in (REPO / package).rglob("*.py"))


def _has_reason(lines: list[str], def_line: int) -> bool:
    """True when a comment right above the function (or its decorators) gives the reason."""
    index = def_line - 2
    while index >= 0 and lines[index].strip().startswith(("@", "#")):
        if lines[index].strip().startswith(REASON_MARK):
            return True
        index -= 1
    return False


def test_no_function_runs_over_sixty_lines_without_a_reason() -> None:
    too_long = []
    for path in _modules():
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > MAX_FUNCTION_LINES and not _has_reason(lines, first):
                too_long.append(f"{path.relative_to(REPO)}:{node.lineno} {node.name} ({length})")
    assert too_long == [], f"split these or say why above them ({REASON_MARK} …)"


def test_no_module_runs_over_four_hundred_lines_without_a_reason() -> None:
    too_long = []
    for path in _modules():
        lines = path.read_text(encoding="utf-8").splitlines()
        if len(lines) > MAX_MODULE_LINES and not any(
            line.startswith(MODULE_REASON_MARK) for line in lines[:30]
        ):
            too_long.append(f"{path.relative_to(REPO)} ({len(lines)})")
    assert too_long == [], f"split these or say why near the top ({MODULE_REASON_MARK} …)"


def test_the_reason_mark_is_found_only_right_above_a_function() -> None:
    lines = ["# Long because it is a table.", "@decorator", "def f():", "    pass"]
    assert _has_reason(lines, 2)
    assert not _has_reason(["# Long because x", "", "def f():"], 3)


def test_handlers_reach_the_service_only_through_the_admin_desk() -> None:
    # The desk's methods are the list of what commands can do; a handler that reads
    # `.storage`, `.checker`, `.scheduler` or `.sender` has gone round it.
    service_parts = {"storage", "checker", "scheduler", "sender", "publisher", "shared"}
    reached = []
    for path in sorted((REPO / "handlers").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr.lstrip("_") in service_parts:
                reached.append(f"{path.relative_to(REPO)}:{node.lineno} .{node.attr}")
            if isinstance(node, ast.ImportFrom) and node.module == "storage.store":
                reached.append(f"{path.relative_to(REPO)}:{node.lineno} import storage.store")
    assert reached == []


def test_docstrings_are_one_or_two_lines_and_the_rest_of_the_why_is_comments() -> None:
    wordy = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                continue
            docstring = ast.get_docstring(node)
            if docstring and len(docstring.strip().splitlines()) > 2:
                wordy.append(f"{path.relative_to(REPO)}:{node.lineno} {node.name}")
    assert wordy == []
