"""A post's tag widget written into its text ("Tags: dataportability, apml, rant, future, open
standards."): a label over a row of keywords, never a sentence of the lead."""

from __future__ import annotations

import re

# The widget's label in the languages of the corpus, then its keywords: two or more, each of a
# few words without a sentence's stop inside, parted by commas (or the middle dots of themes).
_LABEL = (
    r"(?:tags|tagged(?:\s+(?:with|as))?|tag|labels|keywords|étiquettes|mots[- ]clés|schlagwörter"
    r"|schlagworte|stichwörter|etiquetas|etichette|palavras[- ]chave|теги|метки|标签|タグ)"
)
_KEYWORD = r"[^\s,.;:!?·|][^,.;:!?·|]{0,40}"
_TAG_ROW = re.compile(
    rf"^\W{{0,2}}{_LABEL}\s*[:：]\s*{_KEYWORD}(?:\s*[,·|]\s*{_KEYWORD})+[\s,.…]*$",
    re.I,
)
_MAX_WORDS_EACH = 4
_MANY = 4
_MAX_WORDS_ONE = 6


def is_tag_row(text: str) -> bool:
    """Whether a paragraph is a tag widget's row ("Tags: a, b, c") of short keywords."""
    if ":" not in text and "：" not in text:
        return False  # cheap check first: no label
    found = _TAG_ROW.match(text.strip())
    if not found:
        return False
    keywords = re.split(r"\s*[,·|]\s*", text.split(":", 1)[-1].strip(" ,.…"))
    long = [k for k in keywords if len(k.split()) > _MAX_WORDS_EACH]
    # One longer tag among many short ones is a phrase filed as a tag (the headline's own:
    # "Tags: beginner, boot size, freeriders, how to choose a snowboard, Snowboard, …").
    return not long or (
        len(long) == 1 and len(keywords) >= _MANY and len(long[0].split()) <= _MAX_WORDS_ONE
    )
