"""A news lead marked up as a heading (NUzakelijk's "<h3>DEN HAAG - Het kabinet trekt …</h3>")."""

from __future__ import annotations

import re

# A heading names a part in a few words; a block of 15+ words ending on a full stop is a
# sentence, so prose: the lead, dropped as a heading, left the text opening on "Dat is …".
_SENTENCE_END = re.compile(r"[.!?][\"'”’»)]*$")
_LEAD_WORDS = 15


def reads_as_lead(text: str) -> bool:
    """Whether a heading's text is a sentence of a lead's length, not a heading."""
    return len(text.split()) >= _LEAD_WORDS and bool(_SENTENCE_END.search(text.rstrip()))
