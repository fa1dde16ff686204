"""Curly quotes, dashes and no-break spaces whose bytes were lost to "?" on the way to the feed
("that???s", "???sales huddle???", "the commissionâ??s", "nicht.?? Mehr"): put back where the
text proves the loss."""

from __future__ import annotations

import functools
import re

# A three-byte character (’ “ ” —) written through a code page without it comes out "???"; its
# Windows-1252 reading with two bytes lost comes out "â??". Either right before a letter
# ("It???s", "???Yes", "commissionâ??s") is no question mark, which ends a word: it proves
# the text lost its punctuation, and only then are its other "???" read as that punctuation
# (a question asked "Why???" in a text that lost nothing stays).
_MARK = re.compile(r"(?<!\?)(?:\?\?\?|\u00e2\?\?)(?!\?)")
_BEFORE_LETTER = re.compile(r"(?<!\?)(?:\?\?\?|\u00e2\?\?)(?=[^\W\d_])")
# A no-break space is two bytes: lost, it is "??" after a full stop or comma, where no question
# mark stands ("Mir reicht das nicht.?? Mehr Leser…", "ist.??</p>"); an ellipsis's "..??" stays.
_LOST_SPACE = re.compile(r"(?<=[^\W\d_][.,;:])\?\?(?!\?)")
# Between two words of an English text in ASCII, one of them a common word ("over the past hour
# that??message board", "launched??a couple of months ago"): the two bytes of a no-break space.
# Elsewhere they may be an accented letter's ("Gonz??lez-P??ramo", "pr??parer"): left to the
# summary's rules (bot.text.broken_text).
_LOST_SPACE_BETWEEN_WORDS = re.compile(r"\b([A-Za-z]+)\?\?([a-z]+)\b")


@functools.cache
def _common_english_words() -> frozenset[str]:
    from justext import get_stoplist  # local: read once, when a text needs it

    return frozenset(get_stoplist("English"))


def _spaced_words(found: re.Match[str]) -> str:
    common = _common_english_words()
    if found[1].lower() in common or found[2] in common:
        return f"{found[1]} {found[2]}"
    return found[0]


_CONTRACTION = re.compile(r"(?:s|t|d|m|ll|re|ve)\b")
# A question's own mark, then a lost closing quote ("“So Adam, what do you do????").
_ASKED_AND_LOST = re.compile(r"(?<=[^\W_])\?\?\?\?(?!\?)")
_WORD_BEFORE = re.compile(r"[^\W_]$")
_OPENING_BEFORE = re.compile(r"(?:^|[\s(\[>])$")


def _punctuation(text: str, found: re.Match[str]) -> str:
    """The mark a lost "???" was, from the characters on either side of it."""
    before = text[max(0, found.start() - 1) : found.start()]
    after = text[found.end() : found.end() + 1]
    word_after = after.isalnum()
    if before.isdigit():
        return found[0]  # after a number: a currency's sign, a unit, a dash? unknown
    if word_after and (_WORD_BEFORE.search(before) or _CONTRACTION.match(text, found.end())):
        return "\u2019"  # inside a word: an apostrophe ("here???s", "</city>???s star")
    if _OPENING_BEFORE.search(before):
        if word_after:
            return "\u201c"  # opens a word: an opening quote ("???Yes")
        if after in ("", " ", "\u00a0") and before in ("", " ", "\u00a0"):
            return "\u2014"  # between spaces: a dash ("people ??? many")
        return found[0]
    return "\u201d"  # after a word or a stop: a closing quote ("programmed???")


def restored_punctuation(text: str) -> str:
    """`text` with lost no-break spaces put back, and lost quotes and dashes when one of them
    stood before a letter; other text as it is."""
    if "??" not in text:
        return text
    text = _LOST_SPACE.sub(" ", text)
    if text.isascii():
        text = _LOST_SPACE_BETWEEN_WORDS.sub(_spaced_words, text)
    if not _BEFORE_LETTER.search(text):
        return text
    text = _ASKED_AND_LOST.sub("?\u201d", text)
    return _MARK.sub(lambda found: _punctuation(text, found), text)
