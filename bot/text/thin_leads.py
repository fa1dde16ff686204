"""A thin opening line ("Try this, it is pretty fun.") goes on with the prose after a heading."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.text.back_references import without_back_reference
from bot.text.closings import announces_what_follows, is_list_lead_in
from bot.text.sentences import joined_sentences, starts_cjk

# An opening of one short sentence ("We voted today.", "Try this, it is pretty fun, maybe
# useful as well :P.") says nothing the headline does not; the lead rules stop it at the
# heading or break that follows, where the post's substance only begins.
_THIN_CHARS = 60
# Headings or lines without a stop skipped between the opening and its prose, at most.
_SKIPPED_LINES = 2
_HEADING_WORDS = 8
# A field's label opens a record, not prose ("PubMed Abstract: “Nature. 2008 Nov 23.”").
_LABEL = re.compile(r"[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}\s*:\s")
_WORD = re.compile(r"\w+")
# Prose that opens by answering what it follows ("However, do not let these things stand in
# your way!" after a list the post drops) points back at the part skipped.
_ANSWERING = re.compile(
    r"^(?:however|but|also|still|yet|so|and|then|anyway|instead|otherwise|mais|pourtant|"
    r"cependant|aber|doch|pero|sin embargo|però|tuttavia|mas|porém)\b|\b(?:these|those)\s+\w+",
    re.IGNORECASE,
)

Sections = list[list[list[str]]]


def _position(sections: Sections, summary: str) -> tuple[int, int] | None:
    """The section and paragraph whose only kept sentence is the one-sentence `summary`."""
    for s, section in enumerate(sections):
        for p, paragraph in enumerate(section):
            if summary in paragraph:
                # The thin line must end its paragraph: a sentence after it in the same
                # paragraph was stopped for its own reason ("It says: “…”" without a stop).
                return (s, p) if paragraph[-1] == summary else None
            if any(paragraph):
                return None  # the summary is not the opening
    return None


def _rest(sections: Sections, s: int, p: int, complete: Callable[[str], bool]) -> Sections:
    """The paragraphs after (s, p) in its section, past up to two heading lines; [] when prose
    is not next. Text after a break (a list, code, a table the post drops) is not read on into."""
    rest = [section for section in [sections[s][p + 1 :]] if section]
    skipped = 0
    while rest and not any(complete(sentence) for sentence in rest[0][0]):
        # A heading is short; a longer line without a stop is a note of a list of lines
        # ("The different platforms Spotify was on were owned by different teams").
        if skipped == _SKIPPED_LINES or len(_WORD.findall(" ".join(rest[0][0]))) > _HEADING_WORDS:
            return []
        skipped += 1
        rest[0] = rest[0][1:]
        rest = [section for section in rest if section]
    if not rest:
        return []
    opening = rest[0][0][0]
    # Prose opens as a sentence: not mid-thought in lower case, nor on a list's lead-in.
    if not opening[:1].isupper() or not complete(opening) or is_list_lead_in(opening):
        return []
    if _LABEL.match(opening) or _ANSWERING.search(opening):
        return []
    if without_back_reference(opening) != opening:
        return []
    return rest


def thin_lead_resumer(
    complete: Callable[[str], bool], lead: Callable[[Sections, int], str | None]
) -> Callable[[str | None, Sections, int], str | None]:
    """The resumer over the summariser's own tests of a complete sentence and of a lead."""

    def resumed(summary: str | None, sections: Sections, max_chars: int) -> str | None:
        return summary and _resumed(summary, sections, max_chars, complete, lead)

    return resumed


def _resumed(
    summary: str,
    sections: Sections,
    max_chars: int,
    complete: Callable[[str], bool],
    lead: Callable[[Sections, int], str | None],
) -> str:
    """`summary`, when it is one short opening sentence ended by a heading or break, with the
    complete sentences of the next prose paragraph (`lead` picks them) within `max_chars`."""
    if (
        len(summary) >= _THIN_CHARS
        or summary[:1].isdigit()  # a dated note of a list of lines ("2006 - No designers, …")
        or starts_cjk(summary)
        or len(_WORD.findall(summary)) < 2
        # A question ("What do you think this code should produce?") asks about what follows.
        or summary.endswith((":", "?", "…", "..."))
        or announces_what_follows(summary, bare=True)
    ):
        return summary
    position = _position(sections, summary)
    if position is None:
        return summary
    rest = _rest(sections, *position, complete)
    more = lead(rest, max_chars - len(summary) - 1) if rest else None
    return joined_sentences(summary, more) if more else summary
