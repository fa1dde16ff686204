"""Links that point by their text alone ("here", "my previous post: <title>", "Link to the
article"): cut, since a post links at most a few of its words (text.summary_links)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.blocks import Block, Cut, sentence_bounds
from bot.text.invitations import invites_to_it
from bot.text.presented_links import (
    aside_span,
    calls_for_link,
    is_read_there_label,
    media_span,
    parenthesis_around,
    presents_row_below,
)

# A link whose text only points ("here", "click here", "See here for additional links",
# "hier", "ici"): the post carries no links in its text, so what it says points at nothing.
# Inside a short parenthesis only the parenthesis goes ("Marcus Ahnve (who blogged about it
# here)"); otherwise the sentence, where the pointer ends it ("… this blog post here.", "…
# the talk here (also on Youtube).") or opens it ("See here for …"). A "here" the sentence goes
# on from ("doing searches here, where one can read …") stays. "Here's …" is a sentence.
_POINTER_ANCHOR = re.compile(
    r"\W*(?P<verb>(?:click|tap|see|go|look|read|watch|listen|download|find|right|over|more|mehr)\s+)?"
    r"(?:here|hier|ici|aquí|aqui|här)(?![\w'’])",
    re.IGNORECASE,
)
_POINTER_WORDS = 6
# "… such as the section on Nginx in my post <here>, or the …": a "here" after the page it
# stands for points at it wherever the sentence goes on.
_PAGE_BEFORE = re.compile(
    r"\b(?:my|our|this|that|the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:post|article|piece"
    r"|tutorial|guide|write-?up|video|talk|paper|thread|review|interview|episode)s?\s*$",
    re.IGNORECASE,
)
# Or the whole pointing sentence is the link, ending on its pointer ("<a>Kanalvägen har vi
# skrivit om tidigare här</a>.", "<a>more about the results here</a>"): it too goes where it
# ends the sentence.
# A link that calls the reader to follow it for more ("<Learn more about this work> over on
# OpenStreetMap.org and check out …", "<Read more about the release>."): its sentence is the call.
# Not "more details" alone: "Google shared <more details> about it this week." is news.
_CALL_ANCHOR = re.compile(
    r"\W*(?:learn|read|find\s+out|discover|see)\s+more\b",
    re.IGNORECASE,
)
_CALL_WORDS = 8
# A link whose text says it is one ("Voici un <lien vers un petit script> que j'utilise …",
# "here is <a link to an implementation>"): its sentence presents what the post drops.
_LINK_ANCHOR = re.compile(
    r"\W*(?:(?:a|an|the|un|le|ce|ein|der|el)\s+)?(?:link|lien|enlace)\s+(?:to|vers|zu[mr]?|a|al)\b",
    re.IGNORECASE,
)
# German puts the verb after "hier" ("… ist <hier> ersichtlich.", "… gibt es <hier> zu sehen."):
# a few words may stand between the pointer and the sentence's end.
_VERB_LAST = re.compile(r"(?:\s+[^\W\d_]+){1,3}\s*[.!]", re.IGNORECASE)
_POINTER_TAIL = re.compile(r"(?<![\w'’])(?:here|hier|ici|aquí|aqui|här)\W*$", re.IGNORECASE)
_POINTING_WORDS = 12
# "… can be found here also." ends on the pointer too.
_ENDS_SENTENCE = re.compile(
    r"(?:\s+(?:also|too|as\s+well))?\s*(?:\([^()]*\))?\s*[.!?…]*[\"'”’)\]]*\s*$"
)
# A link's label after a pointing colon names a page the post does not link: "… documents and
# code here: Building Tailgunner.", "The first post is here: Building a Podcast Chatbot …",
# "refer to my previous post: @seneca/repl version 2.x plan (…)". After "here:" the sentence is
# the pointer whatever follows; after a noun ("post:"), where the label ends it and the sentence
# sends the reader there ("BoingBoing linked to a gamers forum thread: 2008 games in MS Paint."
# tells what was linked). A label that is an address ("here: https://curl.se/perf/") is read.
_LABEL_LEAD = re.compile(
    r"(?:\b(?P<here>here|there|below)|\b(?:post|article|piece|series|part|episode|chapter"
    r"|installment|instalment|page|write-?up|thread|repo|repository|project|talk|paper|video)s?)"
    r"\s*:\s*$"
    # A link the sentence presents and ends on ("If you are a new app developer here is <a page to
    # help you get started>!", "Here are <the slides>."): without it, nothing is presented.
    r"|\bhere(?P<presents>['’]s|\s+is|\s+are)\s+$"
    # … or names it before a dash or colon ("Here’s our second show – <Her rallying cry …>")
    r"|\b(?:here(?:['’]s|\s+is|\s+are)|hear|listen\s+to|watch|read)\s+(?P<calls>our|my|the|this)"
    r"\s+[^.!?:–—]{1,40}?\s[–—:]\s*$"
    # A series' way in: "If you haven't read the previous posts, I'd suggest you start at <An App
    # From Scratch: Part 1 – What To Build>."
    r"|\b(?:start|begin)\s+(?:at|with|from)\s+(?:the\s+)?$"
    # … or with no colon after a call to go and read it: "If you are new to Temporal, check out
    # my article <Open Source Workflows as Code>."
    r"|\b(?:check\s+out|see|read|refer\s+to|(?:take|have)\s+a\s+look\s+at)\s+(?:my|our|the|this)\s+"
    r"(?:\w+\s+){0,2}(?:post|article|piece|series|part|episode|write-?up|thread|talk|paper)s?\s+$",
    re.IGNORECASE,
)
_LEAD_CHARS = 120
_SENDS_THERE = re.compile(
    r"\b(?:refer|see|read|check|find|found|visit|go|head|available|start|look)", re.IGNORECASE
)
_ADDRESS = re.compile(r"\s*(?:https?://|www\.|[\w-]+\.(?:com|org|net|io|dev)\b)", re.IGNORECASE)
# The sentence after a pointer that sends the reader on to it ("Read that post to understand
# what the Seneca REPL can do for you.") goes with it.
_SENDS_ON = re.compile(
    r"\s*(?:read|see|check\s+out|watch|listen\s+to)\s+(?:that|this|it|them|those)\b", re.I
)


def _with_sent_on(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """`span` and the sentences around it that only send the reader on to the pointer ("You
    might also enjoy it. Click <here> …"): without the pointer, "it" is nothing the post has."""
    s, e = span
    if _SENDS_ON.match(text, e):
        e = sentence_bounds(text, e + 1, e + 1)[1]
    last = len(text[:s].rstrip()) - 1
    if last > 0:
        before = sentence_bounds(text, last, last)[0]
        if before < s and invites_to_it(text[before:s]):
            s = before
    return s, e


def _pointer_span(
    block: Block, start: int, end: int, verb: bool, verb_last: bool = False
) -> tuple[int, int] | None:
    text = block.text
    aside = parenthesis_around(text, start, end)
    if aside is not None:
        return aside
    s, e = sentence_bounds(text, start, end)
    ends = _ENDS_SENTENCE.match(text[end:e]) or verb_last and _VERB_LAST.fullmatch(text[end:e])
    return _with_sent_on(text, (s, e)) if verb or ends else None


def _label_span(block: Block, start: int, end: int) -> tuple[int, int] | None:
    """The sentence of a link labelled after a pointing colon ("here: Building Tailgunner")."""
    text = block.text
    # The lead-in is looked for first: most links have none, and sentence bounds cost more.
    lead = _LABEL_LEAD.search(text, max(0, start - _LEAD_CHARS), start)
    if lead is None or _ADDRESS.match(text, start):
        return None
    s, e = sentence_bounds(text, start, end)
    if lead.start() < s:
        return None
    ends = _ENDS_SENTENCE.match(text[end:e])
    called = lead.group("presents") or lead.group("calls")
    sends = (called or _SENDS_THERE.search(text, s, start)) and ends
    if not (lead.group("here") or sends):
        return None
    return _with_sent_on(text, (s, e))


# A sentence that only sends the reader to a linked page for more ("See the <release notes> for
# details.", "For more details, read our <changelog>.", "For information on how to upgrade …,
# check out the <manual section on upgrading>.") or is the link ("<Länk till artikeln på
# svd.se>.", "<Link to the article>"): the post links no such page.
_DETAILS_LEAD = re.compile(
    r"^(?:for\s+(?:more|further|full|additional|all\s+the)?\s*(?:details|information|info)\b"
    r"[^!?]{0,80}?,\s*)?(?:please\s+)?(?:see|read|check\s+out|consult|refer\s+to"
    r"|(?:take|have)\s+a\s+look\s+at)\s+(?:our|the|this|my)\s+(?:\w+\s+){0,3}$"
    # "You can get NixOS 18.09 ISOs and VirtualBox appliances from the <download page>."
    r"|^(?:you\s+can\s+)?(?:get|download|find)\s[^!?]{0,80}?\s(?:from|on|at)\s+(?:the|our)\s+$",
    re.IGNORECASE,
)
_DETAILS_TAIL = re.compile(
    r"^\s*(?:for\s+(?:more\s+|further\s+|the\s+full\s+)?(?:details|information|info))?"
    r"\s*[.!]?[\"'”’)\]]*\s*$",
    re.IGNORECASE,
)
_LINK_TO_PAGE = re.compile(
    r"^(?:link\s+to|länk\s+till|lien\s+vers|link\s+zu[mr]?|enlace\s+a)\s", re.IGNORECASE
)
_DETAILS_WORDS = 25
_LINK_TO_WORDS = 8


def _details_span(block: Block, start: int, end: int) -> tuple[int, int] | None:
    text = block.text
    s, e = sentence_bounds(text, start, end)
    if len(text[s:e].split()) > _DETAILS_WORDS or not _DETAILS_TAIL.match(text[end:e]):
        return None
    if _LINK_TO_PAGE.match(text[s:end]) and len(text[s:end].split()) <= _LINK_TO_WORDS:
        return s, e
    return (s, e) if _DETAILS_LEAD.match(text[s:start]) else None


# A sentence that presents the link it holds as a link ("Here is a link to the <ACS AEM Commons
# Github page> to see more.", "… a link to the user mailing list <archive>.", "Voici le lien vers
# <…>"): without the link it presents nothing, whatever it says after.
_PRESENTS_LINK = re.compile(
    r"\b(?:here(?:['’]s|\s+is|\s+are)|below\s+(?:is|are)|voici|voilà|hier\s+(?:ist|is|sind)"
    r"|aquí\s+(?:está|están|tienes|tenéis)|ecco|här\s+är)\s+"
    r"(?:(?:a|an|the|un|une|le|les|ein(?:en)?|der|den|die|el|los|de|het|een|il|la|en)\s+)?"
    r"(?:links?|lien|liens|enlaces?|collegamento|länk(?:en)?)\s+"
    r"(?:to|vers|zu[mr]?|a|al|naar|till|per)\s+(?:[\w-]+\s+){0,6}$",
    re.IGNORECASE,
)


def _presented_span(block: Block, start: int, end: int) -> tuple[int, int] | None:
    s, e = sentence_bounds(block.text, start, end)
    return (s, e) if _PRESENTS_LINK.search(block.text, s, start) else None


def _ends_section(blocks: Sequence[Block], index: int) -> bool:
    after = next((b for b in blocks[index + 1 :] if b.kind == "text"), None)
    return after is not None and after.role != "para"


def _is_called_for(block: Block, start: int, anchor: str) -> bool:
    """Whether the link's sentence only calls the reader to it ("this link", "Here's …")."""
    return bool(
        calls_for_link(block, start, anchor)
        or (
            (_CALL_ANCHOR.match(anchor) or _LINK_ANCHOR.match(anchor))
            and len(anchor.split()) <= _CALL_WORDS
        )
    )


def pointer_link_cuts(blocks: Sequence[Block]) -> list[Cut]:
    """Cuts of what points at a link by its text alone ("here", "my previous post: <title>"):
    the post has no such link."""
    cuts = []
    for index, block in enumerate(blocks):
        for link in block.links:
            anchor = block.text[link.start : link.end]
            pointer = _POINTER_ANCHOR.match(anchor)
            span: tuple[int, int] | None
            if is_read_there_label(block, link.start, anchor):
                span = (link.start, link.end)
            elif _is_called_for(block, link.start, anchor):
                span = _pointer_span(block, link.start, link.end, True)
            elif pointer is not None and len(anchor.split()) <= _POINTER_WORDS:
                verb_last = anchor.strip().lower() == "hier"
                page = _PAGE_BEFORE.search(block.text, max(0, link.start - 60), link.start)
                verb = bool(pointer.group("verb") or page)
                span = _pointer_span(block, link.start, link.end, verb, verb_last)
            elif aside := aside_span(block, link.start, link.end):
                span = aside
            elif media := media_span(block, link.start, link.end, link.href):
                span = media
            elif _POINTER_TAIL.search(anchor) and len(anchor.split()) <= _POINTING_WORDS:
                span = _pointer_span(block, link.start, link.end, False)
            elif _PRESENTS_LINK.search(block.text, max(0, link.start - _LEAD_CHARS), link.start):
                span = _presented_span(block, link.start, link.end)
            else:
                span = _label_span(block, link.start, link.end)
                details = None if span else _details_span(block, link.start, link.end)
                # A section of only the pointer (Tails' "For more details, read our
                # changelog." after its learned opening) stays: cut, the lead would open on the
                # next section ("Known issues: None specific to this release.").
                if details and not (
                    details == (0, len(block.text)) and _ends_section(blocks, index)
                ):
                    span = details
            if span is not None:
                cuts.append(Cut(index, *span, "pointer"))
        if end := _points_at_next_line(blocks, index):
            cuts.append(Cut(index, *end, "pointer"))
    return cuts


def _points_at_next_line(blocks: Sequence[Block], index: int) -> tuple[int, int] | None:
    """The sentence ending a paragraph on "here:" before a line that is only an address ("You
    can find the archive of past newsletters here:" <br> <address>): cleaning drops the line."""
    text = blocks[index].text
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    if after is None or not after.links:
        return None
    if (row := presents_row_below(text, after)) is not None:
        return row
    if not _ADDRESS.match(after.text) or " " in after.text:
        return None
    lead = _LABEL_LEAD.search(text, max(0, len(text) - _LEAD_CHARS))
    if lead is None or not lead.group("here"):
        return None
    return sentence_bounds(text, lead.start(), lead.end())[0], len(text)
