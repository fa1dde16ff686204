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


# A note on enlarging a picture the post does not carry, as a sentence or a parenthesis ("Click
# to enlarge.", "(Click for larger view)", "(click on the graph to enlarge)", "Klicken zum
# Vergrößern", "Cliquez pour agrandir"). Only the sentence that opens on the click: "If you're
# interested, click the picture …, then …" goes on and is read whole.
_ENLARGE = (
    r"(?:click|tap|klick|cliqu|clic|haga\s+clic|clicca)\w*[^.!?()\n]{0,40}?"
    r"(?:enlarge|larger|bigger|full[- ]?size|zoom|high[- ]res|vergrößer|agrandi|amplia|ingrandi)"
)
_ENLARGE_NOTE = re.compile(
    rf"\s*\({_ENLARGE}[^()\n]{{0,30}}\)"
    rf"|(?:(?<=^)|(?<=[.!?]\s)|(?<=\n)){_ENLARGE}[^.!?()\n]{{0,30}}[.!]*[ \t]*",
    re.IGNORECASE,
)
_CLICK = re.compile(r"(?i)\b(?:click|tap|klick|cliqu|clic)")


def without_viewing_notes(text: str) -> str:
    """`text` without the paragraphs that are a note on viewing the page."""
    if _CLICK.search(text):
        text = _ENLARGE_NOTE.sub("", text).rstrip(" \t")
    if not _VIEWING_CUE.search(text):
        return text
    paragraphs = text.split("\n\n")
    kept = [p for p in paragraphs if not (_VIEWING_CUE.search(p) and len(p.split()) <= _NOTE_WORDS)]
    return "\n\n".join(kept) if len(kept) < len(paragraphs) else text
