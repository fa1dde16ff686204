"""A quotation post's source: a text that is one quotation, then one line naming whose words
they are ("Casey Stengel", "The Becker-Posner Blog: The Future of Conservatism—Posner"), keeps
that line after the quote, or the quoted words go out as the site's own."""

from __future__ import annotations

import re

from bot.text.smiley_ends import ends_on_smiley

# Marks opening a quotation, and those that may close one (a German „…“ closes on “).
_OPENING = "“„«‹\"'‘"
_CLOSING = "”“»›\"'’"
# A source names a person or a page: a short line, not a sentence of the writer's own.
_MAX_WORDS = 14
_MAX_CHARS = 100
# A dash, bullet or "~" the writer set before the source ("- Casey Stengel", "— Posner").
_LEAD_MARK = re.compile(r"^[-–—~―•]+\s*")
# A dash between spaces closing a quotation's paragraph before its source.
_INLINE_DASHES = (" - ", " – ", " — ")
# A sentence's stop, a label's colon or a cut ("…") ends no name ("NYTimes.com" ends one).
_SENTENCE_END = re.compile(r"[.!?:;…]$")


def with_quote_source(summary: str, text: str, max_chars: int) -> str:
    """`summary`, or when it is the whole of a text's one quotation and a line naming its source
    is all that follows, the quotation with that line after a dash ("“…” — Casey Stengel")."""
    if summary.lstrip()[:1] not in _OPENING:
        return summary  # no quotation opens it: most summaries, the text left unsplit
    found = _quote_and_line(text)
    # The summary may have left the closing mark off ("„… kennt." of "„… kennt.“").
    if found is None or found[0].rstrip(_CLOSING) != summary.strip().rstrip(_CLOSING):
        return summary
    quote, line = found
    if not _is_quotation(quote) or not _names_a_source(line):
        return summary
    # "…bus”. - Thomas Frank": the stop after the closing mark goes before the dash.
    if quote[-1:] == "." and quote[-2:-1] in _CLOSING:
        quote = quote[:-1]
    credited = f"{quote} — {line}"
    return credited if len(credited) <= max_chars else summary


def _quote_and_line(text: str) -> tuple[str, str] | None:
    """(the quotation, the line after it) of a text of two paragraphs, or of one closing on a
    dash and a source ("“…”. - Thomas Frank"); None for any other text."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    if len(paragraphs) == 2:
        return paragraphs[0], _LEAD_MARK.sub("", paragraphs[1])
    if len(paragraphs) != 1:
        return None
    at = max(paragraphs[0].rfind(dash) for dash in _INLINE_DASHES)
    if at < 0:
        return None
    return paragraphs[0][:at].rstrip(), paragraphs[0][at + 3 :].strip()


def _is_quotation(paragraph: str) -> bool:
    """Whether a paragraph is quoted whole: a quotation mark opens it and one closes it."""
    closing = paragraph.rstrip(".!?…")
    return paragraph[:1] in _OPENING and closing[-1:] in _CLOSING and len(paragraph) > 2


def _names_a_source(line: str) -> bool:
    """Whether a line reads as a source's name or title: short, one line, opening on a capital
    (not "this link was ripped from …"), no sentence's stop, colon or smiley at its end."""
    words = line.split()
    if not words or "\n" in line or len(words) > _MAX_WORDS or len(line) > _MAX_CHARS:
        return False
    if not line[:1].isupper() or ends_on_smiley(line):
        return False
    return _SENTENCE_END.search(line) is None
