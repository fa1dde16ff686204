"""The data the tests carry is all there, unchanged, and accounted for in tests/data/SOURCES.md.

A fresh clone has nothing beside it, so a file the tests read but git does not carry, or one
carried but not traceable to its source and licence, must show up here rather than on someone
else's machine.
"""

from __future__ import annotations

import ast
import hashlib
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests import conftest
from tests.conftest import DATA, REPO, carried, corpus_roots

# Written for the project, not copied: the table itself, and line-end rules for git.
OWN_FILES = {"SOURCES.md", ".gitattributes"}
_ROW = re.compile(r"^\| `([^`]+)` \| [^|]+ \| (\d+) \| `([0-9a-f]{40})` \|$", re.M)


def listed() -> dict[str, tuple[int, str]]:
    """SOURCES.md's table of every file: path under tests/data -> (bytes, git blob sha1)."""
    text = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    rows = {path: (int(size), sha) for path, size, sha in _ROW.findall(text)}
    # A table the pattern no longer matches would make every check below vacuous.
    assert len(rows) > 500, f"only {len(rows)} rows found in tests/data/SOURCES.md"
    return rows


def on_disk() -> set[str]:
    return {
        p.relative_to(DATA).as_posix()
        for p in DATA.rglob("*")
        if p.is_file() and not (p.parent == DATA and p.name in OWN_FILES)
    }


def git_blob_sha1(data: bytes) -> str:
    """What `git hash-object` prints: the id the upstream repository gives the same bytes."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def test_every_carried_file_is_listed_and_every_listed_file_is_carried() -> None:
    rows, files = listed(), on_disk()
    assert sorted(files - rows.keys()) == [], "carried but not in tests/data/SOURCES.md"
    assert sorted(rows.keys() - files) == [], "in tests/data/SOURCES.md but not carried"


def test_every_carried_file_is_unchanged_from_its_source() -> None:
    changed = []
    for path, (size, sha) in sorted(listed().items()):
        data = (DATA / path).read_bytes()
        if len(data) != size or git_blob_sha1(data) != sha:
            changed.append(path)
    assert changed == []


def test_each_corpus_folder_carries_its_upstream_licence() -> None:
    rows = listed()
    folders = sorted(p for p in (DATA / "corpus").iterdir() if p.is_dir())
    assert len(folders) >= 10
    for folder in folders:
        licences = [p for p in folder.rglob("LICENSE*") if p.is_file()]
        assert licences, f"no upstream licence in {folder}"
        assert all(p.relative_to(DATA).as_posix() in rows for p in licences), licences


def carried_names() -> set[str]:
    """Every `carried("a", "b/c")` with literal arguments in the tests, as "a/b/c"."""
    names = set()
    for source in sorted((REPO / "tests").rglob("*.py")):
        if DATA in source.parents:
            continue
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name != "carried":
                continue
            args = [a.value for a in node.args if isinstance(a, ast.Constant)]
            parts = [a for a in args if isinstance(a, str)]
            if len(parts) == len(node.args):
                names.add("/".join(parts))
    return names


def test_every_file_a_test_names_is_carried_and_listed() -> None:
    names, rows = carried_names(), listed()
    # The seed, the dev files, the attack payloads, the big feed, ...: if the scan finds far
    # fewer, it has stopped seeing the calls and would pass whatever the tests read.
    assert len(names) >= 8, names
    for name in sorted(names):
        path = DATA / name
        if path.is_dir():
            inside = [p for p in path.rglob("*") if p.is_file()]
            assert inside, f"carried folder {name} is empty"
            assert all(p.relative_to(DATA).as_posix() in rows for p in inside), name
        else:
            assert name in rows, f"{name} is read by a test but not in tests/data/SOURCES.md"


def test_git_ignores_no_carried_file() -> None:
    """A pattern in .gitignore (*.db, build/, ...) must not keep a data file out of commits."""
    git = shutil.which("git")
    if git is None or not (REPO / ".git").exists():
        # Outside a checkout there is nothing to commit; the listing tests above still
        # catch a file that a clone lacked.
        return
    files = "\n".join(f"tests/data/{name}" for name in sorted(on_disk()))
    result = subprocess.run(
        [git, "check-ignore", "--no-index", "--stdin"],
        input=files,
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 1, f"ignored by git: {result.stdout or result.stderr}"


def test_specific_files_are_read_from_the_carried_copy_whatever_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("NEWSBOT_EVAL", str(tmp_path / "elsewhere"))
    monkeypatch.setenv("NEWSBOT_CORPUS", str(tmp_path))
    assert carried("seed", "amn-reprint-rferl.txt") == DATA / "seed" / "amn-reprint-rferl.txt"
    assert corpus_roots() == [DATA / "corpus", tmp_path.resolve()]


def test_the_carried_corpus_is_run_once_when_the_variable_names_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("NEWSBOT_CORPUS", raising=False)
    assert corpus_roots() == [DATA / "corpus"]
    monkeypatch.setenv("NEWSBOT_CORPUS", str(DATA / "corpus"))
    assert corpus_roots() == [DATA / "corpus"]


def test_a_corpus_holding_every_carried_file_replaces_the_carried_run(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    full, partial = tmp_path / "full", tmp_path / "partial"
    shutil.copytree(DATA / "corpus", full / "copy")
    (full / "extra.xml").write_text("<rss/>")
    monkeypatch.setenv("NEWSBOT_CORPUS", str(full))
    assert corpus_roots() == [full.resolve()]
    # One carried file missing (or changed): the carried run stays, the given corpus adds to it.
    shutil.copytree(full, partial)
    next(p for p in (partial / "copy").rglob("*") if p.suffix == ".xml").write_text("<rss/>")
    monkeypatch.setenv("NEWSBOT_CORPUS", str(partial))
    assert corpus_roots() == [DATA / "corpus", partial.resolve()]


def test_missing_data_fails_rather_than_skips(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("NEWSBOT_CORPUS", str(tmp_path / "missing"))
    with pytest.raises(FileNotFoundError, match="NEWSBOT_CORPUS"):
        corpus_roots()
    monkeypatch.setattr(conftest, "DATA", tmp_path)
    with pytest.raises(FileNotFoundError, match="carried test data missing"):
        carried("eval", "pairs-dev.jsonl")
