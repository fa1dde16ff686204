"""Text the feed broke before newsbot read it, which no repair can mend: characters lost upstream
("troisi�me", "premi?re"), markup written out as text. The summary stops before it."""

from __future__ import annotations

import re

# Lowercase letters of the scripts that space their words: between two of them a "?" is no
# question's end but a letter a wrong charset lost ("premi?re", "r?alis?", "that??message").
# CJK text puts its questions against the next word ("好吗?我们"): left out.
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f\u03ac-\u03ce\u0430-\u045f"
# U+FFFD: a byte the feed's own writer could not read, replaced before the feed was served.
_LOST_CHARACTER = re.compile(f"\ufffd|(?<=[{_LOWER}'’])\\?{{1,3}}(?=[{_LOWER}])")
# Once a text has lost letters so, a "?" standing alone before a small letter is one more
# ("la fête ? la blague" for "à"); elsewhere it ends a question the French way ("… ? oui").
_LOST_WORD = re.compile(f"(?<=\\s)\\?(?=\\s+[{_LOWER}])")
# An address or a query holds "?" between letters ("index.php?page=2"): a token with one of
# these is no word.
_ADDRESS_MARKS = re.compile(r"[/=&@]|www\.")
# Markup written out as text, escaped once more than its siblings: a link ('the demands of <a
# href="…/Brevet(cycling)">brevet riding</a>.') is its words; a script with its code
# ('<script type="text/javascript">SHARETHIS.addEntry(…);</script>') and a picture are none.
# "a <script> tag" and an empty '<script src="/javascripts/jquery.js"></script>' in a post
# about them are the text's own.
_WRITTEN_LINK = re.compile(r"<a\s+href=[^<>]*>([^<>]*)</a>", re.IGNORECASE)
_WRITTEN_CODE = re.compile(
    r"\s*(?:<script\s[^<>]*>[^<>]+</script>|<img\s+[a-z-]+=[^<>]*>)", re.IGNORECASE
)
# Tags whose angle brackets were stripped upstream ('a href=”http://yubnub.org/…”Installing
# YubNub/a blockquote pimg src=”…”'): the address's closing quote runs into the next word.
# What is left of the text is tag names glued to its words ("pSo ironical…!!br /The"): none
# of it can be trusted.
_STRIPPED_TAG = re.compile(r"(?:a href|img src)=[\"“”″][^\s\"“”″]+[\"“”″](?=[^\s/>])")
# A sentence's end: its stops before a space ("L?na?c" holds no stop), or a line's end.
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s)|\n")
# What is left before the damage must say something ("Donc..." does not).
_LEAST_WORDS = 5


def _first_lost(text: str) -> int:
    """Where the first character lost upstream sits in `text`, outside addresses; -1 if none."""
    for lost in _LOST_CHARACTER.finditer(text):
        start = text.rfind(" ", 0, lost.start()) + 1
        end = text.find(" ", lost.end())
        if not _ADDRESS_MARKS.search(text[start : end if end >= 0 else len(text)]):
            return lost.start()
    return -1


def _first_damage(summary: str, text: str) -> int:
    """Where the summary's first character lost upstream sits; -1 if none."""
    found = [_first_lost(summary)]
    if found[0] != 0 and _first_lost(text) >= 0 and (alone := _LOST_WORD.search(summary)):
        found.append(alone.start())
    return min((at for at in found if at >= 0), default=-1)


def before_broken_text(summary: str, text: str) -> str:
    """The summary without markup written out as text, up to the sentence holding characters
    lost upstream; "" when `text` shows tags stripped of their brackets or too little is left."""
    if "?" not in summary and "\ufffd" not in summary and "<" not in summary and "=" not in text:
        return summary  # most summaries: nothing to look for
    if _STRIPPED_TAG.search(text):
        return ""
    if "<" in summary:
        summary = _WRITTEN_CODE.sub("", _WRITTEN_LINK.sub(r"\1", summary)).strip()
    damage = _first_damage(summary, text)
    if damage < 0:
        return summary
    opening = max((end.end() for end in _SENTENCE_END.finditer(summary, 0, damage)), default=0)
    kept = summary[:opening].strip()
    return kept if len(kept.split()) >= _LEAST_WORDS else ""
