"""A lead-in paragraph closing on a colon ("Two reasons:", "Je serais demain soir à la soirée :")
read with the sentence it introduces, so that a lead does not open past what leads into it."""

from __future__ import annotations

import re

# The writer's colon after a word (or a closing mark), French spacing or a full-width one.
_LEAD_IN_COLON = re.compile(r"(?<=[^\W_]|[\"'”’»)])(\s?[:：])[ \t\n]*$")
# A lead-in is one clause: a label ("Links:", "Update:") has one word, a paragraph more.
_MIN_LEAD_IN_WORDS = 2
_MAX_LEAD_IN_WORDS = 20
_INSIDE_STOP = re.compile(r"[.!?…](?:\s|$)")
_COMPLETE = re.compile(r"[.!?。！？][\"'”’»)]*$")
# A platform's activity line ("cosmo flash posted a photo:") or a reply's address ("@Toby:"):
# furniture over the text, not the writer's lead-in.
_NOT_WRITTEN = re.compile(r"^@|\b(?:posted|shared|uploaded|favorited|bookmarked)\b", re.I)
# A lead-in naming a picture, chart or video introduces that (left out of the text), not the
# paragraph after it ("… and this slide came up with performance numbers in seconds:").
_SHOWS = re.compile(
    r"\b(?:slides?|charts?|graphs?|pictures?|photos?|images?|screenshots?|videos?|vídeos?"
    r"|tables?|diagrams?|maps?|fotos?|bilder?)\b",
    re.I,
)


def lead_in_colon(text: str) -> str:
    """The colon closing `text` as a writer's lead-in ends on it (" :" in French), else ""."""
    found = _LEAD_IN_COLON.search(text) if text.rstrip()[-1:] in (":", "：") else None
    return found.group(1) if found else ""


def _is_lead_in(sentence: str) -> bool:
    words = sentence.split()
    return (
        bool(lead_in_colon(sentence))
        and _MIN_LEAD_IN_WORDS <= len(words) <= _MAX_LEAD_IN_WORDS
        and not _INSIDE_STOP.search(sentence)
        and not _NOT_WRITTEN.search(sentence)
        and not _SHOWS.search(sentence)
    )


def _joined(sections: list[list[list[str]]]) -> list[list[list[str]]]:
    if not sections or len(sections[0]) < 2 or len(sections[0][0]) != 1:
        return sections
    lead_in, after = sections[0][0][0].strip(), sections[0][1]
    if not after or not _is_lead_in(lead_in) or not _COMPLETE.search(after[0].strip()):
        return sections
    space = "" if lead_in.endswith("：") else " "  # CJK's colon is unspaced
    joined = [f"{lead_in}{space}{after[0].strip()}", *after[1:]]
    return [[joined, *sections[0][2:]], *sections[1:]]


def _without_colon(sentence: str) -> str:
    return sentence.rstrip(" \t\n—–-:;,|") if lead_in_colon(sentence) else sentence


def with_colon_lead(sections: list[list[list[str]]]) -> list[list[list[str]]]:
    """The opening lead-in ending on a colon joined to the next paragraph's complete first
    sentence; other closing colons dropped, and steps numbered inline after one."""
    # What those introduced is not in the text (a list, code, a picture): as before, no colon.
    return [
        [
            [*paragraph[:-1], _without_colon(paragraph[-1])] if paragraph else paragraph
            for paragraph in map(_before_inline_steps, section)
        ]
        for section in _joined(sections)
    ]


# Steps numbered inside a paragraph after its lead-in ("Please verify the bellow steps: 1.
# Import the process … 2. Verify you have provided …"): a list run into the prose, cut off
# wherever the summary ends. The paragraph ends at its lead-in, which then ends no lead.
# The splitter may keep the first step with its lead-in ("… steps: 1. Import the process …").
_FIRST_STEP = re.compile(r"\(?1[.)]\s+\S")
_SECOND_STEP = re.compile(r"\(?2[.)]\s+\S")
_FIRST_STEP_AFTER_COLON = re.compile(r"(?<=[^\W_])\s?:\s*\(?1[.)]\s+\S")


def _before_inline_steps(paragraph: list[str]) -> list[str]:
    for at, sentence in enumerate(paragraph[:-1]):
        if not _SECOND_STEP.match(paragraph[at + 1]):
            continue
        if glued := _FIRST_STEP_AFTER_COLON.search(sentence):
            return [*paragraph[:at], sentence[: glued.start()] + ":"]
        if at and _FIRST_STEP.match(sentence) and lead_in_colon(paragraph[at - 1]):
            return paragraph[:at]
    return paragraph
