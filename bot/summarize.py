"""Extractive summaries: the lead sentences of the cleaned article text, within a budget."""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd

# pysbd knows these languages; anything else is split with English rules.
_PYSBD_LANGUAGES = frozenset(
    "en hi mr zh es am ar el ru da fa hy it ur pl bg my nl fr ja kk de sk".split()
)
# Only the lead is summarised, so long articles are cut before splitting (pysbd is slow).
_LEAD_CHARS = 4000


@lru_cache(maxsize=32)
def _segmenter(language: str) -> pysbd.Segmenter:
    return pysbd.Segmenter(language=language, clean=False)


def language_code(language: str | None) -> str:
    """The pysbd language for a feed/entry language tag such as `en-US`; English by default."""
    code = (language or "en").split("-")[0].split("_")[0].lower()
    return code if code in _PYSBD_LANGUAGES else "en"


def split_sentences(text: str, language: str | None = None) -> list[str]:
    """Sentences of `text`, paragraph boundaries respected."""
    segmenter = _segmenter(language_code(language))
    sentences: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text[:_LEAD_CHARS]):
        paragraph = " ".join(paragraph.split())
        if paragraph:
            sentences.extend(s.strip() for s in segmenter.segment(paragraph) if s.strip())
    return sentences


def _same_words(a: str, b: str) -> bool:
    def words(s: str) -> list[str]:
        return re.findall(r"\w+", s.lower())

    return words(a) == words(b)


def shorten_at_word(text: str, limit: int) -> str:
    """`text` within `limit` characters, cut at a word boundary with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 0)]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–—") + "…"


def summarize(
    text: str, *, title: str | None = None, max_chars: int = 600, language: str | None = None
) -> str:
    """Lead sentences of `text` up to `max_chars`, ending on a sentence boundary.

    The title is never repeated as the first sentence; a single over-long first sentence
    is shortened at a word boundary.
    """
    sentences = split_sentences(text, language)
    if sentences and title and _same_words(sentences[0], title):
        sentences = sentences[1:]
    summary = ""
    for sentence in sentences:
        candidate = f"{summary} {sentence}".strip()
        if len(candidate) > max_chars:
            break
        summary = candidate
    if not summary and sentences:
        summary = shorten_at_word(sentences[0], max_chars)
    return summary
