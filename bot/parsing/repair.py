"""Text repaired where it enters newsbot: mojibake fixed (ftfy), headlines made plain text."""

from __future__ import annotations

import html
import re

import ftfy
from ftfy.badness import is_bad

# Only what undoes a wrong decoding: quotes, widths, ligatures, line breaks and Unicode
# normalisation stay as the publisher wrote them, and entities are left to whoever reads the
# HTML (content is still HTML here).
_ENCODING_ONLY = ftfy.TextFixerConfig(
    unescape_html=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    normalization=None,
    explain=False,
)
# HTML tags inside a headline ("<i>Letter to a Man</i>"): a tag name, then attributes.
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*+(?:\s[^<>]*)?/?>|<!--.*?-->", re.S)
_SPACES = re.compile(r"\s+")


def repaired(text: str) -> str:
    """`text` with mojibake undone ("attirÃ©" → "attiré"); clean text comes back as it is."""
    # is_bad is one regex over the text: most text is ASCII or clean, and fix_text costs
    # ~10x more, so it runs only on text that shows mojibake's marks.
    if text.isascii() or not is_bad(text):
        return text
    return str(ftfy.fix_text(text, _ENCODING_ONLY))


def plain_headline(title: str) -> str:
    """A feed's title (HTML, as feedparser gives it) as plain text: tags out, entities decoded
    once, mojibake repaired, whitespace collapsed."""
    if "<" in title:
        title = _TAG.sub("", title)
    if "&" in title:
        # Once: a double-escaped "&amp;lt;i&amp;gt;" is markup too, so tags are looked for again.
        title = html.unescape(title)
        if "<" in title:
            title = _TAG.sub("", title)
    return _SPACES.sub(" ", repaired(title)).strip()
