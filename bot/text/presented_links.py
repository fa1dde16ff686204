"""Links a sentence presents that a post cannot carry: a recording its link plays ("This is the
trailer for <FLUSHED AWAY>." linking a .mov) and a pointer's aside ("(hier die <Gewinner>)")."""

from __future__ import annotations

import re

from bot.text.blocks import Block, sentence_bounds

_PARENTHESIS_WORDS = 25


def parenthesis_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a short parenthesis holding [start, end), with the space before it."""
    opening, closing = text.rfind("(", 0, start), text.find(")", end)
    if opening < 0 or closing < 0 or ")" in text[opening:start] or "(" in text[end:closing]:
        return None
    if len(text[opening:closing].split()) > _PARENTHESIS_WORDS:
        return None
    while opening > 0 and text[opening - 1] in " \t":
        opening -= 1
    return opening, closing + 1


# A short aside opening on a pointer, holding the link it points at: "(hier die <Gewinner>)",
# "(ici la <vidéo>)", "(here's <the list>)".
_POINTER_ASIDE = re.compile(
    r"\(\s*(?:here(?:['’]s| is| are)?|hier|ici|aquí|aqui|här)\b[^()]{0,60}\)"
    r"|\([^()]{0,60}\b(?:here|hier|ici|aquí|aqui|här)\s*\)",  # "(etwa so, wie <sie> hier)"
    re.IGNORECASE,
)


def aside_span(block: Block, start: int, end: int) -> tuple[int, int] | None:
    """A short parenthesis opening on a pointer around the link at [start, end)."""
    aside = parenthesis_around(block.text, start, end)
    if aside is None or not _POINTER_ASIDE.search(block.text, aside[0], aside[1]):
        return None
    return aside


# A sentence presenting a recording its link plays ("This is the trailer for Aardman's first CG
# film <FLUSHED AWAY>." linking a .mov, "Here's the video."): the post carries no player.
_MEDIA_HREF = re.compile(
    r"(?i)\.(?:mov|mp4|m4v|avi|wmv|flv|webm|mpe?g|mp3|m4a|ogg|wav)(?:$|[?#])"
    r"|(?:youtube\.com/watch|youtu\.be/|vimeo\.com/\d|dailymotion\.com/video)"
)
_PRESENTS = re.compile(
    r"(?:this\s+is|here\s+is|here['’]s|here\s+are|below\s+is|voici|voilà|hier\s+ist"
    r"|das\s+ist|aquí\s+está|este\s+es|ecco|ecco\s+il)\s",
    re.IGNORECASE,
)


def media_span(block: Block, start: int, end: int, href: str | None) -> tuple[int, int] | None:
    """The sentence presenting the recording a link at [start, end) plays."""
    if not href or not _MEDIA_HREF.search(href):
        return None
    s, e = sentence_bounds(block.text, start, end)
    return (s, e) if _PRESENTS.match(block.text, s) else None
