"""The post's headline beside its summary: a blog's post-format mark off, and an untitled
item's stand-in (the start of its text, cut with "…") shown once, as the summary's start."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.parsing.identity import UNTITLED

# A post-format mark ("Link:", "[Link]", "★ ", "News Post:"); kickers ("Opinion:") stay.
# A Markdown heading's "# " left on every title (a French blog's 9 items) is one too.
_FORMAT_MARK = re.compile(
    r"^(?:[★☆→►▶»]\s*|#{1,6} +(?!of\b)(?=\S)|\[Link(?:ed)?\]\s*"
    r"|(?:Link(?:ed)?|(?:News|Blog|New) Post|[A-Z]{0,5} ?Article)\s*:\s+)"
)


def summary_beside(title: str, summarise: Callable[[str | None], str]) -> str:
    """The summary `summarise` gives knowing the headline; the text's own start where the
    headline is that start cut with "…" inside it (the post then gives the text once)."""
    # A stand-in cut inside a sentence (a date-titled ChangeLog item's first sentence over 120
    # characters) taken off the summary's start left it mid-sentence ("' button which was
    # broken …" under "… which fixes the 'Advanced'…"). A cut title longer than the summary
    # (a microblog's whole post) still heads it.
    if title.endswith("…"):
        whole = summarise(None)
        if whole.startswith(title[:-1].rstrip()):
            return whole
    return summarise(title)


def headline(title: str, summary: str) -> str:
    """The post's headline without a blog's post-format mark; none for an untitled item whose
    stand-in headline (its text's start, cut with "…") the summary repeats."""
    if title == UNTITLED or (title.endswith("…") and summary.startswith(title[:-1].rstrip())):
        return ""  # a placeholder, or the summary's own start
    return unmarked if (unmarked := _FORMAT_MARK.sub("", title, count=1)).strip() else title
