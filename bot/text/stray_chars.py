"""Characters no reader is meant to see in a block's text: invisible ones, and entities a feed
left by escaping its text twice."""

from __future__ import annotations

import html
import re

# U+200C/U+200D after a non-Latin letter spell Persian ("بعضی‌ها"), Indic and emoji: kept.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"), None)
_STRAY_JOINER = re.compile(r"(?<![\u0590-\U0010ffff])[\u200c\u200d]")


# An entity left after decoding ("Voilet &amp;amp; Daisy" decodes to "Voilet &amp; Daisy"): the
# feed escaped its text twice, and no reader is meant to see the entity.
_ENTITY_LEFT = re.compile(r"&(?:amp|quot|lt|gt|apos|nbsp|#\d{2,6}|#x[0-9a-fA-F]{2,5});")


def without_invisibles(text: str) -> str:
    """`text` without zero-width spaces, soft hyphens and stray joiners."""
    return _STRAY_JOINER.sub("", text.translate(_INVISIBLE))


def decoded_twice(text: str) -> str:
    """`text` with the entities left after one decoding decoded."""
    if "&" not in text:
        return text
    return _ENTITY_LEFT.sub(lambda m: html.unescape(m.group()), text)
