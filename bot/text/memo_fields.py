"""A letter's or memo's header fields opening a text ("To: The Linux Foundation", "From: Robert
Martin (…)", "Re: Code of Conduct case of …"): the envelope, no lead text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.blocks import Block

# Field names of letters, memos and mails (English, German, French, Spanish, Italian, Dutch,
# Portuguese), with their colon at the paragraph's start.
_MEMO_FIELD = re.compile(
    r"^\s*(?:to|from|re|subject|cc|bcc|date|an|von|betreff|à|de|objet|para|asunto|a|da|oggetto"
    r"|aan|van|onderwerp|assunto)\s*:\s*\S",
    re.IGNORECASE,
)
_MAX_FIELD_WORDS = 25
# One field alone may be a sentence's label ("A: Yes, we do."); two in a row are a header.
_MIN_FIELDS = 2


def envelope(blocks: Sequence[Block]) -> set[int]:
    """The indices of the header fields opening the text, when two or more open it in a row."""
    fields: set[int] = set()
    named = 0
    for i, block in enumerate(blocks):
        if block.kind != "text":
            continue
        text = block.text.strip()
        if len(text.split()) <= _MAX_FIELD_WORDS and _MEMO_FIELD.match(text):
            named += 1
        elif not (fields and _is_field_line(text)):
            break
        fields.add(i)
    return fields if named >= _MIN_FIELDS else set()


# A field's next line ("To: The Linux Foundation" <br> "Jim Zemlin: Executive Director"): a
# short line that ends no sentence.
_MAX_LINE_WORDS = 8


def _is_field_line(text: str) -> bool:
    return len(text.split()) <= _MAX_LINE_WORDS and text[-1:] not in ".!?"
