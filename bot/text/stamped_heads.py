"""Headings glued over a lead, told by the stamp under them: a live blog's update heading and
its time ("FBI questions Hillary Clinton … July 3, 2016, 9:56 a.m. Hillary Clinton is …") and a
press release's headline and subhead over its wire dateline ("Atlanta, GA (PRWEB) July 2,
2007."). The heading, the stamp and the dateline are no lead text; an update whose heading is
not the item's is another item's text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.block_model import Block, Cut

_MONTH_DAY = r"(?:\d{1,2}\.?\s+[^\W\d_]{3,10}\.?,?\s+\d{4}|[^\W\d_]{3,10}\.?\s+\d{1,2},?\s+\d{4})"
_DATE = r"(?:" + _MONTH_DAY + r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
_TIME = r"\d{1,2}[:h.]\d{2}(?:\s*(?:[ap]\.\s?m\.|[ap]m\b|Uhr\b|h\b))?"
# A heading (no sentence's stop in it) and an update's date and time, then its text.
# A date after a preposition is a sentence's ("The polls closed on July 3, 2016, 9:56 a.m."),
# as is a date followed by lower case; an update's text opens on a capital.
_PREPOSITIONS = frozenset(
    "on at in since until till by from before after around of to le la du au am um im vom il"
    " del dal al el en de desde hasta op van tot".split()
)
_LIVE_STAMP = re.compile(
    r"(?P<head>[^.!?…\n]{12,200}?)\s+"
    + _DATE
    + r",?\s+(?:at\s+|à\s+|um\s+|alle\s+|a\s+las\s+)?"
    + _TIME
    + r"\s+(?=[\"“]?[A-ZÀ-ÖØ-ÞА-ЯЁ])"
)
# A press wire's dateline: "Atlanta, GA (PRWEB) July 2, 2007.", "AUSTIN, Texas, March 3, 2008
# /PRNewswire/ --", "BOSTON--(BUSINESS WIRE)--".
_WIRES = (
    r"PRWEB|PRWeb|PR\s?Newswire|PRNewswire(?:-[\w]+)?|BUSINESS\s+WIRE|Business\s+Wire|"
    r"Marketwired?|MARKETWIRED?|GLOBE\s+NEWSWIRE|ACCESSWIRE|EIN\s+Presswire|PRLEAP|PRLog"
)
_WIRE_DATELINE = re.compile(
    r"[^\W\d_][\w.'’ -]{1,40}(?:,\s*[^\W\d_][\w.' -]{1,25}){0,2}"
    r"(?:,?\s*" + _DATE + r")?\s*(?:-{1,2}\s*)?[(/](?:" + _WIRES + r")[)/]"
    r"(?:\s*-{1,2}\s*)?(?:\s*" + _DATE + r")?\s*[.:—–-]*\s*"
)
_HEAD_BLOCK_CHARS = 300
_OPENING_BLOCKS = 4


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]{3,}", text.lower())}


def _of_the_item(head: str, title: str | None) -> bool:
    words = _words(head)
    return not title or not words or len(words & _words(title)) * 2 >= len(words)


def stamped_head_cuts(blocks: Sequence[Block], title: str | None) -> list[Cut]:
    """Cuts of a live blog's update heading and time opening the text (of the whole update
    where it heads another item), and of a press release's heads over its wire dateline."""
    texts = [i for i, b in enumerate(blocks) if b.kind == "text"][:_OPENING_BLOCKS]
    for n, i in enumerate(texts):
        text = blocks[i].text
        stamp = _LIVE_STAMP.match(text) if n == 0 else None
        if stamp and stamp.group("head").split()[-1].lower() not in _PREPOSITIONS:
            end = stamp.end() if _of_the_item(stamp.group("head"), title) else len(text)
            return [Cut(i, 0, end, "live-blog stamp")]
        dateline = _WIRE_DATELINE.match(text)
        if dateline:
            heads = [j for j in texts[:n] if len(blocks[j].text) <= _HEAD_BLOCK_CHARS]
            if len(heads) < n:
                return []  # prose above the dateline: the writer's own introduction
            return [
                *(Cut(j, 0, len(blocks[j].text), "press-release head") for j in heads),
                Cut(i, 0, dateline.end(), "press-release head"),
            ]
    return []
