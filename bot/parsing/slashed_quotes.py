"""Quotes a feed's writer escaped with a backslash, as PHP's addslashes does ("l\\'agriculture",
"weekend\\'s"), and a euro sign read through Latin-1 ("0,12 ¤"): the characters meant."""

from __future__ import annotations

import re

from bot.parsing.code_spans import text_outside_code

# A backslash before an apostrophe inside a word is no writer's: it proves the text went
# through addslashes, and then its escaped double quotes are the writer's quotes too. Code
# keeps its escapes (text_outside_code), and a text without that proof is left as it is
# (a post about C shows 'printf(\"%d\")').
_SLASHED_APOSTROPHE = re.compile(r"[^\W\d_]\\'[^\W\d_]")
_SLASHED_QUOTE = re.compile(r"\\(['\"])")
# ISO-8859-15's "€" (byte A4) read as Latin-1 is "¤", the currency sign no text writes beside
# an amount ("0,12 ¤ / clic", "15¤").
_LATIN1_EURO = re.compile(r"(?<=\d)(\s?)\u00a4|\u00a4(?=\s?\d)")


def _unslashed(text: str) -> str:
    return _SLASHED_QUOTE.sub(r"\1", text)


def unslashed_quotes(content: str) -> str:
    """Content (HTML or text) with addslashes' escapes undone when an apostrophe inside a word
    shows them, outside code elements; other content as it is."""
    if "\\'" not in content or not _SLASHED_APOSTROPHE.search(content):
        return content
    return text_outside_code(content, _unslashed)


def with_euro_signs(text: str) -> str:
    """`text` with a "¤" beside an amount read as the "€" it was."""
    return _LATIN1_EURO.sub(r"\1€", text) if "\u00a4" in text else text
