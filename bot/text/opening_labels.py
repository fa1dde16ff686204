"""Labels opening a lead that are not its text: the headline's own label said again
("Letters: …" over "Letter: Timothy Garton Ash is right …") and a pointer to an address
("Handout: tinyurl.com/x Join us for …")."""

from __future__ import annotations

import re

from bot.text import openings

# A label of one to five words and a colon opening the text ("Letter:", "Class Handout:",
# "Tonight's hand-out is at:").
_LABEL = re.compile(r"(?P<label>[^\W\d_][\w'’-]*(?: [\w'’-]+){0,4}) ?: +")
# A bare address after it, run into another or not ("donnaleigh.com/x.htmhttp://donnaleigh
# .com/x.htm"), then the text as a sentence opens.
_ADDRESS = re.compile(
    r"(?:https?://|www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}/)\S+ +(?=[\"“‘'(]?[A-Z])",
    re.IGNORECASE,
)
# The headline's label: what stands before its first colon or bar ("Letters: UK missed a
# trick …", "Spektrum-Podcast | Quantenphysik, …").
_WORD = re.compile(r"\w+")
_HEADLINE_LABEL = re.compile(r"(?P<label>[^:|]{2,40}?) ?(?::|\s\|)\s")


def without_labels(paragraph: str, following: str, title: str | None) -> str:
    """The lead's first paragraph without a kicker, dateline or glued heading
    (bot.text.openings), the headline's label said again, or a label of an address."""
    return openings.cut_glued_heading(
        openings.cut_opening_label(_without_pointer_labels(paragraph, title), following)
    )


def _without_pointer_labels(paragraph: str, title: str | None) -> str:
    label = _LABEL.match(paragraph)
    if label is None:
        return paragraph
    rest = paragraph[label.end() :]
    # The Guardian's letters page: "Letters: …" headlines a letter that opens "Letter: …";
    # the label files the piece, and the headline says it already.
    # A name with a colon goes on as the headline does ("Avengers: Endgame Review #3" over
    # "Avengers: Endgame hits all the marks …"): the name is the sentence's subject.
    heading = _HEADLINE_LABEL.match(title or "")
    if heading and _same_label(label["label"], heading["label"]) and rest[:1].isupper():
        said_next = _first_word(title[heading.end() :] if title else "")
        if _first_word(rest) != said_next:
            return rest
    # A show's handout or notes page ("HANDOUT: donnaleigh.com/roxi.htm The Pearls of Wisdom
    # Tarot workbook …", Blog Talk Radio): an address to type, not the episode's text.
    address = _ADDRESS.match(rest)
    return rest[address.end() :] if address else paragraph


def _first_word(text: str) -> str:
    found = _WORD.search(text)
    return found.group().casefold() if found else ""


def _same_label(opening: str, headline: str) -> bool:
    first, second = opening.casefold(), headline.strip().casefold()
    return first == second or first.rstrip("s") == second.rstrip("s")
