"""Which tests wait: a pytest plugin writing each test's wall time beside its CPU time.

    NEWSBOT_WAITS=DIR .venv/bin/python -m pytest -n 2 --dist loadfile -p tests.support.waits
    .venv/bin/python -m tests.support.waits DIR      # files and tests, most waiting first

Each process (xdist worker) appends `nodeid, wall, cpu, children` to DIR/<worker>.tsv as each
test ends (setup and teardown included): `cpu` is the process's own (all its threads), and
`children` what its ended and reaped child processes used (`newsbot` runs, `subprocess.run`).
Wall minus both is the waiting. Not counted: processes that are not the test process's own
reaped children, such as a parse pool's workers (children of multiprocessing's forkserver,
which outlives the test); on a loaded machine a CPU-bound test also shows time waiting for a
core, so compare before and after in the same minutes.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Generator
from pathlib import Path

import pytest


def _cpu() -> tuple[float, float]:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time(), children.ru_utime + children.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Generator[None, None, None]:
    out = os.environ.get("NEWSBOT_WAITS")
    started, (cpu, children) = time.perf_counter(), _cpu()
    yield
    if not out:
        return
    wall = time.perf_counter() - started
    cpu_now, children_now = _cpu()
    Path(out).mkdir(parents=True, exist_ok=True)
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    with (Path(out) / f"{worker}.tsv").open("a", encoding="utf-8") as rows:
        rows.write(
            f"{item.nodeid}\t{wall:.3f}\t{cpu_now - cpu:.3f}\t{children_now - children:.3f}\n"
        )


Figures = tuple[float, float, float]  # wall, cpu, children


def _waiting(figures: Figures) -> float:
    wall, cpu, children = figures
    return wall - cpu - children


def _line(figures: Figures, name: str) -> str:
    wall, cpu, children = figures
    return f"{_waiting(figures):7.1f} {wall:6.1f} {cpu:6.1f} {children:6.1f}  {name}"


def report(folder: Path, top: int = 30) -> str:
    """Files, then tests, by waiting (wall - cpu - children), most first."""
    tests: dict[str, Figures] = {}
    for table in sorted(folder.glob("*.tsv")):
        for line in table.read_text(encoding="utf-8").splitlines():
            nodeid, *fields = line.split("\t")
            tests[nodeid] = (float(fields[0]), float(fields[1]), float(fields[2]))
    files: dict[str, Figures] = defaultdict(lambda: (0.0, 0.0, 0.0))
    for nodeid, (wall, cpu, children) in tests.items():
        name = nodeid.split("::")[0]
        total_wall, total_cpu, total_children = files[name]
        files[name] = (total_wall + wall, total_cpu + cpu, total_children + children)
    whole = tuple(sum(f[place] for f in tests.values()) for place in range(3))
    lines = [f"{len(tests)} tests; wall, cpu, children: " + ", ".join(f"{s:.1f} s" for s in whole)]
    lines.append("waiting   wall    cpu  child  file")
    for name, figures in sorted(files.items(), key=lambda kv: -_waiting(kv[1]))[:top]:
        lines.append(_line(figures, name))
    lines.append("waiting   wall    cpu  child  test")
    for nodeid, figures in sorted(tests.items(), key=lambda kv: -_waiting(kv[1]))[:top]:
        lines.append(_line(figures, nodeid))
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(Path(sys.argv[1])))
