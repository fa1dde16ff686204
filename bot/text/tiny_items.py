"""A tiny item's whole text: a comment, a shout, a screenshot's caption of a few short lines is
the item itself, and a summary of one of its lines drops the rest ("shit happens!" without
"But it gets fixed", a caption's name line, a shout's text under its "IP : …" field)."""

from __future__ import annotations

import re

from bot.text.boilerplate import is_template
from bot.text.cleaning import SECTION_BREAK
from bot.text.records import is_file_listing
from bot.text.summaries import is_complete
from bot.text.word_counts import word_count

# A comment or a caption is a few short lines; a teaser or an article's lead is longer.
_MAX_LINES = 3
_MAX_WORDS = 25
# A line of one word is a label or a heading ("Update", "Behooves", "Episode 23"), no comment's.
_MIN_LINE_WORDS = 2
# A field's value of a figure or two ("IP : 81.217.35.205"): the item's record, not its words.
_FIELD_VALUE_WORDS = 2
# A labelled field ("IP : …", "Inhaber: …") and a line pointing elsewhere (an address, a
# handle, a mail): as bot.text.records reads them.
_FIELD = re.compile(r"[^\W\d][\w'’&-]*(?: [\w'’&-]+){0,3}\s?[:：]")
_POINTS_ELSEWHERE = re.compile(r"https?://|www\.|\S@\S|(?:^|\s)@\w|\b\w+\.(?:com|org|net|io|fm)\b")
# Dots closing the text are its feed's cut; inside it, the writer's pause ("wuascht...aber").
_ELIDED = re.compile(r"(?:…|\.\s?\.\s?\.|\[…\])\W{0,2}$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_OPENS_AS_TEXT = re.compile(r"[\w“\"«‘'(¿¡]")
# A numbered label ("Tales of the Attic episode # 2", "Issue No. 12"): a show's or issue's name.
_NUMBERED_LABEL = re.compile(r"(?:#|\b(?i:no|nr|n[º°])\.?)\s*\d+$")
_BYLINE = re.compile(r"(?i:by|par|von|por)\s+\S+$")
# A line ending on a word, a figure, a closing mark or a smiley's mouth takes a stop; one
# ending on a comma, colon or dash leads into something the item does not hold.
_OPEN_END = re.compile(r"[^\W_][\"'”’»)\]]*$|[=:;]-?[)(DPp]$")
_CONTINUES = re.compile(r"[^\W\d_]")


def _title_cased(line: str) -> bool:
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 2 and 3 * sum(w[:1].isupper() for w in words) > 2 * len(words)


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).lower()


def _is_data_field(line: str) -> bool:
    found = _FIELD.match(line)
    return found is not None and len(line[found.end() :].split()) <= _FIELD_VALUE_WORDS


def _own_lines(text: str) -> list[str]:
    """The item's lines without its data fields; [] when a line is no comment's own."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    own = [line for line in lines if not _is_data_field(line)]
    for line in own:
        if (
            len(_WORD.findall(line)) < _MIN_LINE_WORDS
            or not _OPENS_AS_TEXT.match(line)
            or _FIELD.match(line)
            or _BYLINE.match(line)
            or _NUMBERED_LABEL.search(line)
            or _title_cased(line)
            or _POINTS_ELSEWHERE.search(line)
            or is_file_listing(line)
        ):
            return []
    return own


def tiny_item_text(
    text: str, title: str | None, summary: str = "", boilerplate: frozenset[str] = frozenset()
) -> str:
    """The whole text of an item of a few short lines, each ended as a sentence; "" when an
    item is longer or its lines are no such text (the checks below say which)."""
    # No such text: elided by its feed, or holding a heading, label, byline, address, the
    # feed's learned `boilerplate` or a sentence the lead rules left out of `summary` on purpose.
    text = text.strip()
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines or len(lines) > _MAX_LINES or word_count(text) > _MAX_WORDS:
        return ""
    if _ELIDED.search(text) or SECTION_BREAK in text:
        # A teaser its feed cut, or lines cleaning parted (a heading, a list left out between
        # them): no comment's lines; summaries and whole_items judge them.
        return ""
    own = _own_lines(text)
    if not own or (title and _letters(" ".join(own)) in _letters(title)):
        return ""
    if any(is_template(line, boilerplate) for line in own):
        return ""  # the feed's own line ("This feed is fueled by …"), in its every entry
    if any(is_complete(line) and _letters(line) not in _letters(summary) for line in own):
        return ""  # a sentence the lead rules left out (a pointer, a "(Via …)" credit)
    if len(own) > 1 and not any(map(is_complete, own)):
        return ""  # lines of items ("Expertise in Java" / "Familiarity with Postgres"), no text
    if len(lines) == 1:
        # One line alone is a standfirst or a teaser, the summary's to judge (a blog's "некий
        # код" under its headline says nothing); a caption's lines or a shout's are several.
        return ""
    joined = ""
    for line, after in zip(own, [*own[1:], ""], strict=True):
        if not is_complete(line):
            if not _OPEN_END.search(line):
                return ""
            # A line going on in lower case is one thought broken ("… omg" / "thats horrible").
            if not (after[:1].islower() and _CONTINUES.match(after)):
                line += "."
        joined = f"{joined} {line}" if joined else line
    return joined
