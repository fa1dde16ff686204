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
_WORD = re.compile(r"\w+")
# Punctuation left dangling where a cut or a removed title was.
_DANGLING = " \t\n,;:-–—"


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
    for paragraph in re.split(r"\n\s*\n", text):
        paragraph = " ".join(paragraph.split())
        if paragraph:
            sentences.extend(s.strip() for s in segmenter.segment(paragraph) if s.strip())
    return sentences


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _without_title(sentence: str, title: str) -> str:
    """The sentence, or what follows the title when a heading ran into the lead."""
    title_words = _words(title)
    if not title_words:
        return sentence
    if _words(sentence) == title_words:
        return ""
    matches = list(_WORD.finditer(sentence))
    # Only long titles: "Putin said ..." must not lose "Putin" to a one-word title.
    if len(title_words) < 3 or len(matches) <= len(title_words):
        return sentence
    if [m.group().lower() for m in matches[: len(title_words)]] != title_words:
        return sentence
    rest = sentence[matches[len(title_words) - 1].end() :].lstrip(_DANGLING + ".!?")
    # A heading is followed by a new sentence that starts like one.
    return rest if rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "\"“«‘'" else sentence


def shorten_at_word(text: str, limit: int) -> str:
    """`text` within `limit` characters, cut between words with an ellipsis."""
    # Only a single word longer than `limit` (a URL, or text without spaces) is cut inside.
    if len(text) <= limit:
        return text
    if limit <= 1:
        return "…"[:limit]
    cut = text[: limit - 1]
    if not text[limit - 1].isspace():
        # The cut fell inside a word: go back to the last whitespace, if there is one.
        space = max(cut.rfind(" "), cut.rfind("\n"), cut.rfind("\u00a0"))
        if space > 0:
            cut = cut[:space]
    cut = cut.rstrip(_DANGLING)
    return (cut + "…") if cut else text[: limit - 1] + "…"


def summarize(
    text: str, *, title: str | None = None, max_chars: int = 600, language: str | None = None
) -> str:
    """Lead sentences of `text` up to `max_chars`, ending on a sentence boundary."""
    # The title is never repeated as the first sentence; a single over-long first sentence
    # is shortened at a word boundary with an ellipsis.
    lead_chars = max(_LEAD_CHARS, 3 * max_chars)
    sentences = split_sentences(text[:lead_chars], language)
    if len(text) > lead_chars and len(sentences) > 1:
        sentences.pop()  # the cut may have split the last sentence
    if sentences and title:
        first = _without_title(sentences[0], title)
        sentences = ([first] if first else []) + sentences[1:]
    summary = ""
    for sentence in sentences:
        candidate = f"{summary} {sentence}".strip()
        if len(candidate) > max_chars:
            break
        summary = candidate
    if not summary and sentences:
        summary = shorten_at_word(sentences[0], max_chars)
    return summary
