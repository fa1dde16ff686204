"""An item whose whole text is one short line its writer trailed off on ("“Nicht übel!”, sprach
der Dübel und verschwand in der Wand…", "Murph is a communist – he hates Captain America…"):
the item itself, no teaser its feed cut."""

from __future__ import annotations

import re

from bot.text.boilerplate import cut_widths
from bot.text.ellipsis_cuts import cuts_on_ellipsis
from bot.text.quotations import quotation_closed
from bot.text.summaries import standfirst
from bot.text.uncut_lengths import runs_uncut_past

# The typeset ellipsis right after a word or its closing quote ("Wand&#8230;", a blog's
# typography of the writer's "..."): a pause. A feed's cut is three dots of its software
# ("… than shop...", test_thin_posts_e5) unless the feed shows otherwise (below), spaced or
# marked ("[…]"), at the width it cuts at, or an ellipsis closing its items' lines again and
# again (text/ellipsis_cuts).
_TRAILS_OFF = re.compile(r"(?<=[^\W\d_])[\"”’»)]?…$")
# Three dots after a word are the writer's too where the feed gives longer items uncut
# (text/uncut_lengths): "Vertua and Airbag, clichéing in a tree..." in a feed of whole posts.
_TRAILS_OFF_DOTS = re.compile(r"(?<=[^\W\d_])[\"”’»)]?\.{3}$")
# Dots right after a short word in lower case close a cut clause ("176 personer dött i...").
_ENDS_ON_SHORT_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_A-ZÀ-Þ]{1,2}$")
# A line opening on dots or in lower case is a sentence's tail: its start was cut.
_OPENS_CUT = re.compile(r"^(?:…|\.{2,}|[a-zà-ÿ])")
# A teaser's cut comes later: a feed cuts its descriptions at a width of 150 characters or
# more (a search snippet's "… I am frequently asked..." at 130), so a line this short that
# trails off is whole (the writer's "…" after a clause); four words at least.
_MAX_CHARS = 120
_MIN_WORDS = 4


def trailing_whole_line(text: str, title: str | None, boilerplate: frozenset[str]) -> str:
    """The text when it is one short line trailing off as its writer ended it, in a feed not
    learned to cut on an ellipsis (`boilerplate`); else ""."""
    dots = _TRAILS_OFF_DOTS.search(text) and runs_uncut_past(boilerplate, len(text))
    if "\n" in text or not (_TRAILS_OFF.search(text) or dots) or _OPENS_CUT.match(text):
        return ""
    if len(text) > _MAX_CHARS or len(text.split()) < _MIN_WORDS:
        return ""
    if cuts_on_ellipsis(boilerplate) or len(text) in cut_widths(boilerplate):
        return ""
    before = (_TRAILS_OFF_DOTS if dots else _TRAILS_OFF).sub("", text).rstrip()
    closing = text[len(before) :].rstrip("….")
    # The clause before the dots as a sentence: not ending on "the" or "de", no quote open.
    if standfirst(before + closing) is None or (dots and _ENDS_ON_SHORT_WORD.search(before)):
        return ""
    if title and _letters(before) == _letters(title):
        return ""
    return quotation_closed(text)


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).lower()
