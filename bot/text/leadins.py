"""Paragraphs read with what they introduce: a lead-in joined to its brief list ("A range of
maintenance work, including: a, b, c.") or to the quotation it attributes ("Steve Yegge
says: “…”"), and questions standing alone as an FAQ's subheads ("What's new?").

A lead-in left alone is no sentence a summary may end on, and a quotation without its lead-in
reads as the writer's own view; paragraphs numbered in sequence are a list; a list too long to
be said in one sentence is left out, and its lead-in with it (a summary ends before both).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.announcements import (
    joined_heading,
    joined_opening_quote,
    joined_wrap,
    opened_quote,
    with_announced_items,
)
from bot.text.blocks import Block, Link
from bot.text.bold_leads import is_bold_lead
from bot.text.epigraph_blocks import epigraph_end
from bot.text.glued_lists import glued_list_apart
from bot.text.numbered_lines import bulleted_lines, list_number, numbered_lines
from bot.text.plain_blocks import is_separated_list

# A list said in one sentence: two to eight items, each a phrase of fourteen words at most.
_MAX_ITEMS = 8
_MAX_ITEM_WORDS = 14
# A lead-in is a sentence's start: at most this many words.
_MAX_LEAD_IN_WORDS = 45
_TERMINAL = ".!?…。．！？।؟۔"
# An FAQ's subhead: a question alone in its paragraph, of ten words at most.
_MAX_QUESTION_WORDS = 10
_MIN_ANSWER_WORDS = 12
_OPENING_MARKS = "\"“«'‘„"
_SENTENCE_INSIDE = re.compile(r"[.!?;](?:\s|$)")
# A lead-in without a colon is a sentence ("Here's a list with four items"), not a label ("The
# Highlights"), and says it announces a list (English words only: other languages keep the colon).
_MIN_ANNOUNCING_WORDS = 4
_ANNOUNCES = re.compile(r"\b(?:here(?:'s|’s| is| are)|following|list|these|below)\b", re.I)


# Paragraphs numbered in sequence ("1. Due - $4.99 - …", "2. Scanner Pro …") are a list written
# without <ol>: two or more in a row, counting up by one (text.numbered_lines.list_number).


def _number_of(block: Block) -> int | None:
    return list_number(block.text) if block.role in ("para", "quote") else None


# Paragraphs (or a blockquote's) opening on the same bullet written as text ("# 37 percent …",
# "* Faster start", "• …"): a list without <ul>, two or more in a row; the mark is no word. Not a
# dash: lines of dialogue open on one ("- Может сделаем новый дизайн?", bash.org's quotes).
# A star or dot may touch its word ("*Prepare & review …") when the word is not closed by a
# star: a star round a word is emphasis ("*very* good").
_BULLET = re.compile(r"([#*•·])\s+(?=\w)|([*•])(?=[^\W_][^*\s]*(?:\s|$))")


def _bullet_of(block: Block) -> str | None:
    found = _BULLET.match(block.text) if block.role in ("para", "quote") else None
    return (found.group(1) or found.group(2)) if found else None


def _unbulleted(block: Block) -> Block:
    found = _BULLET.match(block.text)
    shift = found.end() if found else 0
    links = tuple(
        Link(lk.start - shift, lk.end - shift, lk.href) for lk in block.links if lk.start >= shift
    )
    return Block(block.text[shift:], links, block.kind, "item")


def numbered_as_items(blocks: Sequence[Block]) -> list[Block]:
    """The blocks, paragraphs numbered in sequence or bulleted alike (or a paragraph's lines
    numbered in sequence) as list items."""
    if any("\n" in b.text for b in blocks):
        blocks = [item for b in blocks for n in numbered_lines(b) for item in bulleted_lines(n)]
    blocks = [part for b in blocks for part in glued_list_apart(b)]
    numbers = [_number_of(b) for b in blocks]
    bullets = [_bullet_of(b) for b in blocks]
    out = list(blocks)
    for i, block in enumerate(blocks):
        n, mark = numbers[i], bullets[i]
        if mark is not None and mark in bullets[max(i - 1, 0) : i] + bullets[i + 1 : i + 2]:
            out[i] = _unbulleted(block)
        if n is None:
            continue
        before = i > 0 and numbers[i - 1] == n - 1
        after = i + 1 < len(blocks) and numbers[i + 1] == n + 1
        if before or after:
            out[i] = Block(block.text, block.links, block.kind, "item")
    return out


def _is_lead_in(block: Block) -> bool:
    text = block.text.rstrip()
    return (
        block.kind == "text"
        and block.role == "para"
        and bool(text)
        and text[-1] not in _TERMINAL + "\"'”’»)"
        and len(text.split()) <= _MAX_LEAD_IN_WORDS
    )


def _item_phrase(text: str, stops: str = ".;,") -> str | None:
    """A list item as a phrase of a sentence, its own stop dropped (its capital kept: it may be a
    name's); None for a sentence or a long item."""
    text = text.strip().rstrip(stops)
    if not text or len(text.split()) > _MAX_ITEM_WORDS or _SENTENCE_INSIDE.search(text):
        return None
    return text


def _announces_list(blocks: Sequence[Block], i: int) -> bool:
    """Whether the paragraph at i announces a list: it ends with a colon, a colon mistyped as two
    dots ("we had.."), or no stop ("Here's a list with four items") before the items."""
    block, text = blocks[i], blocks[i].text.rstrip()
    if block.kind != "text" or block.role != "para":
        return False
    if text.endswith(":"):
        return len(text.split()) <= _MAX_LEAD_IN_WORDS
    two_dots = text.endswith("..") and not text.endswith("...")
    body = text[:-2] if two_dots else text
    return (
        i + 1 < len(blocks)
        and blocks[i + 1].role == "item"
        and body[-1:] not in _TERMINAL + "\"'”’»)"
        and not _SENTENCE_INSIDE.search(body)
        and _MIN_ANNOUNCING_WORDS <= len(body.split()) <= _MAX_LEAD_IN_WORDS
        # Without a stop, only a sentence that says so announces a list: a caption or a
        # changelog's first line missing its stop ("Imagine if this was Bernie") does not.
        and (two_dots or bool(_ANNOUNCES.search(body)))
    )


def _joined_list(blocks: Sequence[Block], i: int) -> tuple[Block, int] | None:
    """The lead-in at i announcing a list, joined to the brief list after it with a colon."""
    if not _announces_list(blocks, i):
        return None
    lead_in = blocks[i].text.rstrip().rstrip(".:").rstrip() + ":"
    j = i + 1
    while j < len(blocks) and blocks[j].kind == "text" and blocks[j].role == "item":
        j += 1
    # Under the text's opening lead-in an item's "!" is its own stop ("Faster, More Powerful
    # Search — and now with Pagination!"): left on, the one exclaimed item became the lead.
    opening = not any(b.kind == "text" and b.role == "para" for b in blocks[:i])
    stops = ".;,!" if opening else ".;,"
    phrases = [_item_phrase(b.text, stops) for b in blocks[i + 1 : j]]
    if not 2 <= len(phrases) <= _MAX_ITEMS or None in phrases:
        return None
    items = [p for p in phrases if p]
    # No conjunction: the feed's language may not be English ("a, b, c." reads in any).
    separator = "; " if any("," in p for p in items) else ", "
    text = f"{lead_in} {separator.join(items)}."
    return Block(text, blocks[i].links, blocks[i].kind, "para"), j


# Words a clause does not end on, its object still to come: auxiliaries, verbs of having,
# articles, prepositions (English, where the two-dots habit was seen, and a few more).
_WANTS_MORE = frozenset(
    "a an the and or of to with for from as like had has have is are was were be include "
    "includes including namely such were are sind sont et und de la le der die das".split()
)
# Dots closing a line after a word ("studio..", "yall..."), not a figure's or a list's.
_OWN_DOTS = re.compile(r"(?<=[^\W\d_])(?:\.{2,3}|…)$")


def _own_line(block: Block) -> Block | None:
    """A line closing on dots that announces nothing ("Taking calls in the studio..", over a
    list): the writer's own, a full stop for the dots; no lead-in, nor a cut (one ends the text)."""
    text = block.text.rstrip()
    if not text.endswith(("..", "…")) or block.kind != "text" or block.role != "para":
        return None  # most blocks: no dots, no regex
    if "\n" in text or not _OWN_DOTS.search(text) or _ANNOUNCES.search(text):
        return None
    if _SENTENCE_INSIDE.search(_OWN_DOTS.sub("", text)):
        return None  # a paragraph of sentences cut short by its feed ("… to a fra...")
    if _OWN_DOTS.sub("", text).split()[-1].lower() in _WANTS_MORE:
        return None  # "My theory is that we had..": a colon mistyped, the list its object
    return Block(_OWN_DOTS.sub(".", text), block.links, block.kind, block.role)


def _segments_follow(blocks: Sequence[Block], i: int) -> bool:
    # A show's segments on one line ("// Bryan Loves Leggings // Milk In A Bag // …"): a
    # written list (<ul>, numbered lines) after "you have some options..." is what it announces.
    # "Platforms: AWS / EC2 / Linux" is a field (of a job's sheet), its parts no segments.
    return (
        i + 1 < len(blocks)
        and is_separated_list(blocks[i + 1].text)
        and not _FIELD.match(blocks[i + 1].text)
    )


def _introduces_list(blocks: Sequence[Block], i: int) -> bool:
    """Whether the paragraph at i is only a list's lead-in (one sentence ending in a colon)."""
    text = blocks[i].text.rstrip().rstrip(".:")
    return (
        _announces_list(blocks, i)
        and not _SENTENCE_INSIDE.search(text)
        and i + 1 < len(blocks)
        and blocks[i + 1].role == "item"
    )


# A label and its value on one line, as a show's notes give its length or guests.
_FIELD = re.compile(r"[^\W\d][\w'’&-]*(?: [\w'’&-]+){0,3}\s?[:：] *\S")


def _joined_quote(blocks: Sequence[Block], i: int) -> tuple[Block, int] | None:
    """The lead-in at i joined to the quotation after it, in quotation marks."""
    if i + 1 >= len(blocks) or blocks[i + 1].role != "quote" or blocks[i + 1].kind != "text":
        return None
    if _FIELD.match(blocks[i].text) and not blocks[i].text.rstrip().endswith((":", "：")):
        return None  # a field's line ("Tempo de duração: 68 min") introduces no quotation
    end = i + 2
    # A quoted paragraph ending on a colon ("The answer … is this:") introduces the next: the
    # quotation goes on to it, as far as the blockquote does.
    while (
        end < len(blocks)
        and blocks[end].role == "quote"
        and blocks[end].kind == "text"
        and blocks[end - 1].text.rstrip().endswith(":")
    ):
        end += 1
    quote = " ".join(block.text.strip() for block in blocks[i + 1 : end])
    while len(quote) > 2 and quote[0] in _OPENING_MARKS and quote[-1] in "\"”»'’":
        quote = quote[1:-1].strip()  # its own marks give way to the post's
    if quote[:1] not in _OPENING_MARKS:  # a quotation that opens its own marks keeps them
        quote = f"“{quote}”"
    lead_in = blocks[i].text.rstrip().rstrip(" :,-–—：")
    colon = "：" if blocks[i].text.rstrip().endswith("：") else ": "  # CJK's own, unspaced
    return Block(f"{lead_in}{colon}{quote}", blocks[i].links, blocks[i].kind, "para"), end


def _is_question(blocks: Sequence[Block], i: int) -> bool:
    """A short question alone in its paragraph, answered by a paragraph of some length (a
    rhetorical one is followed by its writer's reply: "So we want to thank you!")."""
    block, text = blocks[i], blocks[i].text.strip()
    answer = blocks[i + 1].text.split() if i + 1 < len(blocks) else []
    return (
        block.kind == "text"
        and block.role == "para"
        and text.endswith("?")
        and len(text.split()) <= _MAX_QUESTION_WORDS
        and not _SENTENCE_INSIDE.search(text[:-1])
        and len(answer) >= _MIN_ANSWER_WORDS
    )


# A question set as a heading or subhead and answered by a short reply ("Why is ClojureScript
# Such a Big Deal …?" + "Simple. Today, …", "Is this research worthless?" + "No."): without its
# question the reply answers nothing. Joined only where the two open the text: further down, the
# heading starts a section a lead stops at anyway.
_MAX_HEADING_QUESTION_WORDS = 30
_SHORT_REPLY = re.compile(r"\s*[^.!?\s]+(?:\s+[^.!?\s]+){0,2}[.!](?:\s|$)")


def _joined_reply(blocks: Sequence[Block], i: int) -> tuple[Block, int] | None:
    """The question heading at i joined to the paragraph after it that opens on a short reply."""
    if i + 1 >= len(blocks):
        return None
    question, answer = blocks[i], blocks[i + 1]
    text = question.text.strip()
    if (
        question.kind != "text"
        or question.role not in ("heading", "subhead")
        or not text.endswith("?")
        or len(text.split()) > _MAX_HEADING_QUESTION_WORDS
        or answer.kind != "text"
        or answer.role != "para"
        or not _SHORT_REPLY.match(answer.text)
    ):
        return None
    shift = len(text) + 1
    moved = tuple(Link(lk.start + shift, lk.end + shift, lk.href) for lk in answer.links)
    return Block(f"{text} {answer.text}", question.links + moved, "text", "para"), i + 2


def _sets_off_opening(blocks: Sequence[Block], i: int) -> bool:
    """Whether the text opens at i on a paragraph all in italics followed by a paragraph of the
    writer's own (in upright type)."""
    # A blockquote opening the text is no such sign: sites set their standfirst in one.
    block, text = blocks[i], blocks[i].text.strip()
    if block.kind != "text" or not (block.italic and block.role == "para"):
        return False
    if text[:1] in _OPENING_MARKS or text.endswith((":", "replies.", "writes.")):
        return False  # a quotation in its marks, or a lead-in to what follows: the text's own
    after = next((b for b in blocks[i + 1 :] if b.kind == "text"), None)
    return (
        after is not None
        and after.role == "para"
        and not after.italic
        and len(after.text.split()) >= _MIN_ANSWER_WORDS
        and not _italic_standfirst(text, after.text)
    )


# "Edit:", "Quick announcement:", "Disclaimer:": a note's label in its first words.
_NOTE_LABEL = re.compile(r"^\W*(?:\w+\W+){0,2}?\w+\s*:\s")
_STANDFIRST_STOPS = re.compile(r"[.!?][\"”’)]?(?:\s|$)")


def _italic_standfirst(text: str, after: str) -> bool:
    """Whether an italic opening is the text's standfirst or recap (a newsletter's "At least 76
    … killed …" in italics): three sentences or more, over twice the paragraph after it."""
    # An epigraph, a lyric or a note is short beside the text it sets off; unlabelled prose
    # longer than what follows is the text's own summary.
    return (
        len(_STANDFIRST_STOPS.findall(text)) >= 3
        and len(text.split()) > 2 * len(after.split())
        and not _NOTE_LABEL.match(text)
    )


def with_lead_ins(blocks: Sequence[Block]) -> list[tuple[int, Block]]:
    """(index, block) of the blocks, a lead-in joined to the list or quotation it introduces
    (their blocks gone), and questions standing alone as subheads where two or more do."""
    blocks = with_announced_items(numbered_as_items(blocks))
    faq = sum(_is_question(blocks, i) for i in range(len(blocks))) >= 2
    out: list[tuple[int, Block]] = []
    i = 0
    while i < len(blocks):
        block, after = blocks[i], i + 1
        opened = any(b.kind == "text" and b.role in ("para", "quote") for _, b in out)
        first_text = not any(b.kind == "text" for _, b in out)
        if len(out) <= 1 and (after_epigraph := epigraph_end(blocks, i)):
            i = after_epigraph
            continue
        if first_text and is_bold_lead(blocks, i):
            block = Block(block.text, block.links, block.kind, "para")
        elif first_text and _sets_off_opening(blocks, i):
            # An epigraph, a lyric, a note set in italics over the writer's text: not its lead.
            i += 1
            continue
        if not opened and (reply := _joined_reply(blocks, i)):
            block, after = reply
        elif faq and _is_question(blocks, i):
            block = Block(block.text, block.links, block.kind, "subhead")
        elif block.role == "quote" and not first_text:
            # A blockquote no lead-in introduces, below the opening (a pull quote, a
            # newsletter's quote box): posted as lead text it reads as the writer's words.
            block = Block(block.text, block.links, block.kind, "subhead")
        elif (own := _own_line(block)) and _segments_follow(blocks, i):
            block = own  # "Basement show yall..." over the segments: no feed cuts there
        elif not opened_quote(out) and (joined := joined_opening_quote(blocks, i, out)):
            block, after = joined  # "Interesante reflexión desde Microsiervos." over a quote
        elif wrap := joined_wrap(blocks, i):
            block, after = wrap  # a sentence broken at a <br>, going on in lower case
        elif _is_lead_in(block) or _announces_list(blocks, i):
            joined = (
                _joined_list(blocks, i) or _joined_quote(blocks, i) or joined_heading(blocks, i)
            )
            block, after = joined or (block, after)
            if after == i + 1 and _introduces_list(blocks, i):
                # A list too long for one sentence: its lead-in is no lead text either.
                own = _own_line(block) if _segments_follow(blocks, i) else None
                block = own or Block(block.text, block.links, block.kind, "subhead")
        out.append((i, block))
        i = after
    return out
