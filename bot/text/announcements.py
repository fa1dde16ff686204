"""A lead that announces what follows it: a count of things ("I wanted to let you all know of two
things.") over the list that names them, or a short opening over the quotation it presents
("Interesante reflexión desde Microsiervos." over a blockquote). The post carries on into them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.blocks import Block, Link

# A count of things the text goes on to name ("two things", "a few things that I guess I should
# cover", "two hot topics which seem to be …", "deux choses", "dos temas"): the sentence ends on
# the counted things or a clause about them, so it names none of them itself.
_COUNT = (
    r"(?:two|three|four|five|six|seven|a\s+few|a\s+couple\s+(?:of\s+)?|several|\d+"
    r"|deux|trois|quatre|cinq|quelques|dos|tres|cuatro|cinco|algunas|algunos|unas|unos"
    r"|zwei|drei|vier|fünf|ein\s+paar|einige|due|tre|quattro|alcune|alcuni)"
)
_THINGS = (
    r"(?:things|topics|points|items|questions|announcements|updates|news|ideas"
    r"|tips|links|reasons|subjects|choses|sujets|points|nouvelles|questions|liens|cosas|temas"
    r"|puntos|asuntos|noticias|enlaces|dinge|themen|punkte|sachen|neuigkeiten|cose|argomenti"
    r"|punti|notizie)"
)
_ANNOUNCES_COUNT = re.compile(
    rf"\b{_COUNT}\s+(?:[^\W\d_]+\s+)?{_THINGS}"
    # … and a clause about them, with no colon or list of its own ("that I should cover this
    # week", "which seem to be on everyone's mind today", "à vous dire").
    r"(?:\s+(?:that|which|I|we|you|to|for|à|de|que|qu['’]|die|zu|da|che)\b[^:;,]*)?"
    r"\s*[.!]\W*$",
    re.IGNORECASE,
)
# An announcement is one sentence of a few words; a longer one says something itself.
_MAX_WORDS = 25
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?])\s+)(?=\S)")


def _last_sentence(text: str) -> str:
    starts = [m.start() for m in _SENTENCE_START.finditer(text.strip())]
    return text.strip()[starts[-1] :].strip() if starts else text.strip()


def announces_count(sentence: str) -> bool:
    """Whether a short sentence announces a count of things it does not name ("I wanted to let
    you all know of two things.")."""
    found = _ANNOUNCES_COUNT.search(sentence) if len(sentence.split()) <= _MAX_WORDS else None
    # A name after the count says what the things are ("the two big questions that dominated
    # Joe Moorhead's week one press conference", a talk's title "Seven Tips for Effective …").
    # A recording's description says what its episode holds ("In this episode, I share five tips
    # that I use every day …"): the things are in the recording, not a list the post left out.
    return (
        found is not None
        and not _NAMED.search(found.group(), 1)
        and not _RECORDING.search(sentence)
    )


_RECORDING = re.compile(
    r"\b(?:episode|podcast|video|show|webinar|épisode|émission|vidéo|episodio|vídeo|folge|sendung)s?\b",
    re.IGNORECASE,
)


_NAMED = re.compile(r"(?<![\w'’])(?!I\b|I['’])[A-Z“\"]")


def _is_sentence_item(block: Block) -> bool:
    text = block.text.rstrip()
    return block.kind == "text" and block.role == "item" and text[-1:] in ".!?"


def with_announced_items(blocks: Sequence[Block]) -> list[Block]:
    """The blocks, the items of a list that a paragraph's count announced ("… two things." over
    two items written as sentences) read as paragraphs: the post carries them on."""
    out = list(blocks)
    for i, block in enumerate(blocks[:-1]):
        if block.kind != "text" or block.role != "para" or blocks[i + 1].role != "item":
            continue
        if not announces_count(_last_sentence(block.text)):
            continue
        j = i + 1
        while j < len(blocks) and blocks[j].role == "item":
            j += 1
        if all(_is_sentence_item(b) for b in blocks[i + 1 : j]):
            for k in range(i + 1, j):
                out[k] = Block(blocks[k].text, blocks[k].links, blocks[k].kind, "para")
    return out


# A short opening over a quotation: what it presents is the quotation ("Interesante reflexión
# desde Microsiervos." over the line quoted, "Wow, this is great. I spot it from the ads in my
# gmail account." over the service's own description). Short both: a news story's first
# paragraph over a pull quote says its own news, and a long quotation is no lead.
_MAX_OPENING_WORDS = 20
_MAX_OPENING_SENTENCES = 2
_MAX_QUOTE_WORDS = 80
# A quotation is a passage: a caption set in a blockquote ("The new menus, in both light and dark
# mode.") or a note box ("See last week's article for a quick refresher.") is shorter.
_MIN_QUOTE_WORDS = 12


def opened_quote(out: Sequence[tuple[int, Block]]) -> bool:
    """Whether the text read so far holds anything but short paragraphs of the opening."""
    texts = [b for _, b in out if b.kind == "text"]
    words = sum(len(b.text.split()) for b in texts)
    return words > _MAX_OPENING_WORDS or any(b.role != "para" for b in texts)


def _quoted_title(blocks: Sequence[Block], j: int) -> bool:
    # The quoted page's own title on its line over its text ("Text Messaging in Chat" over
    # "Send SMS text messages right from Gmail. …"): no sentence of the quotation.
    text = blocks[j].text.strip()
    return (
        j + 1 < len(blocks)
        and blocks[j + 1].role == "quote"
        and text[-1:] not in ".!?:;,"
        and len(text.split()) <= _MAX_TITLE_WORDS
    )


_MAX_TITLE_WORDS = 8


def joined_opening_quote(
    blocks: Sequence[Block], i: int, out: Sequence[tuple[int, Block]]
) -> tuple[Block, int] | None:
    """The paragraph at i, ending a short opening (`out` read before it), joined to the short
    quotation after it (its title line left out); the index after the quotation."""
    if i + 1 >= len(blocks) or blocks[i + 1].role != "quote" or blocks[i + 1].kind != "text":
        return None
    block, text = blocks[i], blocks[i].text.strip()
    said = sum(len(b.text.split()) for _, b in out if b.kind == "text") + len(text.split())
    if (
        block.kind != "text"
        or block.role != "para"
        or not text.endswith(".")
        or text.endswith("..")
        or text[:1] in "\"“«'‘„"
        or said > _MAX_OPENING_WORDS
    ):
        return None
    j = i + 1
    while j < len(blocks) and blocks[j].role == "quote" and blocks[j].kind == "text":
        j += 1
    start = i + 2 if _quoted_title(blocks, i + 1) else i + 1
    quote = " ".join(b.text.strip() for b in blocks[start:j])
    words = len(quote.split())
    if not _MIN_QUOTE_WORDS <= words <= _MAX_QUOTE_WORDS or quote[-1:] not in ".!?\"”»'’":
        return None
    if quote[:1] not in "\"“«'‘„":
        quote = f"“{quote}”"
    return Block(f"{text[:-1]}: {quote}", block.links, "text", "para"), j


# A lead-in naming its subject in the heading under it ("There are a few things … this week.
# The big one would be:" over "Fight for the Future 2: Revived" and its paragraph): the heading
# is the sentence's object, and the text goes on under it.
_MAX_HEADING_WORDS = 10
# The lead-in's verb waits for its complement ("The big one would be:", "Le sujet du jour est :"):
# the heading completes it. A label ("Links for this episode:"), a presenting "Here are the
# details:" or a call ("Say hello to …:") introduces a section, its heading no object of theirs.
_AWAITS_COMPLEMENT = re.compile(
    r"^(?!here\b|voici\b|hier\b|aquí\b)(?:\S+\s+){1,6}(?:is|are|was|were|be|est|sont|sera|ist|sind"
    r"|wird|es|son|será|è|sono|sarà)\s*:$",
    re.IGNORECASE,
)


def joined_heading(blocks: Sequence[Block], i: int) -> tuple[Block, int] | None:
    """The paragraph at i ending on a colon joined to the short heading after it, when prose
    follows the heading; the index after the heading."""
    if i + 2 >= len(blocks):
        return None
    lead, heading, after = blocks[i : i + 3]
    text, title = lead.text.rstrip(), heading.text.strip()
    if (
        lead.role != "para"
        or not text.endswith(":")
        or not _AWAITS_COMPLEMENT.search(_last_sentence(text))
        or bool(heading.links)  # a linked title: a list of links, its first item
        or heading.kind != "text"
        or heading.role not in ("heading", "subhead")
        or not title
        or title[-1] in ".!?:;,"
        or len(title.split()) > _MAX_HEADING_WORDS
        or after.kind != "text"
        or after.role != "para"
    ):
        return None
    return Block(f"{text} {title}.", lead.links, "text", "para"), i + 2


# A line broken mid-sentence at a <br> ("AQ Interactive has come up with an amazing little
# program that converts" + "your Nintendo DS into a Korg DS-10 synthesizer. …"): the sentence
# goes on in lower case on the next line, and the two are one paragraph.
_MIN_WRAPPED_WORDS = 6
_OPEN_END = re.compile(r"[^\W\d_]$")
_RUNS_ON = re.compile(r"[a-zà-ÿ][^\W\d_]*\s+\S+[^.!?]*[.!?]")
# An author who writes in lower case ("… a (semi-)autobiographical story. you don't need a
# reason …") starts every paragraph so: a lower-case start there says nothing of a wrap; nor
# after a labelled note ("TW: child suicide, guns, …"), which ends without a stop.
_LOWER_AFTER_STOP = re.compile(r"[.!?]\s+[a-zà-ÿ]")
_LABELLED = re.compile(r"^[^\s:]{1,12}:\s")


def joined_wrap(blocks: Sequence[Block], i: int) -> tuple[Block, int] | None:
    """The paragraph at i joined to the next when its sentence runs on there; the index after."""
    if i + 1 >= len(blocks):
        return None
    line, rest = blocks[i], blocks[i + 1]
    text = line.text.rstrip()
    if (
        line.kind != "text"
        or line.role != "para"
        or rest.kind != "text"
        or rest.role != "para"
        or "\n" in text
        or not _OPEN_END.search(text)
        or len(text.split()) < _MIN_WRAPPED_WORDS
        or not _RUNS_ON.match(rest.text)
        or _LOWER_AFTER_STOP.search(rest.text)
        or _LABELLED.match(text)
    ):
        return None
    shift = len(text) + 1
    moved = tuple(Link(lk.start + shift, lk.end + shift, lk.href) for lk in rest.links)
    return Block(f"{text} {rest.text}", line.links + moved, "text", "para"), i + 2
