"""Sentence scans stay linear on runs of one-letter dots ("a.b.c…", initials, dotted codes): each
finishes at once, where a scan that could split such a run two ways ran for minutes on one real
entry of an unseen feed (session 19)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO

# A hang guard, not a speed measure: the fixed scans take milliseconds, the old ones 2^25 steps.
SECONDS = 60.0
RUN = "x " + "a." * 24 + "b"
SCANS = {
    "dangling_notes": f"dangling_notes.without_dangling_notes('Here I will show you {RUN} then')",
    "link_pointers": f"link_pointers.without_link_pointers('voici le lien {RUN} then')",
    "media_pointers": f"media_pointers.without_media_pointers('watch the video {RUN} then')",
    "absent_parts": (
        f"absent_parts.without_absent_part_pointers('see the table below {RUN} then', "
        "absent_parts.dropped_parts('<table><tr><td>1</td></tr></table>'))"
    ),
}


@pytest.mark.parametrize("module", sorted(SCANS))
def test_a_run_of_one_letter_dots_is_scanned_at_once(module: str) -> None:
    code = f"from bot.text import absent_parts, {module}\nprint(repr({SCANS[module]}))"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=SECONDS
    )
    assert done.returncode == 0, done.stderr
    assert RUN in done.stdout
