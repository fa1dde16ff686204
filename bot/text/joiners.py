"""Invisible characters out of feed text, keeping the joiners a script's spelling needs."""

from __future__ import annotations

import re

# Zero-width space, word joiner, BOM and soft hyphen carry nothing a reader sees.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"), None)
# A zero-width non-joiner (U+200C) is spelling in Persian ("بعضی‌ها", "می‌کنند") and Indic
# scripts, and a joiner (U+200D) builds emoji sequences and Indic conjuncts: both stay after a
# letter of such a script; after Latin text or a space they are stray and go.
_STRAY_JOINER = re.compile(r"(?<![\u0590-\U0010ffff])[\u200c\u200d]")


def visible(text: str) -> str:
    """The text without invisible characters, keeping joiners written after non-Latin letters."""
    text = text.translate(_INVISIBLE)
    if "\u200c" in text or "\u200d" in text:
        text = _STRAY_JOINER.sub("", text)
    return text
