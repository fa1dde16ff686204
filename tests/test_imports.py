"""The import graph of bot/, handlers/ and storage/: no circles, and the text model stands alone.

Every import counts, also those inside functions: a local import hides a circle from Python's
start-up but not from a reader, who still cannot understand one module without the other.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import REPO

PACKAGES = ("bot", "handlers", "storage")


@dataclass(frozen=True)
class Import:
    """One import statement's target module, and where the statement is."""

    target: str
    path: str
    line: int


def module_names(root: Path, packages: Iterable[str]) -> dict[str, Path]:
    """Dotted module name → file, for every module under the packages."""
    names: dict[str, Path] = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            names[".".join(parts)] = path
    return names


def _resolve(name: str, modules: dict[str, Path]) -> str | None:
    """The longest prefix of a dotted name that is one of our modules."""
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in modules:
            return candidate
    return None


def imports_of(module: str, path: Path, modules: dict[str, Path], root: Path) -> list[Import]:
    """Our modules that `module` imports anywhere in its file (top level, functions, branches)."""
    found: list[Import] = []
    where = str(path.relative_to(root))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Import | ast.ImportFrom):
            continue
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            # "from bot.text import blocks" imports the module bot.text.blocks.
            targets = [f"{base}.{alias.name}" for alias in node.names]
        for target in targets:
            resolved = _resolve(target, modules)
            edge = Import(resolved or "", where, node.lineno)
            # "from bot.x import A, B" is one import of bot.x, not two.
            if resolved is not None and resolved != module and edge not in found:
                found.append(edge)
    return found


def import_graph(root: Path, packages: Iterable[str]) -> dict[str, list[Import]]:
    """Module → the imports of our modules it makes."""
    modules = module_names(root, packages)
    return {name: imports_of(name, path, modules, root) for name, path in modules.items()}


def _strongly_connected(graph: dict[str, list[Import]]) -> list[list[str]]:
    """Tarjan's components of more than one module: each holds at least one circle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for edge in graph.get(node, []):
            if edge.target not in index:
                visit(edge.target)
                low[node] = min(low[node], low[edge.target])
            elif edge.target in on_stack:
                low[node] = min(low[node], index[edge.target])
        if low[node] == index[node]:
            component: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return components


def _one_circle(graph: dict[str, list[Import]], component: list[str]) -> list[Import]:
    """A shortest circle through the component's first module, as the imports that make it."""
    members, start = set(component), component[0]
    paths: dict[str, list[Import]] = {start: []}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for edge in graph[node]:
            if edge.target == start:
                return [*paths[node], edge]
            if edge.target in members and edge.target not in paths:
                paths[edge.target] = [*paths[node], edge]
                queue.append(edge.target)
    raise AssertionError(f"no circle in {component}")  # a component always holds one


def circles(graph: dict[str, list[Import]]) -> list[str]:
    """Each import circle, named module by module with the line that imports the next."""
    described = []
    for component in _strongly_connected(graph):
        steps = _one_circle(graph, component)
        chain = " → ".join(f"{e.path}:{e.line} imports {e.target}" for e in steps)
        described.append(f"{component[0]}: {chain} (component: {', '.join(component)})")
    return described


def test_no_import_circle_between_modules() -> None:
    found = circles(import_graph(REPO, PACKAGES))
    assert found == [], "import circles:\n" + "\n".join(found)


# The block model: text/blocks.py and the modules it is split into (session 13).
BLOCK_MODEL = frozenset(
    f"bot.text.{name}"
    for name in (
        "blocks block_model block_kinds html_blocks hard_wraps heading_lines markdown_blocks "
        "plain_blocks field_labels mail_messages sentence_ends stray_chars lead_headings "
        "section_labels split_links link_remnants tag_rows note_lines address_labels "
        "mail_signatures program_text appended_markup cjk_writing written_stops hidden_text "
        "cased_headings"
    ).split()
)


def test_the_block_model_imports_nothing_of_the_project_but_itself() -> None:
    graph = import_graph(REPO, PACKAGES)
    assert BLOCK_MODEL <= graph.keys()
    outside = [
        f"{module} → {edge.target} ({edge.path}:{edge.line})"
        for module in sorted(BLOCK_MODEL)
        for edge in graph[module]
        if edge.target not in BLOCK_MODEL
    ]
    assert outside == []


def test_cleaning_and_attribution_meet_only_in_the_block_model() -> None:
    graph = import_graph(REPO, PACKAGES)
    crossing = [
        f"{module} → {edge.target} ({edge.path}:{edge.line})"
        for module, edges in graph.items()
        for edge in edges
        if (module.startswith("bot.text.") and edge.target.startswith("bot.attribution"))
        or (
            module.startswith("bot.attribution.")
            and edge.target.startswith("bot.text")
            and edge.target != "bot.text.blocks"
        )
    ]
    assert crossing == []


def test_a_circle_through_a_local_import_is_found_and_named(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "a.py").write_text("from pkg.sub import b\n")
    (package / "sub" / "b.py").write_text("def f():\n    from .. import c\n")
    (package / "c.py").write_text("import pkg.a as a\nimport os\n")
    (package / "d.py").write_text("from pkg import a\n")  # imports into the circle, not part of it
    found = circles(import_graph(tmp_path, ["pkg"]))
    assert found == [
        "pkg.a: pkg/a.py:1 imports pkg.sub.b → pkg/sub/b.py:2 imports pkg.c"
        " → pkg/c.py:1 imports pkg.a (component: pkg.a, pkg.c, pkg.sub.b)"
    ]


def test_the_graph_holds_every_module_and_function_level_imports() -> None:
    graph = import_graph(REPO, PACKAGES)
    assert {"bot.app", "handlers", "storage.store", "bot.parsing.identity"} <= set(graph)
    # stand_in_title imports the cleaner inside the function.
    assert "bot.text.cleaning" in {e.target for e in graph["bot.parsing.identity"]}
