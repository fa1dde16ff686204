"""The feed's own cut of an excerpt, where a paragraph ends: WordPress's "[…]", a "full text"
button's label."""

from __future__ import annotations

import re

# "[…]" inside a paragraph elides a quotation ("he said […] that"); closing one, it is the
# feed's excerpt cut (WordPress's "[&#8230;]"): kept so the lead never takes the cut sentence
# for an author's trailing-off (summaries._trails_off) and glues the next paragraph to it. So is
# a "full text" button closing it (Weibo's "…大家都知道<a …>全文</a>"): its label is no text.
_EXCERPT_CUT = re.compile(
    r"\s*(?:\[(?:…|\.\.\.)\]|(?<=\w)(?:(?:阅读|閱讀|查看|展开|显示)?全文)+(?=\s*$))(\s*$)?"
)


def _elision(mark: re.Match[str]) -> str:
    return " […]" if mark.group(1) is not None else "…"


def marked(paragraph: str) -> str:
    """The paragraph with its closing cut marked " […]" and an inner "[…]" as "…"."""
    return _EXCERPT_CUT.sub(_elision, paragraph)


# A feed's ellipsis after the sentence's own stop ("… pour Windows, Mac et Linux....", "….…")
# ends the teaser where its sentence ends: the sentence is whole, the mark no cut of it.
_STOP_THEN_CUT = re.compile(r"(?<=[^\W\d_][.!?])(?:\.\.\.|…)\s*$")


# ... unless that sentence calls to read on ("Read more in this week's issue of DistroWatch
# Weekly...."): a call to the page is no lead, and the mark keeps it a cut the lead rules drop.
_CALL_TO_READ_ON = re.compile(
    r"\b(?:read\s+(?:more|the\s+rest|on)|continue\s+reading|full\s+(?:story|article)"
    r"|lire\s+la\s+suite|weiterlesen|leer\s+m[áa]s|leggi\s+tutto)\b[^.!?]*[.!?]"
    r"(?:\.\.\.|…)\s*$",
    re.I,
)


def without_cut_after_stop(text: str) -> str:
    """`text` without the feed's ellipsis closing it right after a sentence's stop."""
    if _CALL_TO_READ_ON.search(text):
        return text
    return _STOP_THEN_CUT.sub("", text)
