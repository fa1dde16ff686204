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
# A note in brackets telling the reader what to do on the page ("(Please open the article to
# see the flash file or player.)", "(press ctrl-d to bookmark this page!)"): it opens on the
# action and names the page or its furniture; "(see where I'm going with this)" names neither.
_PAGE_ACTION_NOTE = re.compile(
    r"[ \t]*\((?:please\s+)?(?:press|click|tap|open|visit|go\s+to|hit|bookmark)\b[^()\n]{0,70}?"
    r"\b(?:page|article|post|site|website|player|flash|browser|ctrl|bookmark)\b[^()\n]{0,40}\)",
    re.IGNORECASE,
)


def without_viewing_notes(text: str) -> str:
    """`text` without the paragraphs that are a note on viewing the page, nor notes in brackets
    on enlarging its pictures or acting on it."""
    if _CLICK.search(text):
        text = _ENLARGE_NOTE.sub("", text).rstrip(" \t")
    if "(" in text:
        text = _PAGE_ACTION_NOTE.sub("", text).rstrip(" \t")
    if not _VIEWING_CUE.search(text):
        return text
    paragraphs = text.split("\n\n")
    kept = [p for p in paragraphs if not (_VIEWING_CUE.search(p) and len(p.split()) <= _NOTE_WORDS)]
    return "\n\n".join(kept) if len(kept) < len(paragraphs) else text
