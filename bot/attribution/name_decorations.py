"""A feed title less what decorates its site's name: marks framing it ("***** Us in USA *****",
".:: edonis'world ::."), a bracketed ellipsis ("Soragni.it [...]"), a version, smileys."""

from __future__ import annotations

import re
import unicodedata

# Symbols a title frames a name with; ASCII ones the name itself may carry ("C++", "E*Trade")
# count only as whole words or as the same mark on both sides ("*Severely Glamorous*").
_ASCII_MARKS = frozenset("*~=#^°")
# A closing "[...]" or "(…)": the feed software's cut marker, no part of the name.
_CUT_MARKER = re.compile(r"\s*[\[(](?:\.{3}|…)[\])]$")
# A release label after the name ("KKNetwork v1.4 XMAS 2008", "Ian Landsman's Weblog v2.0"):
# the theme's version and what follows it describe the site's look, not its name.
_VERSION = re.compile(r"\s+[vV]\d+(?:\.\d+)+(?:\s.*)?$")
# A smiley closing the title after a space ("LifeClever ;-)", "Blog :)", "… ^_^"): a wink at
# the reader, no part of the name.
_SMILEY = re.compile(r"\s+(?:[:;=8][-o'^]?[)(DPp\]\[]|[(]?\^[_.-]?\^[)]?)$")


# Brackets a whole title sits in ("[Spyworld Actu]", "【中国文本书库】"): a frame, as marks are.
_FRAMES = {"[": "]", "【": "】"}
# Punctuation a frame's word may hold beside marks (".::", "::.", "-=", "=-").
_FRAME_PUNCTUATION = frozenset(".:|-")


def _is_mark(char: str) -> bool:
    """Whether a character is a decorative symbol (a bullet, a star, an asterisk)."""
    return char in _ASCII_MARKS or unicodedata.category(char) in ("So", "Sm", "Sk")


def _is_frame_word(word: str) -> bool:
    """Whether a word is only marks, or a run of dots, colons and bars around a name."""
    if all(_is_mark(c) for c in word):
        return True
    # ".::" and "::." frame a name; one "|", ":" or "-" alone separates a title's parts.
    return len(word) > 1 and all(c in _FRAME_PUNCTUATION or _is_mark(c) for c in word)


def _framed(text: str) -> str:
    """The text less whole words of marks at either end, and one mark run on both sides."""
    words = text.split()
    while len(words) > 1 and _is_frame_word(words[0]):
        words.pop(0)
    while len(words) > 1 and _is_frame_word(words[-1]):
        words.pop()
    text = " ".join(words)
    if len(text) > 2 and text[0] == text[-1] and _is_mark(text[0]):
        inner = text.strip(text[0]).strip()
        return inner if any(c.isalnum() for c in inner) else text
    return text


def _once_framed(text: str) -> bool:
    """Whether the opening bracket closes only at the text's end ("[A] and [B]" is two)."""
    opening, closing = text[0], _FRAMES[text[0]]
    return text.count(opening) == 1 and text.count(closing) == 1 and len(text) > 3


def unbracketed(name: str) -> str:
    """A derived name less brackets holding all of it ("[Spyworld Actu]"); read after the
    title's notices, so "[Deprecated]" still says the feed names nothing."""
    text = name.strip()
    if text[:1] in _FRAMES and text.endswith(_FRAMES[text[:1]]) and _once_framed(text):
        return text[1:-1].strip()
    return name


def undecorated(title: str) -> str:
    """The title with its name's decoration dropped; the title when only marks would be left."""
    text = _CUT_MARKER.sub("", title)
    text = _VERSION.sub("", text)
    text = _SMILEY.sub("", text)
    text = _framed(text)
    return text if any(c.isalnum() for c in text) else title
