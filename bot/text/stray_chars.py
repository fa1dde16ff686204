"""Characters no reader is meant to see in a block's text: invisible ones, and entities a feed
left by escaping its text twice."""

from __future__ import annotations

import html
import re

# U+200C/U+200D after a non-Latin letter spell Persian ("بعضی‌ها"), Indic and emoji: kept.
# U+FFFC stands for an embedded object the text lost: it shows as a box.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad\ufffc"), None)
_STRAY_JOINER = re.compile(r"(?<![\u0590-\U0010ffff])[\u200c\u200d]")


# An entity left after decoding ("Voilet &amp;amp; Daisy" decodes to "Voilet &amp; Daisy"): the
# feed escaped its text twice, and no reader is meant to see the entity.
_ENTITIES = r"(?:amp|quot|lt|gt|apos|nbsp|#\d{2,6}|#x[0-9a-fA-F]{2,5});"
_ENTITY_LEFT = re.compile(rf"&{_ENTITIES}")
# An entity whose "&" was escaped for a web address ("Acheter sur %26#187; Amazon.com"): the
# text was escaped twice, once as a URL.
_URL_ESCAPED_AMP = re.compile(rf"%26(?={_ENTITIES})")


def without_invisibles(text: str) -> str:
    """`text` without zero-width spaces, soft hyphens and stray joiners."""
    return _STRAY_JOINER.sub("", text.translate(_INVISIBLE))


def decoded_twice(text: str) -> str:
    """`text` with the entities left after one decoding decoded."""
    if "%26" in text:
        text = _URL_ESCAPED_AMP.sub("&", text)
    if "&" not in text:
        return text
    return _ENTITY_LEFT.sub(lambda m: html.unescape(m.group()), text)


# A plain-text rendering of a page numbers its links in place ("Amazon.com [2]", "[4]Vivre"):
# markers 1, 2, … in order, or those its closing list of links numbers.
_LINK_MARK = re.compile(r"(?<!\n) ?\[(\d{1,3})\](?=(\w)?)")
# Its list of those links closing the text, a line each: "[4] http://www.petco.com/…".
_LINK_NOTE = re.compile(r"^\[(\d{1,3})\] +(?:https?|ftp)://", re.M)


def without_link_marks(text: str) -> str:
    """`text` without the numbered link markers of a plain-text rendering when they count 1,
    2, 3 … in order or its list of links numbers them (a lone "[2009]" may be the text's own)."""
    if "[" not in text:
        return text
    numbers = [int(m.group(1)) for m in _LINK_MARK.finditer(text)]
    noted = {int(n) for n in _LINK_NOTE.findall(text)}
    counted = numbers == list(range(1, len(numbers) + 1))
    if len(numbers) < 2 or not (counted or len(noted) >= 2 and noted.issuperset(numbers)):
        return text
    return _LINK_MARK.sub(lambda mark: " " if mark.group(2) else "", text)
