"""Notes on how to view the page ("To view it correctly you need a web browser which supports
MathML"): the post is no page in a browser."""

from __future__ import annotations

import re

# A note on viewing the page: what a browser needs to show it. Only these cues, not any
# sentence with "browser" in it ("the only browser that supports all three features" is a
# writer's point; over the corpus and eval feeds these cues found only such notes).
_VIEWING_CUE = re.compile(
    r"\bto\s+view\s+(?:it|this(?:\s+\w+)?)\s+(?:correctly|properly)\b|"
    r"\b(?:please\s+)?enable\s+javascript\b|\bjavascript\s+(?:must|needs\s+to)\s+be\s+enabled\b|"
    r"\bbest\s+viewed\s+(?:in|on|with)\b|"
    r"\byour\s+browser\s+(?:does\s*n[o'’]t|doesn[’']t|cannot|can[’']t)\s+(?:support|display|show|play)",
    re.IGNORECASE,
)
# A paragraph holding such a note is the note ("This page contains a bit of maths. To view it
# correctly … Chrome should be in version 109 or later."), unless it is long.
_NOTE_WORDS = 60


def without_viewing_notes(text: str) -> str:
    """`text` without the paragraphs that are a note on viewing the page."""
    if not _VIEWING_CUE.search(text):
        return text
    paragraphs = text.split("\n\n")
    kept = [p for p in paragraphs if not (_VIEWING_CUE.search(p) and len(p.split()) <= _NOTE_WORDS)]
    return "\n\n".join(kept) if len(kept) < len(paragraphs) else text
