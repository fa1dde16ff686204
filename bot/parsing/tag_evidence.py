"""Whether an item shows it is about a tag's topic: the tag's words in its headline or text,
folded and inflection-tolerant."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from html import unescape

_WORDS = re.compile(r"[^\W_]+")
_MARKUP = re.compile(r"<[^<>]*>")
# Words a post does not say of its subject: an address's host written out (the link text
# "http://www.youtube.com/watch?v=…" of an embedded clip names its host, not its topic; the
# path's words stay, as "/shakespeare/lear" names a recording's play) and a
# credit of where the post came from ("(Sources Yucatan)", "Via: Engadget", "Quelle: dpa").
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s/<>\"']+", re.IGNORECASE)
_CREDIT = re.compile(
    r"\((?:sources?|via|quelle|quellen|fuentes?|fontes?)\b[^()<>]{0,60}\)|"
    r"\b(?:sources?|via|quelle|quellen|fuentes?|fontes?)\s*:\s*(?:<[^<>]*>\s*)*[^<>.\n]{0,60}",
    re.IGNORECASE,
)
_CREDIT_WORD = re.compile(r"(?i:source|via|quelle|fuente|fonte)")
# Kana, CJK ideographs and Hangul: words are not spaced, so a tag is found as a substring.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# A shared start of five letters or more is one word inflected ("politics", "political";
# "Galerie", "galeries"); a longer tag word may differ in its last three letters only.
_STEM, _ENDING = 5, 3
# An item's text past this is rarely where its topic is first named; the cap bounds the cost.
_TEXT_CHARS = 30_000
# Words that tie a tag's others together ("Arts and Culture", "Coups de coeur"): not evidence.
_FUNCTION_WORDS = frozenset(
    "a an and or the of to in on for at by with from und oder der die das den dem des ein eine "
    "le la les l de du d et ou en au aux un une el los las y e o del al il lo gli i di da "
    "het een van voor".split()
)


def folded(text: str) -> str:
    """Text case-folded with its accents dropped ("Égypte" is "egypte")."""
    text = text.casefold()
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Said:
    """An item's words, folded: a sorted tuple to find a word or its stem, and the text for
    unspaced scripts."""

    words: tuple[str, ...]
    text: str


def said(*texts: str) -> Said:
    """What an item says in `texts` (a headline, an HTML text), for `names`."""
    # Entities read as what they write: "&amp;" is no evidence for a tag "Amp".
    plain = folded(unescape(" ".join(_plain(t) for t in texts)))
    return Said(tuple(sorted(set(_WORDS.findall(plain)))), plain)


def _plain(text: str) -> str:
    text = text[:_TEXT_CHARS]
    if "://" in text or "www." in text:  # cheap first: most headlines have neither
        text = _ADDRESS.sub(" ", text)
    if _CREDIT_WORD.search(text):
        text = _CREDIT.sub(" ", text)
    return _MARKUP.sub(" ", text) if "<" in text else text


def inflection_stem(word: str) -> str | None:
    """The start `word`'s inflected forms share (five letters or more); None for a short word."""
    return word[: max(_STEM, len(word) - _ENDING)] if len(word) >= _STEM else None


def _has(words: tuple[str, ...], word: str) -> bool:
    if (stem := inflection_stem(word)) is not None:
        at = bisect_left(words, stem)
        return at < len(words) and words[at].startswith(stem)
    at = bisect_left(words, word)
    if at < len(words) and words[at] == word:
        return True
    # A plural twin of a short word ("cat", "cats"; "bus", "buses").
    twins = (
        (word + "s", word + "es", word[:-1]) if word.endswith("s") else (word + "s", word + "es")
    )
    return len(word) >= 3 and any(_exact(words, t) for t in twins)


def _exact(words: tuple[str, ...], word: str) -> bool:
    at = bisect_left(words, word)
    return at < len(words) and words[at] == word


def names(item: Said, tag: str) -> bool:
    """True when the item says each of the tag's words (its function words aside)."""
    key = folded(tag)
    if _UNSPACED.search(key):
        return "".join(key.split()) in "".join(item.text.split())
    words = _WORDS.findall(key)
    content = [w for w in words if w not in _FUNCTION_WORDS] or words
    return bool(content) and all(_has(item.words, w) for w in content)
