"""A lead that opens further down the text than its first paragraph, on a sentence pointing
back at what was left out above it ("In this post I want to present a couple of simple proofs
of this fundamental fact." after a formula the post does not carry)."""

from __future__ import annotations

import re

from bot.text.boilerplate import split_units

# "this/these/the above" + what a text states or shows: a fact, result, formula, code ("that"
# opens a clause as often: "…, that confirms fact that …").
# The writing itself ("this post", "this week") points at nothing left out.
_BACK_REFERENCE = re.compile(
    r"\b(?:this|these|the\s+above|the\s+previous)\s+(?:[\w-]+\s+)?"
    r"(?:facts?|results?|formulas?|formulae|equations?|identity|identities|theorems?"
    r"|propert(?:y|ies)|definitions?|expressions?|functions?|snippets?|figures?|quotes?"
    r"|statements?|claims?|observations?)\b"
    r"|\b(?:the\s+)?above\s+(?:\w+\s+)?(?:is|are|was|were|shows?|means?)\b",
    re.IGNORECASE,
)


# A sentence opening in lower case on a conjunction ("and similar constructs for your other 2
# uses of exec." after a comment's question and its code) goes on from the text left out.
_MID_THOUGHT = re.compile(
    r"(?:and|or|but|so|then|to|et|ou|mais|donc|puis|und|oder|aber|y|o|pero|e|ma|oppure)\s"
)


def without_back_reference(paragraph: str) -> str:
    """The paragraph without an opening sentence that points back above the lead or goes on
    mid-thought from it."""
    mid_thought = bool(_MID_THOUGHT.match(paragraph))
    if not mid_thought and not _BACK_REFERENCE.search(paragraph):
        return paragraph
    units = split_units(paragraph.split("\n", 1)[0])
    if not units or not (mid_thought or _BACK_REFERENCE.search(units[0])):
        return paragraph
    return paragraph[len(units[0]) :].lstrip()
