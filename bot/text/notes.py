"""Notes and page furniture around an article's opening: an author's later note or preface
aside, a page's last-updated stamp, a listen-instead offer (issue 11's lead text)."""

from __future__ import annotations

import re

# An author's later note heading the post ("Update: Fixed feedback link.", "UPDATE 12/26/2008:
# Apple has patched …", "Edit:"): it answers readers of the first version, and names what
# the post says ("this", "these instructions") before the reader has read it.
_UPDATE_NOTE = re.compile(
    # A few capitalised words may head the note ("Six Month Update:").
    r"^[\[(]?(?:(?-i:(?:[A-Z0-9][\w-]*\s+){1,2})(?=(?i:updates?)\s*:))?"
    r"(?:updated?s?|edit(?:ed)?|addendum|nachtrag|aktualisierung|mise [àa] jour"
    r"|actualizaci[óo]n|actualizado|aggiornamento|atualiza[çc][ãa]o"
    # A preface aside before the article ("Quick announcement: I'll be visiting Japan …").
    r"|(?:quick\s+|short\s+|brief\s+|personal\s+)?(?:announcement|programming\s+note"
    r"|housekeeping(?:\s+note)?|admin\s+note))\b[^:.!?\n]{0,40}[:—–]\s",
    re.I,
)
# A page's last-updated stamp ("Zuletzt aktualisiert: 26.08.2022", "Last updated on March 3,
# 2024") standing as a sentence of its own: what follows it is the page's next box (a TL;DR).
_UPDATED_STAMP = re.compile(
    r"(?:^|(?<=[.!?]))\s*(?:zuletzt\s+aktualisiert|last\s+updated|last\s+modified|updated\s+on|mis\s+[àa]\s+jour"
    r"\s+le|[úu]ltima\s+actualizaci[óo]n|ultimo\s+aggiornamento|stand)\s*(?:am|on|le|el|il)?\s*:?\s*"
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\w+\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\.?\s+\w+\.?\s+\d{4})\b.*",
    re.I | re.S,
)
_LISTEN_INSTEAD = re.compile(
    r"^\W{0,3}(?:would\s+you\s+)?(?:prefer|rather)\s+(?:to\s+)?(?:listen|watch)\b[^.!?]{0,40}\?",
    re.I,
)


def is_author_note(paragraph: str) -> bool:
    """Whether a paragraph opens as an author's note or aside ("Update: …", "Announcement:")."""
    return bool(_UPDATE_NOTE.match(paragraph))


def is_listen_instead_offer(paragraph: str) -> bool:
    """Whether a paragraph offers the post as audio or video instead ("Prefer to listen? …")."""
    return bool(_LISTEN_INSTEAD.match(paragraph))


def cut_at_updated_stamp(paragraph: str) -> tuple[str, bool]:
    """The paragraph up to a last-updated stamp, and whether there was one."""
    stamp = _UPDATED_STAMP.search(paragraph)
    return (paragraph[: stamp.start()], True) if stamp else (paragraph, False)
